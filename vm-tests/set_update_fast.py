# set(iterable) and set.update from exact lists and tuples: read by position, so a list
# that __hash__ grows or empties is seen as its iterator would see it.

class K:
    def __init__(self, v, target=None): self.v = v; self.target = target
    def __hash__(self):
        if self.target is not None and len(self.target) < 8:
            self.target.append(K(len(self.target)))
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%r)" % self.v
lst = [K(1), K(2)]
lst.append(K(3, lst))
s = set(lst)
print(sorted(k.v for k in s), len(lst))
lst2 = [1, 2]
class Shrink:
    def __hash__(self):
        lst2.clear(); return 5
    def __eq__(self, o): return self is o
lst2.append(Shrink()); lst2.append(9)
print(len(set(lst2)), lst2)
print(sorted(set((3, 1, 2, 1))), set([]), set(()), frozenset([1, 1, 2]))
for _ in range(200):
    r = (set(["a", "b", "a"]), set(("x",)), set([(1, 2), (1, 2)]))
print(sorted(r[0]), r[1], r[2])
try: set([[1]])
except TypeError as e: print(e)


def upd(n):
    s = {0}
    s.update([1, 2, 2, n], (n, 5), "ab")
    s |= {7}
    return sorted(s, key=str)


for i in range(200):
    r = upd(i % 4)
print(r)
