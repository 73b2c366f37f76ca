# Native recursion (repr, str, comparisons, isinstance over nested tuples) counts against
# the recursion limit: a deeply nested container raises RecursionError instead of
# exhausting the interpreter's stack or running for minutes.
def nest(n, make=lambda x: [x]):
    x = []
    for i in range(n):
        x = make(x)
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (bool, int)) else type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)


deep = nest(20000)
deep2 = nest(20000)
attempt("repr list", lambda: len(repr(deep)))
attempt("str list", lambda: len(str(deep)))
attempt("format list", lambda: len(f"{deep}"))
attempt("percent list", lambda: len("%s" % (deep,)))
attempt("identity eq", lambda: deep == deep)
attempt("eq lists", lambda: deep == deep2)
attempt("lt lists", lambda: deep < deep2)
attempt("in list", lambda: deep in [deep2])
d = nest(20000, lambda x: {"k": x})
d2 = nest(20000, lambda x: {"k": x})
attempt("repr dict", lambda: len(repr(d)))
attempt("eq dicts", lambda: d == d2)
t = nest(20000, lambda x: (x,))
t2 = nest(20000, lambda x: (x,))
attempt("eq tuples", lambda: t == t2)
attempt("repr tuple", lambda: len(repr(t)))
spec = int
for i in range(20000):
    spec = (spec,)
attempt("isinstance nested", lambda: isinstance(1, spec))
attempt("issubclass nested", lambda: issubclass(bool, spec))
del deep, deep2, d, d2, t, t2, spec

# Moderate nesting still works, also when the same code ran many times first.
def nested_spec(n):
    spec = int
    for i in range(n):
        spec = (spec,)
    return spec


def shallow():
    x = nest(300)
    return len(repr(x)), x == nest(300), isinstance(1, nested_spec(300))


for i in range(200):
    shallow()
print(shallow())


# Python-level recursion through repr and == is stopped too.
class R:
    def __repr__(self):
        return repr(self)


class E:
    def __eq__(self, other):
        return self == other


for f in (lambda: repr(R()), lambda: E() == E()):
    try:
        f()
    except RecursionError:
        print("RecursionError")
print("alive")


# Frames and native levels share the limit: which of them reaches it decides the message,
# as in CPython.
class Eq:
    def __eq__(self, other):
        return self == other


def compare_in_function():
    try:
        Eq() == Eq()
    except RecursionError as e:
        return str(e)


try:
    Eq() == Eq()
except RecursionError as e:
    print("module level:", e)
print("in a function:", compare_in_function())
