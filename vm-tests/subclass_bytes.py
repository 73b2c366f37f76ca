# bytes subclasses: B(...) and bytes.__new__(B, ...) make instances of B (with an instance
# dict unless __slots__ = ()), from every source bytes() takes; methods, operators and an
# enum with a bytes mixin work on them; construction repeated after warm-up.
from enum import Enum


class B(bytes):
    def hi(self):
        return 'hi:' + self.decode()


b = B([104, 105])
print(type(b).__name__, b, b.hi(), len(b), b + b'!', b == b'hi', hash(b) == hash(b'hi'))
print(type(bytes.__new__(B, b'x')).__name__, B(b'abc')[1:], type(B(b'abc')[1:]).__name__, B())
b.attr = 1
print(b.attr, B('h\u00e9', 'utf-8'), B('ab', encoding='ascii'), B(3), isinstance(b, bytes), repr(b))


class WithBytes:
    def __bytes__(self):
        return b'xx'


print(type(B(WithBytes())).__name__, B(WithBytes()), bytes(WithBytes()), type(bytes(b)).__name__)


class NoDict(bytes):
    __slots__ = ()


nd = NoDict(b'q')
print(nd, type(NoDict(3)).__name__, hasattr(nd, '__dict__'))
try:
    nd.x = 1
except AttributeError as e:
    print('AttributeError', e)
for bad in [(1.5,), ('text',), (b'x', 'utf-8'), ([300],)]:
    try:
        B(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord(1).label, Coord.PX.value, Coord.PY == b'\x01', Coord.PY.label, [c.name for c in Coord])


def build(n):
    out = None
    for i in range(n):
        out = (B([i % 256]), bytes.__new__(B, b'z' * (i % 3)), B(WithBytes()).hi())
    return [type(x).__name__ for x in out[:2]] + [out[0], out[1], out[2]]


print(build(200))
B.hi = lambda self: 'changed'
B.__len__ = lambda self: 99
print(build(2), len(B(b'a')))
