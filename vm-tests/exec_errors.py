# SyntaxErrors from exec/eval/compile are ordinary exceptions with CPython's fields;
# wrong arguments raise TypeError/ValueError; exceptions inside the code propagate.


def syntax(src, mode="exec", filename="<string>"):
    try:
        if mode == "eval":
            eval(src)
        elif mode == "compile":
            compile(src, filename, "exec")
        else:
            exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
        # (end_offset, the last field, is not compared: pyvm's can differ from CPython's.)
        print("   ", e.args[0], e.args[1][:4], isinstance(e, Exception))


syntax("x = = 1")
syntax("if x\n  pass")
syntax("a = (1,\n     2 +)")
syntax("1 +\n", "eval")
syntax(" x = 1")
syntax("def f():\nreturn 1")
syntax("a b c", "compile", "myfile.py")
syntax("return 5")
syntax("del f()")
syntax("x = 1\ny = 2\nz = 3 +\n")


def error(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)


error("eval(5)")
error("exec(5)")
error("eval('1', 5)")
error("eval('1', {}, 5)")
error("exec('1', [])")
error("exec('1', {}, 5)")
error("compile('1', 'f', 'bad')")
error("compile(1, 'f', 'exec')")
error("eval()")
error("exec()")
error("globals(1)")
error("locals(1)")
error("eval('1', globals=None)")
error("exec('1', {}, {}, 4)")
error("eval('1 / 0')")
error("eval('undefined_name')")
error("exec('raise KeyError(\"k\")')")


def f_code():
    inner_value = "function code run by exec"
    print(inner_value)


def needs_arg(a):
    return a


def make_closure():
    v = 1

    def inner():
        return v

    return inner


exec(f_code.__code__)
error("exec(needs_arg.__code__)")
error("exec(make_closure().__code__)")
error("eval('1\\x00')")
error("exec(b'x = 1\\x00')")
