# obj.__class__ = C: what changes (methods, dunders, isinstance, super(), __del__,
# builtin subclasses, __slots__), each also after the code path was warmed up.
import gc


class A:
    kind = "A"

    def f(self):
        return "A.f"

    def __len__(self):
        return 10

    def __repr__(self):
        return "A()"

    def __add__(self, other):
        return "A+"


class B:
    kind = "B"

    def f(self):
        return "B.f"

    def __len__(self):
        return 20

    def __repr__(self):
        return "B()"

    def __add__(self, other):
        return "B+"

    def __del__(self):
        print("B.__del__", sorted(self.__dict__.items()))


def probe(o):
    return (o.kind, o.f(), len(o), repr(o), o + 1, type(o).__name__,
            o.__class__.__name__, isinstance(o, A), isinstance(o, B))


a = A()
a.v = 1
for i in range(200):
    r = probe(a)
print("warm A", r)
a.__class__ = B
print("now B", probe(a))
for i in range(200):
    r = probe(a)
print("warm B", r)
print("dict kept", a.__dict__)
a.__class__ = A
print("back", probe(a))
a.__class__ = B
a = None
print("after drop")

# An instance of a class without __del__ becomes one of a class with it, and back.
x = A()
x.__class__ = B
x.__class__ = A
x = None
print("no __del__ ran")


# super() follows the object's class; methods of the old class still work on it.
class Base:
    def hello(self):
        return "Base.hello"


class K1(Base):
    def hello(self):
        return "K1>" + super().hello()


class K2(Base):
    def hello(self):
        return "K2>" + super().hello()


k = K1()
for i in range(200):
    r = k.hello()
print(r)
k.__class__ = K2
print(k.hello(), isinstance(k, K1), isinstance(k, K2), isinstance(k, Base))
print(K2.hello(k))
try:
    K1.hello(k)
except TypeError as e:
    print("TypeError", e)


# The class whose method is running is dropped by that very method.
class Other:
    def name(self):
        return "Other.name"


def make():
    class Tmp:
        def run(self):
            self.__class__ = Other
            gc.collect()
            return self.name()

    return Tmp()


t = make()
print(t.run(), type(t).__name__)
t = None
gc.collect()


# Builtin subclasses with the same builtin base.
class L(list):
    def total(self):
        return sum(self)


class M(list):
    def total(self):
        return -sum(self)

    def __len__(self):
        return 99


lst = L([1, 2, 3])
lst.note = "kept"
for i in range(200):
    r = (lst.total(), len(lst), lst[0])
print(r)
lst.__class__ = M
print(lst.total(), len(lst), lst[0], type(lst).__name__, lst, lst.note)
lst.append(4)
print(lst, isinstance(lst, list), isinstance(lst, L))


class F1(float):
    def show(self):
        return "F1 %s" % float(self)


class F2(float):
    def show(self):
        return "F2 %s" % float(self)


fl = F1(1.5)
fl.__class__ = F2
print(fl.show(), fl + 1)


class E1(Exception):
    pass


class E2(Exception):
    def __str__(self):
        return "E2:" + repr(self.args)


e = E1("boom")
e.__class__ = E2
print(str(e), isinstance(e, E1), isinstance(e, E2))
try:
    raise e
except E2 as caught:
    print("caught as E2", caught)


# __slots__: the same slot names (in any order) keep their values.
class S1:
    __slots__ = ("a", "b")

    def get(self):
        return ("S1", self.a, self.b)


class S2:
    __slots__ = ["b", "a"]

    def get(self):
        return ("S2", self.a, self.b)


s = S1()
s.a = 1
s.b = 2
for i in range(200):
    r = s.get()
print(r)
s.__class__ = S2
print(s.get())
s.a = 10
s.__class__ = S1
print(s.get())


# Subclasses that add nothing share their base's layout.
class P:
    pass


class P2(P):
    pass


class P3(P2):
    __slots__ = ()


class Q:
    pass


for target in (P2, P3, Q, P):
    o = P()
    o.__class__ = target
    print("P ->", type(o).__name__, isinstance(o, P))


# A class assigned as __class__ of its own class: metaclasses.
class Meta1(type):
    def who(cls):
        return "Meta1"


class Meta2(type):
    def who(cls):
        return "Meta2"


class WithMeta(metaclass=Meta1):
    pass


print(WithMeta.who(), type(WithMeta).__name__)
WithMeta.__class__ = Meta2
print(WithMeta.who(), type(WithMeta).__name__, isinstance(WithMeta, Meta2))


# A class attribute called __class__ hides object's; an instance dict entry does not.
class Hides:
    __class__ = "fake"


h = Hides()
print(h.__class__, type(h).__name__)
h.__class__ = A
print(type(h).__name__, h.__dict__)


class Plain:
    pass


p = Plain()
p.__dict__["__class__"] = "in dict"
print(p.__class__.__name__)
setattr(p, "__class__", A)
print(type(p).__name__, getattr(p, "__class__").__name__)
object.__setattr__(p, "__class__", Plain)
print(type(p).__name__)
