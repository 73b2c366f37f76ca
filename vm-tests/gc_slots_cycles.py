# Cycles through __slots__ values: of a plain class, across a base's and a subclass's slots,
# and of a float subclass (whose payload holds the slots); each is collected, and a second
# collection finds nothing left.
import gc


class Node:
    __slots__ = ("other", "name")

    def __del__(self):
        print("del", self.name)


class Base:
    __slots__ = ("p",)


class Derived(Base):
    __slots__ = ("q",)


class F(float):
    __slots__ = ("x",)


gc.collect()
a = Node(); a.name = "a"
b = Node(); b.name = "b"
a.other = b; b.other = a
del a, b
print("nodes:", gc.collect())

d = Derived(); d.p = [d]; d.q = d
del d
print("derived:", gc.collect())

f = F(2.5); f.x = f
del f
print("float subclass:", gc.collect())
print("left:", gc.collect())
