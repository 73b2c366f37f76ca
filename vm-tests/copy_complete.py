import copy, copyreg
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = {"k": [2]}
s = S(); c = copy.copy(s); d = copy.deepcopy(s)
print(c.a is s.a, d.a is s.a, d.b == s.b, d.b["k"] is s.b["k"])
class G:
    def __init__(self, x): self.x = x
    def __getstate__(self): print("getstate"); return {"x": self.x, "extra": 1}
    def __setstate__(self, st): print("setstate", sorted(st)); self.__dict__.update(st)
g = copy.deepcopy(G([1, 2])); print(g.x, g.extra)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v, copy.deepcopy(R(3)).v)
class RX:
    def __reduce_ex__(self, proto): print("proto", proto); return (RX, ())
copy.copy(RX())
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return ("deep", type(memo).__name__)
print(copy.copy(C()), copy.deepcopy(C()))
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is not l)
shared = [1]; t = copy.deepcopy([shared, shared]); print(t[0] is t[1])
class P: pass
def red(p): return (P, ())
copyreg.pickle(P, red); print(type(copy.copy(P())).__name__)
del copyreg.dispatch_table[P]  # module-level registry: leave it as found
print(copy.deepcopy((1, 2, "a")) , copy.copy(frozenset({1})), copy.deepcopy({1: [2]}))
tup = ([1],); print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
import collections
od = collections.OrderedDict(a=[1]); print(copy.deepcopy(od))
dd = collections.defaultdict(list, a=[1]); e = copy.deepcopy(dd); print(e, e["a"] is dd["a"])
print(copy.Error, copy.error)
class NoCopy:
    def __reduce_ex__(self, p): raise copy.Error("no")
try: copy.copy(NoCopy())
except copy.Error as e: print("Error", e)
class ListSub(list):
    pass
ls = ListSub([1, [2]]); ls.attr = 5; ld = copy.deepcopy(ls); print(type(ld).__name__, ld, ld.attr, ld[1] is ls[1])
class DictSub(dict): pass
ds = DictSub(a=1); print(type(copy.copy(ds)).__name__)
print(copy.copy(range(3)), copy.deepcopy(len), copy.copy(1.5))
class Slots2(S):
    __slots__ = ("c",)
s2 = Slots2(); s2.c = 9; print(copy.deepcopy(s2).c, copy.deepcopy(s2).a)
print(copy.replace if hasattr(copy, "replace") else "no replace")
class NewArgs:
    def __new__(cls, a): o = object.__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
print(copy.copy(NewArgs(4)).a)
class KW:
    def __new__(cls, *, a): o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {"a": self.a})
print(copy.deepcopy(KW(a=7)).a)
for bad in (lambda: copyreg.pickle(P, 5), lambda: copyreg.constructor(5)):
    try: bad()
    except TypeError as e: print("TypeError", e)
copyreg.add_extension("m", "n", 240)
copyreg.add_extension("m", "n", 240)
for bad in (lambda: copyreg.add_extension("m", "o", 240), lambda: copyreg.add_extension("m", "n", 241),
            lambda: copyreg.add_extension("m", "x", 0), lambda: copyreg.remove_extension("m", "n", 9)):
    try: bad()
    except ValueError as e: print("ValueError", e)
copyreg.remove_extension("m", "n", 240)
print(copyreg.__newobj__(P).__class__.__name__, type(copyreg._reconstructor(P, object, None)).__name__)
from fractions import Fraction
f = Fraction(3, 4); print(copy.copy(f) is f, copy.deepcopy([f])[0] is f)
class FS(Fraction): pass
fs = FS(1, 2); print(copy.copy(fs) == fs, type(copy.deepcopy(fs)).__name__)
# warm-up: the same copy paths 200 times, then the class changes its reduction
class W:
    def __init__(self): self.items = [1, [2]]
def dup(o):
    return copy.copy(o), copy.deepcopy(o)
for i in range(200):
    a, b = dup(W())
print(a.items, b.items[1] is not None)
W.__reduce__ = lambda self: (list, ([9],))
for i in range(150):
    a, b = dup(W())
print(a, b)
copyreg.pickle(W, lambda w: (dict, ()))
print(dup(W()))
del copyreg.dispatch_table[W]
print(dup(W()))
