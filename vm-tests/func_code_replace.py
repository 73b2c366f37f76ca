# code.replace(**fields): a new code object; running it (also swapped into a warmed-up
# function); CPython's argument errors; == and hash() of code objects.
import types


def f(a, b=1, *args, c, d=2, **kw):
    x = a

    def g():
        return x + a

    return g


c = f.__code__
r = c.replace()
print(r == c, r is c, hash(r) == hash(c), r.co_name, r.co_varnames == c.co_varnames)
r = c.replace(co_name="renamed", co_qualname="Q.renamed", co_filename="other.py")
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno == c.co_firstlineno)
print(r == c, c.replace(co_filename="x.py") == c, c.replace(co_qualname="x") == c)
print(c.replace(co_firstlineno=99).co_firstlineno, c.replace(co_firstlineno=99) == c)
print(c.replace(co_flags=c.co_flags | 0x10).co_flags, c.co_flags)
v8 = c.co_varnames + ("extra",)
print(c.replace(co_varnames=v8, co_nlocals=8).co_nlocals)


# Errors, in CPython's order and words.
def attempt(label, **kwargs):
    try:
        c.replace(**kwargs)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("bogus", co_bogus=1)
attempt("lnotab", co_lnotab=b"")
attempt("name int", co_name=1)
attempt("qualname None", co_qualname=None)
attempt("filename bytes", co_filename=b"x")
attempt("consts list", co_consts=[1])
attempt("names list", co_names=["a"])
attempt("linetable str", co_linetable="")
attempt("code str", co_code="")
attempt("flags float", co_flags=1.0)
attempt("argcount str", co_argcount="1")
attempt("big", co_argcount=2 ** 70)
attempt("big stacksize", co_stacksize=2 ** 31)
attempt("negative argcount", co_argcount=-1)
attempt("negative posonly", co_posonlyargcount=-1)
attempt("negative kwonly", co_kwonlyargcount=-1)
attempt("negative nlocals", co_nlocals=-1)
attempt("negative stacksize", co_stacksize=-1)
attempt("negative flags", co_flags=-1)
attempt("negative firstlineno", co_firstlineno=-1)
attempt("nlocals", co_nlocals=1)
attempt("varnames longer", co_varnames=v8)
attempt("varnames too small", co_varnames=("a",), co_nlocals=1)
attempt("argcount too big", co_argcount=100)
attempt("varnames not str", co_varnames=tuple(range(7)))
attempt("names not str", co_names=(1,))
attempt("freevars not str", co_freevars=(1,))
attempt("code odd", co_code=b"abc")
attempt("bool argcount", co_argcount=True)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(c).replace(1)
except TypeError as e:
    print("TypeError:", e)


# Replaced code runs: constants, names, variable names, counts and flags.
def k():
    return 40 + 2


def call_k():
    r = None
    for i in range(200):
        r = k()
    return r


print(call_k(), k.__code__.co_consts)
k.__code__ = k.__code__.replace(co_consts=tuple(100 if x == 42 else x for x in k.__code__.co_consts))
print(call_k())


def n():
    return len("abc")


n.__code__ = n.__code__.replace(co_names=("abs",))
try:
    n()
except TypeError as e:
    print("TypeError:", e)


def v(a, b):
    return a, b


v.__code__ = v.__code__.replace(co_varnames=("x", "y"))
print(v(1, 2), v(x=1, y=2))
try:
    v(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
v.__code__ = v.__code__.replace(co_argcount=1, co_flags=v.__code__.co_flags | 4)
print(v.__code__.co_varnames, hex(v.__code__.co_flags), v(1, 2, 3), v(1))


# A new name and first line show in tracebacks.
def err():
    x = 1
    raise ValueError("boom")


moved = types.FunctionType(
    err.__code__.replace(co_name="renamed", co_qualname="Q.renamed",
                         co_firstlineno=err.__code__.co_firstlineno + 1),
    globals(),
)
print(moved.__name__, moved.__qualname__)
try:
    moved()
except ValueError as e:
    tb = e.__traceback__.tb_next
    code = tb.tb_frame.f_code
    print(code.co_name, code.co_qualname, tb.tb_lineno - err.__code__.co_firstlineno)


# A function made from code takes its first constant as __doc__.
def documented():
    "old doc"
    return 1


print(types.FunctionType(documented.__code__.replace(co_consts=("new doc", 1)), {}).__doc__)
print(types.FunctionType(documented.__code__.replace(co_consts=(None, 1)), {}).__doc__)

# Equality: name, counts, flags, first line, bytecode, constants (type and value), names,
# variable names, positions; not the file or the qualified name.
print((lambda: 0).__code__ == (lambda: 0).__code__)
a = compile("x = 1", "a", "exec")
b = compile("x = 1", "b", "exec")
print(a == b, a != b, hash(a) == hash(b), {a: "first"}[b])
print(a == compile("x = 2", "a", "exec"))
print(compile("x = 1.0", "a", "exec") == compile("x = 1", "a", "exec"))
print(compile("x = True", "a", "exec") == compile("x = 1", "a", "exec"))
print(compile("x = 0.0", "a", "exec") == compile("x = -0.0", "a", "exec"))
print(compile("x = (1, 'a')", "a", "exec") == compile("x = (1, 'a')", "a", "exec"))
print(compile("x = (1, 'a')", "a", "exec") == compile("x = (1.0, 'a')", "a", "exec"))
print(compile("x in {1, 2}", "a", "eval") == compile("x in {1, 2}", "a", "eval"))
print(compile("def f(): pass", "a", "exec") == compile("def f(): pass", "b", "exec"))
print(compile("def f(): pass", "a", "exec") == compile("def f():  pass", "b", "exec"))
print(compile("def f(): pass", "a", "exec") == compile("def g(): pass", "a", "exec"))
print(compile("y", "a", "eval") == compile("z", "a", "eval"))
print(c == 1, c != "x", c.__eq__(1))
for op in ("<", "<=", ">", ">="):
    try:
        eval("c " + op + " c")
    except TypeError as e:
        print("TypeError:", e)
print(len({c, c.replace(), c.replace(co_name="other")}))
