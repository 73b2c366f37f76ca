# C.__bases__ = (...): the class and its subclasses get new MROs, and attribute lookup,
# method calls, isinstance, super() and inherited dunders follow — also after warm-up.
class A:
    x = "A.x"

    def who(self):
        return "A"

    def __len__(self):
        return 1

    def __repr__(self):
        return "<A-repr>"

    def __add__(self, other):
        return "A+"

    def __eq__(self, other):
        return "A=="

    __hash__ = object.__hash__

    def __iter__(self):
        return iter("ab")


class B:
    x = "B.x"

    def who(self):
        return "B"

    def __len__(self):
        return 2

    def __repr__(self):
        return "<B-repr>"

    def __add__(self, other):
        return "B+"

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)

    def __call__(self):
        return "B()"


class C(A):
    def who(self):
        return "C>" + super().who()


class D(C):
    pass


def probe(o):
    r = [o.x, o.who(), len(o), repr(o), o + 1, o == 2, list(o)]
    r += [isinstance(o, A), isinstance(o, B), issubclass(type(o), B)]
    try:
        r.append(o())
    except TypeError as e:
        r.append(str(e))
    return r


def names(classes):
    return [c.__name__ for c in classes]


d = D()
for i in range(200):
    r = probe(d)
print("warm", r)
C.__bases__ = (B,)
print("B", probe(d))
for i in range(200):
    r = probe(d)
print("warm B", r)
print(names(D.__mro__), C.__base__.__name__, names(C.__bases__))
print(names(A.__subclasses__()), names(B.__subclasses__()), names(C.__subclasses__()))
C.__bases__ = (A, B)
print("A, B", probe(d), names(D.__mro__))
C.__bases__ = (B, A)
print("B, A", probe(d), names(D.__mro__))
print(names(C.mro()), names(B.__subclasses__()), names(A.__subclasses__()))

# Changes of the new bases' dicts reach the subclasses.
del B.__len__
print(probe(d))
A.who = lambda self: "A2"
B.who = lambda self: "B2"
print(probe(d))
del B.who
print(probe(d))
B.__repr__ = lambda self: "newB"
print(repr(d))


# super() in a method of a class whose bases changed.
class Root:
    def hi(self):
        return "Root"


class Left(Root):
    def hi(self):
        return "Left>" + super().hi()


class Right(Root):
    def hi(self):
        return "Right>" + super().hi()


class Bottom(Left):
    def hi(self):
        return "Bottom>" + super().hi()


bt = Bottom()
for i in range(200):
    r = bt.hi()
print(r)
Bottom.__bases__ = (Left, Right)
print(bt.hi(), names(Bottom.__mro__))
Bottom.__bases__ = (Right,)
print(bt.hi())
Left.__bases__ = (Right,)
Bottom.__bases__ = (Left,)
print(bt.hi(), names(Bottom.__mro__))


# __del__ inherited through a new base.
class Fin:
    def __del__(self):
        print("Fin.__del__", type(self).__name__)


class Host:
    pass


class Guest(Host):
    pass


g = Guest()
Guest.__bases__ = (Fin,)
g = None
print("after g")
Guest.__bases__ = (Host,)
g = Guest()
g = None
print("no Fin")


# Builtin subclasses: bases of the same builtin.
class L1(list):
    def kind(self):
        return "L1"


class L2(list):
    def kind(self):
        return "L2"

    def __len__(self):
        return 100


class LL(L1):
    pass


ll = LL([1, 2, 3])
for i in range(200):
    r = (ll.kind(), len(ll))
print(r)
LL.__bases__ = (L2,)
print(ll.kind(), len(ll), ll, isinstance(ll, L1), isinstance(ll, L2), names(LL.__mro__))


# Exceptions: from one builtin exception to another with the same layout.
class MyErr(Exception):
    pass


try:
    raise MyErr("m")
except Exception as e:
    err = e
MyErr.__bases__ = (KeyError,)
print(isinstance(err, KeyError), isinstance(err, LookupError), names(MyErr.__mro__))
try:
    raise MyErr("again")
except LookupError as e:
    print("caught as LookupError", repr(e))


# __slots__ bases with the same slots.
class S1:
    __slots__ = ("v",)

    def get(self):
        return "S1", self.v


class S2:
    __slots__ = ("v",)

    def get(self):
        return "S2", self.v


class SS(S1):
    pass


ss = SS()
ss.v = 5
SS.__bases__ = (S2,)
print(ss.get(), SS.__base__.__name__)


# Class attributes from the old base are gone, the new one's are there.
class Old:
    only_old = 1


class New:
    only_new = 2


class Mover(Old):
    pass


m = Mover()
print(hasattr(m, "only_old"), hasattr(m, "only_new"))
Mover.__bases__ = (New,)
print(hasattr(m, "only_old"), hasattr(m, "only_new"), hasattr(Mover, "only_new"))
