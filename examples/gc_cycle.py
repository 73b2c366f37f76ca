# A reference cycle that refcounting alone cannot free, found by the cycle collector.
#   pyvm examples/gc_cycle.py                  (or python3; same stdout)
#   pyvm -X gc-explain examples/gc_cycle.py    (pyvm only: the collector's table on stderr)
# Look at: no "del" line after `del a, b` (each node still holds the other), then both
# finalizers during gc.collect(), which reports 2 unreachable objects. With -X gc-explain,
# the table shows each node with refcount 1 and gc_refs 0: its only reference comes from the
# other node (`Node('b').next -> Node('a')`), so nothing outside the cycle can reach it.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return f"Node({self.name!r})"

    def __del__(self):
        print("del", self.name)


a = Node("a")
b = Node("b")
a.next = b
b.next = a
print("is the cycle tracked?", gc.is_tracked(a))
del a, b
print("names gone, nothing freed yet")
print("gc.collect() found", gc.collect(), "unreachable objects")
print("gc.collect() again found", gc.collect())
