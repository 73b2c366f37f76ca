# Recursion through native slots and builtins raises RecursionError with CPython's message,
# after the same code ran normally (warm-up: caches and specialisations must not matter).
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError:", e)


class R:
    def __init__(self, depth):
        self.depth = depth

    def __repr__(self):
        self.depth -= 1
        return "R" if self.depth < 0 else repr(self)


class GI:
    def __init__(self, stop):
        self.stop = stop

    def __getitem__(self, i):
        return i if i >= self.stop else self[i + 1]


class LN:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 0 if self.n == 0 else len(LN(self.n - 1))


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7 if self.n == 0 else hash(H(self.n - 1))


class GA:
    def __getattr__(self, name):
        return name if name == "x" * 50 else getattr(self, name + "x")


class C:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        return self.n if self.n == 0 else C(self.n - 1)()


# Warm-up: the same paths, shallow, many times.
for i in range(200):
    assert repr(R(5)) == "R"
    assert GI(10)[0] == 10
    assert len(LN(5)) == 0
    assert hash(H(5)) == 7
    assert GA().x == "x" * 50
    assert C(5)() == 0
print("warm")

attempt("repr", lambda: repr(R(10**6)))
attempt("getitem", lambda: GI(10**6)[0])
attempt("len", lambda: len(LN(10**6)))
attempt("hash", lambda: hash(H(10**6)))
attempt("getattr", lambda: GA().y)
attempt("call", lambda: C(10**6)())


class Eq:
    def __eq__(self, other):
        return [self] == [other]


class Lt:
    def __lt__(self, other):
        return [self] < [other]


attempt("eq", lambda: Eq() == Eq())
attempt("lt", lambda: Lt() < Lt())


def key(x):
    return sorted([1, 2], key=key)


attempt("sorted key", lambda: key(1))


def rec(n):
    return rec(n + 1)


attempt("python", lambda: rec(0))
# After the errors everything still works.
for i in range(200):
    assert repr(R(3)) == "R" and GI(3)[0] == 3
print("after", sys.getrecursionlimit())
