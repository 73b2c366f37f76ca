# Finalization order at exit of a cycle only the module keeps: a parent and the children
# it lists (each child points back to it). CPython's collections leave the interpreter's
# own objects (sys.modules, __main__ and its dict) in the oldest generation, scanned
# first, so the program's objects are found through them where they lie and, once
# __main__ is forgotten, finalized in the order they were made: root, k1, k2 (not the
# order a walk from the list meets them in, last item first). Warmed up first: the same
# trees built and torn down 200 times (enough allocations for automatic collections),
# without a gc.collect() that would re-file everything.
import gc


class Node:
    quiet = False

    def __init__(self, n, parent=None):
        self.n = n
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)

    def __del__(self):
        if not self.quiet:
            print("del node", self.n)


class Quiet(Node):
    quiet = True


def tree(cls, name):
    root = cls(name)
    a = cls(name + ".k1", root)
    b = cls(name + ".k2", root)
    cls(name + ".k1.g", a)
    return root, a, b


for i in range(200):
    r, _, _ = tree(Quiet, "w")
    # broken by hand: freed by refcounting, no garbage left for the collector
    for k in r.kids:
        k.kids.clear()
        k.parent = None
    r.kids.clear()
print(gc.isenabled())

root = Node("root")
k1 = Node("k1", root)
k2 = Node("k2", root)
print(gc.is_tracked(root), gc.is_tracked(k1), gc.is_tracked(root.kids))
del k1, k2
print([gc.is_tracked(k) for k in root.kids], [type(r).__name__ for r in gc.get_referrers(root.kids[0])])

other, _, _ = tree(Node, "t")
held = {"x": Node("in dict", root)}
print([k.n for k in root.kids], [k.n for k in other.kids])
print("end")
