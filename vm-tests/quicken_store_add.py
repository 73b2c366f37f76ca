# STORE_ATTR adding attributes in __init__ follows the shape transitions other instances
# took; its guards (type version, shape) must hold after warm-up when the class changes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return [P(i, -i) for i in range(n)]


ps = make(300)
print("warm", ps[5].x, ps[5].y, vars(ps[7]))

# a property added for one of the names: the store must go through its setter
def setter(self, v):
    self.__dict__["_x"] = ("via property", v)


P.x = property(lambda self: self.__dict__.get("_x"), setter)
q = P(1, 2)
print("property", q.x, sorted(vars(q)))
del P.x
r = P(3, 4)
print("property gone", r.x, vars(r))

# __setattr__ added after warm-up
ps = make(300)
P.__setattr__ = lambda self, n, v: object.__setattr__(self, n, ("set", v))
s = P(5, 6)
print("setattr", vars(s))
del P.__setattr__
print("setattr gone", vars(P(7, 8)))

# instances that already have other attributes take another path
ps = make(300)
t = P.__new__(P)
t.z = 0
P.__init__(t, 9, 10)
print("other order", vars(t))

# the instance dict replaced before __init__ runs
u = P.__new__(P)
u.__dict__ = {"pre": 1}
P.__init__(u, 11, 12)
print("replaced dict", vars(u))

# a subclass shares the base __init__ site
class Q(P):
    pass


for _ in range(300):
    Q(1, 2)
    P(1, 2)
print("subclass", vars(Q(13, 14)), type(Q(0, 0)).__name__)

# __class__ assigned between instances
class R:
    def __init__(self, v):
        self.v = v
        self.w = v + 1


for i in range(300):
    R(i)
obj = R.__new__(R)
obj.__class__ = P
try:
    R.__init__(obj, 1)
except TypeError as e:
    print("TypeError", e)
print("class assigned", type(obj).__name__, vars(obj))


# many attributes: past an instance's inline room
class Big:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)
        self.last = "end"


for _ in range(100):
    b = Big()
print("big", len(vars(b)), b.a0, b.a39, b.last)
