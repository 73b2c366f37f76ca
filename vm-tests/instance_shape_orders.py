# Instances that add their attributes in thousands of different orders: each keeps its own
# insertion order (vars, dir), reads and writes stay right, and the class's shapes stay
# bounded (past the limit, instances keep their attributes in a dict).
import itertools


class C:
    pass


def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())
    return o


objs = [fill(C(), perm) for perm in itertools.permutations("abcdefg")]
print(len(objs), list(vars(objs[0])), list(vars(objs[-1])), list(vars(objs[2500])))
print(all(o.a == "A" and o.g == "G" for o in objs))
for o in objs[::7]:
    o.d = o.d * 2
    del o.a
print(sum(len(vars(o)) for o in objs), objs[7].d, hasattr(objs[7], "a"), objs[8].d)


# temporary instances made and dropped one after another, in a hot loop
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def total(n):
    s = 0
    for i in range(n):
        s += P(i, 2).norm2()
    return s


print(total(5000))
q = P(1, 2)
q.z = 3
del q.y
print(vars(q), total(10))
