# Subclasses of complex: construction, arithmetic results are plain complex, overridden
# operators and repr, attributes, pickling arguments, and operands of a subclass type
# overriding the reflected operator.
class C(complex):
    pass


class Named(complex):
    def __new__(cls, re=0, im=0, name="z"):
        self = super().__new__(cls, re, im)
        self.name = name
        return self

    def __repr__(self):
        return f"Named({self.name}: {complex(self)!r})"


class Rev(complex):
    def __radd__(self, other):
        return "Rev.__radd__"

    def __rmul__(self, other):
        return "Rev.__rmul__"

    def __eq__(self, other):
        return "Rev.__eq__"

    __hash__ = complex.__hash__


c = C(1, 2)
print(c, repr(c), type(c).__name__, c.real, c.imag, c == 1 + 2j, hash(c) == hash(1 + 2j))
for r in [c + 1, 1 + c, c * c, -c, +c, c ** 2, c / 2, abs(c), c.conjugate(), complex(c)]:
    print(repr(r), type(r).__name__)
print(C(), C("3j"), C(c), C(c) is c, C(1j, 1j), isinstance(c, complex), issubclass(C, complex))
c.attr = 5
print(c.attr, vars(c), c.__getnewargs__())
n = Named(1, 2, name="a")
print(n, n + 1, [n], n.name, str(n), format(n, ".1f"), format(n, ""), f"{n}", f"{n!s:>4}", "{}".format(n))
r = Rev(1, 1)
print(1 + r, 1.5 + r, 1j + r, 2 * r, 2j * r, r + 1, 1j == r, r == 1j)
print(C.__mro__, C.__base__.__name__)


class WithComplex(complex):
    def __complex__(self):
        return 42j


print(complex(WithComplex(1)), repr(WithComplex(2)))


class S(complex):
    def __str__(self):
        return "S.__str__"


print(format(S(1), ""), f"{S(2)}", repr(S(3)), "%s" % S(4), format(S(5), "g"))


class Slotted(complex):
    __slots__ = ("tag",)


s = Slotted(1, 1)
s.tag = "t"
print(s, s.tag, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)


class Cyclic(complex):
    pass


x = Cyclic(3)
x.me = x
del x
import gc

gc.collect()
print("collected")
