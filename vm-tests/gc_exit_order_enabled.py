# Finalization order at interpreter exit with the collector enabled: CPython collects
# once more (filing the survivors in its collector's order: one found through another
# goes after it), forgets __main__, collects again — finalizing what only the module's
# cycles kept, in that order — and clears what is left. The warm-up (the same objects made
# and dropped 150 times) is collected explicitly, so that the objects below are all in the
# youngest generation at exit. (Timing-dependent under -X gc-stress, like gc_api.)
import gc
import weakref


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Node:
    def __init__(self, n, parent=None):
        self.n = n
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)

    def __del__(self):
        print("del node", self.n)


def gen():
    r = D("gen local")
    yield 1


class Quiet(D):
    def __del__(self):
        pass


def warm():
    q = Quiet("q")
    q.me = q
    g = (Quiet(i) for i in range(2))
    next(g)
    return [Quiet("l")], {"k": Quiet("d")}


for _ in range(150):
    warm()
gc.collect()

a = D("a")
b = D("b")
a.b = b
b.a = a
c = D("c")
lst = [D("l1"), D("l2")]


class K:
    attr = D("class attr")


g = gen()
next(g)
x = D("x")
x.me = x
d = {"k": D("in dict"), "k2": D("in dict 2")}
t = (D("t1"), D("t2"))
root = Node("root")
k1 = Node("k1", root)
k2 = Node("k2", root)
del k1, k2
w = weakref.ref(root, lambda r: print("weakref callback"))
_private = D("_private")
last = D("last")
print("end")

