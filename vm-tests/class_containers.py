class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"

dd = DefaultDict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, len(dd), "a" in dd, dd.get("z"), sorted(dd.keys()))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), isinstance(s, list), type(s).__name__, s + [9], type(s + [9]).__name__)
try:
    Stack().peek()
except IndexError as e:
    print(e)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __delitem__(self, r):
        del self.rows[r]
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __iter__(self):
        return (x for row in self.rows for x in row)
    def __reversed__(self):
        return reversed(self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
m = Matrix([[1, 2], [3, 4], [5, 6]])
m[0, 1] = 20
print(m[0, 1], m[2], len(m), 4 in m, 7 in m, list(m), list(reversed(m)), sum(m), max(m))
del m[1]
print(m.rows, m == Matrix([[1, 20], [5, 6]]), m != Matrix([]))
try:
    {m}
except TypeError as e:
    print(e)

class Range3:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 3
r = Range3(4)
print(list(r), 6 in r, 7 in r, [x for x in r], sorted(r, reverse=True), list(reversed(r)))

class Bag:
    def __init__(self):
        self.items = {}
    def add(self, x, n=1):
        self.items[x] = self.items.get(x, 0) + n
        return self
    def __len__(self):
        return sum(self.items.values())
    def __bool__(self):
        return bool(self.items)
    def __iter__(self):
        for k, n in self.items.items():
            for _ in range(n):
                yield k
    def __or__(self, other):
        b = Bag()
        for k in set(self.items) | set(other.items):
            b.add(k, max(self.items.get(k, 0), other.items.get(k, 0)))
        return b
    def __repr__(self):
        return "Bag(" + ", ".join(f"{k}={v}" for k, v in sorted(self.items.items())) + ")"
b = Bag().add("x", 2).add("y")
print(b, len(b), bool(Bag()), list(b), b | Bag().add("x", 5).add("z"))
print(not Bag(), "yes" if b else "no")

class Temp:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == (o.c if isinstance(o, Temp) else o)
    def __hash__(self):
        return hash(self.c)
    def __lt__(self, o):
        return self.c < o.c
print(Temp(5) == 5, 5 == Temp(5), Temp(1) in [Temp(1)], {Temp(2): "t"}[Temp(2)], len({Temp(1), Temp(1), 1}))
print(sorted([Temp(3), Temp(1), Temp(2)], key=lambda t: -t.c)[0].c, min(Temp(3), Temp(1)).c)
print(list.__len__([1, 2]), dict.fromkeys("ab", 0), str.upper("x"), int.__add__(1, 2))
class Meta(type):
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(cls.members)
class Colors(metaclass=Meta):
    members = ["red", "green"]
print(len(Colors), list(Colors), type(Colors).__name__)
print(list[int], dict[str, int], Stack.__mro__[1], issubclass(DefaultDict, dict))
