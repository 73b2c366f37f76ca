# Class patterns: __match_args__, keyword sub-patterns, builtin types, errors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(_, _, z) if z != 0:
            return f"off the plane at {z}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere: {p}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5),
          Point3(1, 2, 3), Point3(0, 2, 0), "point"]:
    print(where(p))


# Builtin types match the subject itself for one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case list([first, *_]):
            return f"list starting with {first}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set() | frozenset():
            return "some set"
        case bytes(b):
            return f"bytes {b}"
        case _:
            return "something else"


for v in [True, -3, 7, 2.5, "abc", "", [9, 8], [], (1, 2, 3), {"k": 1}, {1}, frozenset(), b"x", None]:
    print(repr(v), "->", kind(v))


# Subclasses of builtins inherit the self-matching.
class MyInt(int):
    pass


match MyInt(5):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)


# Keyword patterns work without __match_args__; missing attributes fail the match.
class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)


for b in [Box(w=1, h=2), Box(w=1), Box(h=3, color="red")]:
    match b:
        case Box(w=w, h=h):
            print("box", w, h)
        case Box(color=c):
            print("colored", c)
        case Box():
            print("plain box")


# Nested class patterns with as-patterns
class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(0, 0) as s, Point(x, y) as e):
        print("from origin", s, "to", e, x, y)


# Dotted class names
class shapes:
    Point = Point


match Point(1, 1):
    case shapes.Point(x, y):
        print("dotted", x, y)


# Runtime errors, with CPython's messages
def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def not_a_class():
    match 1:
        case len():
            pass


class BadArgs:
    __match_args__ = ["x"]


def bad_match_args():
    match BadArgs():
        case BadArgs(x):
            pass


class NotStr:
    __match_args__ = (1,)


def non_str_args():
    match NotStr():
        case NotStr(x):
            pass


def no_match_args():
    match Box(a=1):
        case Box(a):
            pass


def self_twice():
    match 5:
        case int(a, b):
            pass


def repeated_attr():
    match Point(1, 2):
        case Point(x, x=y):
            pass


def dup_runtime_key():
    k = Point
    match {"x": 1, "Point": 2}:
        case {k.__name__: 1, "Point": 2}:
            pass


attempt("too many:", too_many)
attempt("not a class:", not_a_class)
attempt("bad match args:", bad_match_args)
attempt("non-str args:", non_str_args)
attempt("no match args:", no_match_args)
attempt("self twice:", self_twice)
attempt("repeated attr:", repeated_attr)
attempt("dup key:", dup_runtime_key)


# Attribute errors other than AttributeError propagate
class Explodes:
    @property
    def boom(self):
        raise ValueError("boom")


def explode():
    match Explodes():
        case Explodes(boom=b):
            pass


attempt("property:", explode)
