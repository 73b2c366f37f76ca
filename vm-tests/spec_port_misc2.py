# Class-method table entries, type/object method conventions, BaseException and frame
# fields as getsets (precedence over the instance dict, descriptor kinds, messages).
import sys, itertools


def t(label, f):
    try:
        r = f()
        print(label, "OK", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def warm(label, f, n=200):
    for _ in range(n):
        try:
            f()
        except Exception:
            pass
    t(label, f)


class D(dict): pass
class F(float): pass
class I(int): pass

# Class methods: bound to the class they are reached through.
print(dict.fromkeys.__self__, {}.fromkeys.__self__, D().fromkeys.__self__)
print(dict.fromkeys.__name__, dict.fromkeys.__qualname__)
warm("D.fromkeys", lambda: (type(D.fromkeys("ab")), D.fromkeys("ab", 1)))
warm("{}.fromkeys", lambda: {}.fromkeys("xy", 0))
warm("F.fromhex", lambda: (type(F.fromhex("0x1p3")), F.fromhex("0x1p3")))
warm("I.from_bytes", lambda: (type(I.from_bytes(b"\x01\x00", "big")), I.from_bytes(b"\x01\x00", "big")))
warm("bool.from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
warm("int.from_bytes kw", lambda: int.from_bytes(b"\x01\x02", byteorder="little"))
warm("bytes.fromhex", lambda: (bytes.fromhex("41 42"), bytearray.fromhex("43")))
warm("chain.from_iterable", lambda: list(itertools.chain.from_iterable(["ab", "c"])))
warm("str.maketrans", lambda: (str.maketrans("a", "b"), "".maketrans("a", "b")))
print(type(str.__dict__["maketrans"]), type(bytes.__dict__["maketrans"]))
warm("type.__prepare__", lambda: type.__prepare__("x", ()))
for label, f in [
    ("fromkeys()", lambda: dict.fromkeys()),
    ("fromkeys(1,2,3)", lambda: dict.fromkeys(1, 2, 3)),
    ("fromkeys kw", lambda: dict.fromkeys([], x=1)),
    ("fromhex()", lambda: float.fromhex()),
    ("fromhex kw", lambda: float.fromhex(s="1")),
    ("fromhex(1)", lambda: float.fromhex(1)),
    ("bytes.fromhex()", lambda: bytes.fromhex()),
    ("bytes.fromhex 2", lambda: bytes.fromhex("1", "2")),
    ("bytearray.fromhex()", lambda: bytearray.fromhex()),
    ("from_bytes()", lambda: int.from_bytes()),
]:
    warm(label, f)

# type and object methods.
for label, f in [
    ("int.mro()", lambda: int.mro()),
    ("int.mro(1)", lambda: int.mro(1)),
    ("type.mro()", lambda: type.mro()),
    ("type.mro(1)", lambda: type.mro(1)),
    ("type.mro(int,1)", lambda: type.mro(int, 1)),
    ("int.__subclasses__(1)", lambda: int.__subclasses__(1)),
    ("bool.__subclasses__()", lambda: bool.__subclasses__()),
    ("int.__instancecheck__()", lambda: int.__instancecheck__()),
    ("int.__instancecheck__(1)", lambda: int.__instancecheck__(1)),
    ("int.__subclasscheck__(bool)", lambda: int.__subclasscheck__(bool)),
    ("int.__subclasscheck__(1)", lambda: int.__subclasscheck__(1)),
    ("type.__subclasscheck__(int,1,2)", lambda: type.__subclasscheck__(int, 1, 2)),
    ("type.__init__()", lambda: type.__init__()),
    ("type.__init__(1)", lambda: type.__init__(1)),
    ("type.__init__(int,1,2,3,4)", lambda: type.__init__(int, 1, 2, 3, 4)),
    ("object.__init__()", lambda: object.__init__()),
    ("object.__format__()", lambda: object.__format__()),
    ("object.__format__(o)", lambda: object.__format__(object())),
    ("object.__format__(o,'',2)", lambda: object.__format__(object(), "", 2)),
    ("object.__format__ kw", lambda: object.__format__(object(), format_spec="")),
    ("object().__format__('')", lambda: object().__format__("").startswith("<object object at ")),
    ("object.__dir__()", lambda: object.__dir__()),
    ("object.__dir__(o,1)", lambda: object.__dir__(object(), 1)),
    ("object.__reduce_ex__(o)", lambda: object.__reduce_ex__(object())),
    ("object.__reduce_ex__(o,1,2)", lambda: object.__reduce_ex__(object(), 1, 2)),
    ("object.__getstate__()", lambda: object.__getstate__()),
    ("object.__getstate__(o,1)", lambda: object.__getstate__(object(), 1)),
    ("object.__init_subclass__()", lambda: object.__init_subclass__()),
    ("object.__init_subclass__(1)", lambda: object.__init_subclass__(1)),
    ("object.__init_subclass__ kw", lambda: object.__init_subclass__(x=1)),
]:
    warm(label, f)


def make_kw_class():
    class A(x=1):
        pass


warm("class A(x=1)", make_kw_class)


class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Q(P, y=2):
    pass


# BaseException fields.
print(BaseException.__dict__["args"], BaseException.__dict__["__suppress_context__"])
print(type(BaseException.__dict__["__cause__"]))
e = ValueError(1, 2)


def deleter(name):
    return lambda: delattr(e, name)


def setter(name, v):
    def f():
        setattr(e, name, v)
        return getattr(e, name)
    return f


for n in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__"]:
    warm("del " + n, deleter(n))
warm("set sc 1", setter("__suppress_context__", 1))
warm("set sc True", setter("__suppress_context__", True))
warm("set args list", setter("args", [3, 4]))
warm("set args int", setter("args", 5))
warm("set cause 1", setter("__cause__", 1))
warm("set context 1", setter("__context__", 1))
warm("set tb 1", setter("__traceback__", 1))
warm("args getset on int", lambda: BaseException.__dict__["args"].__get__(1))
print(e.__dict__)


class E(Exception):
    pass


x = E("a")


def read_x():
    return (x.args, x.__cause__, x.__context__, x.__suppress_context__, x.__traceback__)


warm("E fields", read_x)
x.__dict__["args"] = "shadow"
x.__dict__["__cause__"] = "shadow"
x.__dict__["__suppress_context__"] = "shadow"
x.__dict__["__traceback__"] = "shadow"
t("E fields shadowed", read_x)
print(sorted(x.__dict__))
x.__cause__ = ValueError("c")
print(x.__cause__, x.__suppress_context__)

# frame fields.
fr = sys._getframe()
print(type(type(fr).__dict__["f_code"]))
print(type(fr).__dict__["f_back"], type(fr).__dict__["f_trace_opcodes"])
warm("frame reads", lambda: (fr.f_code.co_name, fr.f_back, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes, fr.f_globals is globals(), type(fr.f_builtins), type(fr.f_lineno), type(fr.f_lasti)))
for label, f in [
    ("set f_trace_lines 1", lambda: setattr(fr, "f_trace_lines", 1)),
    ("set f_trace_opcodes x", lambda: setattr(fr, "f_trace_opcodes", "x")),
    ("del f_trace_lines", lambda: delattr(fr, "f_trace_lines")),
    ("del f_lineno", lambda: delattr(fr, "f_lineno")),
    ("set f_lineno x", lambda: setattr(fr, "f_lineno", "x")),
    ("set f_code", lambda: setattr(fr, "f_code", 1)),
    ("del f_lasti", lambda: delattr(fr, "f_lasti")),
    ("set foo", lambda: setattr(fr, "foo", 1)),
    ("get foo", lambda: fr.foo),
    ("f_back on int", lambda: type(fr).__dict__["f_back"].__get__(1)),
]:
    warm(label, f)
fr.f_trace_lines = False
fr.f_trace = len
print(fr.f_trace_lines, fr.f_trace)
del fr.f_trace
print(fr.f_trace)
