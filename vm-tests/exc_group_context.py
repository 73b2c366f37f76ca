class Resource:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return isinstance(ev, KeyError)
with Resource("a") as a, Resource("b") as b:
    print("body", a.name, b.name)
with Resource("c"):
    {}["k"]
print("KeyError suppressed")
try:
    with Resource("d"):
        raise ValueError("v")
except ValueError as e:
    print("escaped:", e)
try:
    with Resource("e", fail_exit=True):
        raise TypeError("t")
except RuntimeError as e:
    print("from exit:", e, "| context:", repr(e.__context__))
def gen_cleanup():
    with Resource("g"):
        yield 1
        yield 2
g = gen_cleanup()
print(next(g))
g.close()
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
for exc in [ZeroDivisionError, IndexError, None]:
    try:
        with Suppress(ArithmeticError, LookupError):
            if exc:
                raise exc("x")
            print("no error")
        print("after", exc.__name__ if exc else None)
    except Exception as e:
        print("leaked", e)
def nested():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return (type(e.__context__).__name__, e.__context__.args)
print(nested())
try:
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError as e:
        print(e, e.errno, e.filename, type(e).__name__)
        raise
except FileNotFoundError as e:
    print("reraised as", type(e).__name__)
e = Exception("a", 1)
print(e.args, str(e), repr(e), repr(Exception()), str(Exception("only")))
try:
    raise Exception
except Exception as ex:
    print(repr(ex), ex.args)
class E(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise E
except E as ex:
    print(ex)
try:
    raise E() from KeyError("origin")
except E as ex:
    print(repr(ex.__cause__))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in FileNotFoundError.__mro__])
with Resource("final", fail_exit=True):
    pass
