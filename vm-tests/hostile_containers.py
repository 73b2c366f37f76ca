# Dicts, sets and lists under hostile __eq__/__hash__: lookups restart only when the probed
# entry or the table changed (CPython's rule), so an __eq__ that inserts terminates with
# CPython's result; mutation during iteration raises CPython's RuntimeError.
def attempt(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Key:
    def __init__(self, h, target, mutate):
        self.h, self.target, self.mutate = h, target, mutate

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.mutate(self.target)
        return False


def grow(c):
    if isinstance(c, dict):
        c[object()] = 1
    else:
        c.add(object())


# Warm-up: plain lookups of the same shape.
for i in range(200):
    d = {Key(1, None, lambda t: None): 1}
    assert (Key(1, None, lambda t: None) in d) is False
    s = {Key(1, None, lambda t: None)}
    assert (Key(1, None, lambda t: None) in s) is False
print("warm")
for kind in (dict, set):
    c = kind()
    first = Key(1, c, grow)
    if kind is dict:
        c[first] = 1
    else:
        c.add(first)
    print(kind.__name__, "inserting eq:", Key(1, c, grow) in c, len(c))
    for i in range(30):
        Key(1, c, grow) in c
    print(kind.__name__, "after 30 lookups:", len(c))
    c2 = kind()
    k = Key(5, c2, lambda t: t.clear())
    if kind is dict:
        c2[k] = 1
    else:
        c2.add(k)
    print(kind.__name__, "clearing eq:", Key(5, c2, lambda t: t.clear()) in c2, len(c2))


class Bad:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


attempt("hash str", lambda: hash(Bad("x")))
attempt("hash float", lambda: hash(Bad(1.5)))
attempt("hash None", lambda: {Bad(None): 1})
attempt("hash big", lambda: hash(Bad(2**100)))
attempt("hash bool", lambda: hash(Bad(True)))
attempt("hash -1", lambda: hash(Bad(-1)))
attempt("set add bad", lambda: {1}.add(Bad("y")))


class Raises:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("eq failed")


attempt("dict eq raises", lambda: {Raises(): 1, Raises(): 2})
attempt("set eq raises", lambda: {Raises(), Raises()})
attempt("list in raises", lambda: Raises() in [Raises()])
attempt("dict get raises", lambda: {Raises(): 1}.get(Raises()))


def loop(c, body):
    for k in c:
        body(c, k)


attempt("dict grows", lambda: loop({1: 1, 2: 2}, lambda d, k: d.__setitem__(k + 10, 1)))
attempt("dict shrinks", lambda: loop({1: 1, 2: 2}, lambda d, k: d.pop(k)))
attempt("dict keys change", lambda: loop({1: 1, 2: 2}, lambda d, k: (d.pop(k), d.__setitem__(k + 10, 1))))
attempt("dict values", lambda: loop({1: 1, 2: 2}.values(), lambda v, k: None))
d = {1: 1, 2: 2}
attempt("values grows", lambda: [d.__setitem__(v + 10, 1) for v in d.values()])
d = {1: 1, 2: 2}
attempt("items shrinks", lambda: [d.pop(1) for v in d.items()])
attempt("set grows", lambda: loop({1, 2}, lambda s, k: s.add(k + 10)))
attempt("set same size", lambda: loop({1, 2}, lambda s, k: (s.discard(k), s.add(k + 10))))
attempt("value replace ok", lambda: loop({1: 1, 2: 2}, lambda d, k: d.__setitem__(k, 5)))


def sort_append():
    lst = [3, 1, 2]
    lst.sort(key=lambda x: lst.append(x) or x)


attempt("sort key appends", sort_append)


def sort_clear():
    lst = []

    class M:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            lst.clear()
            return self.v < other.v

    lst.extend([M(3), M(1), M(2)])
    lst.sort()
    return len(lst)


attempt("sort lt clears", sort_clear)
lst = []


class Clears:
    def __eq__(self, other):
        lst.clear()
        return False


for name, f in [("index", lambda: lst.index(Clears())), ("count", lambda: lst.count(Clears())),
                ("remove", lambda: lst.remove(Clears())), ("in", lambda: Clears() in lst),
                ("eq", lambda: lst == [Clears(), 2, 3])]:
    lst[:] = [1, 2, 3, 4]
    try:
        print("list", name, f())
    except ValueError as e:
        print("list", name, "ValueError", str(e).split(" at 0x")[0])
