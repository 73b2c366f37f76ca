# __cause__/__context__ accept only exceptions or None; raising a class whose __new__ does
# not make an exception names the class; class-creation messages for bad names.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


e = ValueError("v")
for attr in ("__cause__", "__context__"):
    for value in (5, "x", KeyError, None, KeyError("k")):
        attempt(attr + " = " + type(value).__name__, lambda: setattr(e, attr, value))
print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


class NotAnException(Exception):
    def __new__(cls, *args):
        return 5


class ReturnsOther(Exception):
    def __new__(cls, *args):
        return KeyError("other")


def raise_it(cls):
    raise cls


attempt("raise NotAnException", lambda: raise_it(NotAnException))
try:
    raise_it(ReturnsOther)
except KeyError as k:
    print("raised the other exception:", repr(k))
attempt("type qualname", lambda: type("X", (), {"__qualname__": 5}))
attempt("build_class name", lambda: __build_class__(lambda: None, 5))
attempt("type name", lambda: type(5, (), {}))
