# operator.length_hint and the __length_hint__ of the builtin iterators (containers that
# change size, exhausted iterators, huge ranges), also after warm-up.
import operator
its = {"list": iter([1,2,3]), "tuple": iter((1,2,3)), "range": iter(range(3)), "str": iter("abc"),
 "rev": reversed([1,2,3]), "dict": iter({1:2,3:4,5:6}), "dvals": iter({1:2}.values()), "set": iter({1,2,3}),
 "bytes": iter(b"abc"), "revrange": reversed(range(3)), "bigrange": iter(range(10**30)), "repeat": __import__("itertools").repeat(1, 3), "enum": enumerate([1]), "map": map(str, [1]), "zip": zip([1],[2]), "bytearray": iter(bytearray(b"ab")), "dictitems": iter({1:2}.items()), "revd": reversed({1:2,3:3})}
for k, it in its.items():
    try:
        print(k, hasattr(it, "__length_hint__"), operator.length_hint(it))
    except Exception as e:
        print(k, type(e).__name__, e)
it = iter([1, 2, 3]); next(it); print(it.__length_hint__())
l = [1, 2, 3]; r = reversed(l); next(r); l.clear(); print(r.__length_hint__())
d = {1: 1, 2: 2}; di = iter(d); next(di); print(di.__length_hint__()); d[5] = 5; print(di.__length_hint__())
s = {1, 2, 3}; si = iter(s); next(si); print(si.__length_hint__()); s.add(9); print(si.__length_hint__())
si = iter("héllo"); next(si); next(si); print(si.__length_hint__(), type(si).__name__)
ri = iter(range(10**20, 10**20 + 5)); next(ri); print(ri.__length_hint__())
t = iter((1, 2)); list(t); print(t.__length_hint__())
print(hasattr(iter(int, 1), "__length_hint__"), hasattr(map(str, []), "__length_hint__"))
class S:
    def __getitem__(self, i):
        if i < 4: return i
        raise IndexError
    def __len__(self): return 4
x = iter(S()); next(x); print(x.__length_hint__())
x = reversed(S()); next(x); print(x.__length_hint__(), operator.length_hint(x))
print(list(iter({1: 2, 3: 4})), list(reversed([1, 2])), list(iter("ab")))
def hot(n):
    t = 0
    for i in range(n):
        it = iter([1, 2, 3])
        next(it)
        t += operator.length_hint(it) + operator.length_hint(iter(range(i)))
    return t
print(hot(200))
l = [1, 2, 3, 4]
it = iter(l)
next(it)
l.append(5)
print(operator.length_hint(it), list(it))
