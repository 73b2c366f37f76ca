# The fields of SystemExit, StopIteration, OSError, ImportError, NameError, AttributeError and
# SyntaxError are members of those classes: data descriptors, so an instance dict entry of the
# same name does not shadow them, while a subclass's class attribute does.

MEMBERS = {
    SystemExit: ["code"],
    StopIteration: ["value"],
    OSError: ["errno", "strerror", "filename", "filename2"],
    ImportError: ["msg", "name", "path"],
    NameError: ["name"],
    AttributeError: ["name", "obj"],
    SyntaxError: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                  "print_file_and_line"],
}
for cls, names in MEMBERS.items():
    for n in names:
        d = cls.__dict__[n]
        print(cls.__name__, n, d, type(d).__name__)
print("errno" in FileNotFoundError.__dict__, "name" in ModuleNotFoundError.__dict__,
      "code" in Exception.__dict__)


def read_all(e, names):
    return [getattr(e, n) for n in names]


def syntax_error():
    try:
        exec("1 +* 2")
    except SyntaxError as e:
        return e


def attr_error():
    try:
        (1).foo
    except AttributeError as e:
        return e


def gen():
    return 5
    yield


def stop():
    try:
        next(gen())
    except StopIteration as e:
        return e


def samples():
    return [SystemExit(3), SystemExit(), SystemExit(1, 2), StopIteration(4), StopIteration(),
            stop(), OSError(2, "nf", "f"), OSError(1, "x", "a", None, "b"), OSError("only"),
            ImportError("m", name="n", path="p"), ImportError(), NameError("q"),
            NameError("q", name="z"), AttributeError("x", name="n", obj=3), AttributeError(),
            attr_error(), syntax_error(), SyntaxError("m", ("f", 1, 2, "t", 1, 3))]


# Warm-up: every field read 200 times.
total = 0
for _ in range(200):
    for e in samples():
        total += len(read_all(e, MEMBERS[[c for c in MEMBERS if isinstance(e, c)][0]]))
print(total)
for e in samples():
    names = MEMBERS[[c for c in MEMBERS if isinstance(e, c)][0]]
    print(type(e).__name__, read_all(e, names), e.__dict__)

import sys
try:
    sys.exit(4)
except SystemExit as x:
    print("sys.exit", x.code)
try:
    open("/nonexistent/x")
except OSError as x:
    print(type(x).__name__, x.errno, x.strerror, x.filename, x.filename2, x.__dict__)

# set / delete: a deleted field reads None, deleting twice is fine; `args` is independent.
e = SystemExit(3)
e.args = (7,)
print(e.code)
e.code = "changed"
print(e.code, e.args)
del e.code
print(e.code, e.__dict__)
del e.code
print(e.code)
e.__init__(4, 5)
print(e.code, e.args)
o = OSError(2, "nf", "f")
o.errno = 13
o.filename = None
print(o.errno, o, o.__dict__)
del o.strerror
print(repr(o.strerror), o.args)


# A subclass instance dict entry does not shadow the member; a class attribute does.
class S(SystemExit):
    pass


class O(OSError):
    pass


class T(SystemExit):
    code = 7


class P(StopIteration):
    @property
    def value(self):
        return "prop"


class I(ImportError):
    def __init__(self):
        pass


def reads(e, name):
    return [getattr(e, name) for _ in range(200)][-1]


s = S(5)
print(reads(s, "code"))
s.__dict__["code"] = 1
print(reads(s, "code"), s.__dict__)
s.code = 8
print(reads(s, "code"), s.__dict__)
del s.code
print(reads(s, "code"), s.__dict__)
o = O(2, "x")
o.__dict__["errno"] = 99
print(reads(o, "errno"), o.__dict__)
t = T(3)
print(reads(t, "code"))
t.code = 9
print(reads(t, "code"), t.__dict__, T.code)
print(reads(P(1), "value"), StopIteration.__dict__["value"].__get__(P(1)))
print(reads(I(), "msg"), I().name)

# The member applies to instances of its class only.
for d, obj in [(SystemExit.__dict__["code"], ValueError()), (OSError.__dict__["errno"], 1),
               (SyntaxError.__dict__["msg"], NameError())]:
    for attempt in (lambda: d.__get__(obj), lambda: d.__set__(obj, 1), lambda: d.__delete__(obj)):
        try:
            attempt()
        except TypeError as x:
            print("TypeError:", x)
print(SystemExit.__dict__["code"].__get__(None, SystemExit))

# str() of an OSError follows which fields are set (None counts once set).
o = OSError(2, "nf")
print(str(o))
o.filename = None
print(str(o))
o.filename2 = "b"
print(str(o))
del o.filename
print(str(o))
del o.strerror
print(str(o))
