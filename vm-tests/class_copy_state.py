# object.__getstate__ (3.11) and copying instances of classes with __dict__, __slots__,
# and subclasses of int/float/str/tuple/list/dict that carry attributes.
import copy


class A:
    def __init__(self):
        self.x = 1


class S:
    __slots__ = ("a", "b", "__p")


class Sub(S):
    __slots__ = "c"


class SD:
    __slots__ = ("a", "__dict__")


class WithWeakref:
    __slots__ = ("__weakref__", "v")


class Custom:
    def __getstate__(self):
        return ("custom", super().__getstate__())


a = A()
print(a.__getstate__() is a.__dict__, object().__getstate__(), (1).__getstate__())
s = S()
print(s.__getstate__())
s.a = 1
s._S__p = 3
print(s.__getstate__())
x = Sub()
x.c = 5
x.b = 4
print(x.__getstate__(), WithWeakref().__getstate__())
sd = SD()
sd.a = 1
sd.z = 2
print(sd.__getstate__())
c = Custom()
c.k = 1
print(c.__getstate__())

print((5).__getnewargs__(), (2 ** 70).__getnewargs__(), (1, [2]).__getnewargs__())
for cls, value in ((int, 5), (float, 2.5), (str, "ab"), (tuple, (1, [2])), (list, [1, [2]]),
                   (dict, {"k": [1]})):
    sub = type(cls.__name__.title() + "Sub", (cls,), {})
    obj = sub(value)
    obj.attr = "tag"
    shallow, deep = copy.copy(obj), copy.deepcopy(obj)
    print(sub.__name__, shallow, type(shallow).__name__, shallow.attr, deep == obj,
          type(deep).__name__, deep.attr)
print(copy.copy(s).a, copy.deepcopy(sd).z, hasattr(copy.copy(s), "b"))
