# exec() of code objects taken from co_consts: a class body (with its __class__ cell), a
# function's code (run as a call without arguments), and code with free variables.
mod = compile("class D:\n    def m(self):\n        return __class__\n", "s", "exec")
body = mod.co_consts[0]
print(body.co_name, body.co_cellvars, hex(body.co_flags))
ns = {}
print(exec(body, globals(), ns), sorted(ns))
print(type(ns["__classcell__"]).__name__)


def no_args():
    global ran
    ran = "ran"


print(exec(no_args.__code__), ran)


def needs_arg(a):
    return a


try:
    exec(needs_arg.__code__)
except TypeError as e:
    print("TypeError:", e)


def outer():
    x = 1

    def inner():
        return x

    return inner


try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
for i in range(150):
    exec(body, {}, {})
print(eval(compile("1 + 2", "e", "eval")))
