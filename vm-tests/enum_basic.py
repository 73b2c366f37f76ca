# enum: members, look-ups by value and name, iteration, aliases, reprs, the functional API
# and the errors of bad definitions; look-ups are repeated after warm-up and a mutation.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED:>10}|')
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color(Color.BLUE))
print(list(Color), list(reversed(Color)), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), type(Color))
print(Color.RED == Color.CRIMSON, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(repr(Color), Color.__name__, Color._member_names_, Color.RED.__objclass__)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType), bool(Color))
print(dir(Color))
print(dir(Color.RED))
print(Color.__members__.__class__.__name__)

for bad in (5, 'RED', None, 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e, e.__context__)
for bad in ('PURPLE', 1):
    try:
        Color[bad]
    except KeyError as e:
        print('KeyError', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.value = 9
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError', e)

bad_sources = [
    "class C(Enum):\n    RED = 1\n    RED = 2",
    "class C(Enum):\n    RED = 1\n    def RED(self): pass",
    "class C(Enum):\n    _x_ = 1",
    "class C(Enum):\n    mro = 1",
    "class D(Color):\n    PINK = 4",
    "class C(Enum):\n    A = 1\n    _ignore_ = 'A'",
    "class C(StrEnum):\n    A = 1",
    "class C(Enum):\n    _order_ = 'B A'\n    A = 1\n    B = 2",
    "class C(Color, int):\n    pass",
    "@unique\nclass C(Enum):\n    A = 1\n    B = 1\n    C = 2\n    D = 2",
    "Enum('C', 'A A')",
    "Enum('C', 'mro')",
]
for src in bad_sources:
    try:
        exec(src, {'Enum': Enum, 'Color': Color, 'StrEnum': StrEnum, 'unique': unique})
    except Exception as e:
        print(type(e).__name__, e)


class Empty(Enum):
    pass


class Child(Empty):
    X = 1


print(list(Child), len(Empty), list(Enum), len(IntEnum))

Animal = Enum('Animal', 'ANT BEE CAT')
Pets = Enum('Pets', 'DOG, FISH')
Sizes = Enum('Sizes', [('S', 10), ('M', 20)])
Codes = IntEnum('Codes', {'OK': 200, 'NOT_FOUND': 404})
Nums = IntEnum('Nums', 'ONE TWO', start=10)
Placed = Enum('Placed', 'A B', module='mymod', qualname='Outer.Placed')
Typed = Enum('Typed', 'X Y', type=int)
print(list(Animal), list(Pets), list(Sizes), list(Codes), list(Nums))
print(Animal.__module__, Animal.__qualname__, Placed.__module__, Placed.__qualname__)
print(repr(Typed.X), Typed.Y + 1, isinstance(Typed.X, int), str(Typed.X))


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f'{Number.TWO:03d}', Number.ONE + Number.TWO)
print(Number.ONE < Number.TWO, int(Number.TWO), [10, 20, 30][Number.ONE], Number(2), Number.ONE == 1)
print(sorted([Number.TWO, Number.ONE]), hash(Number.ONE), Number.TWO * 2.5)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(repr(Mode.READ), str(Mode.READ), format(Mode.WRITE), Mode.READ == 'read', Mode.READ.upper())
print(Mode('w'), Mode.WRITE + '+', list(Mode))


class Auto(Enum):
    A = auto()
    B = 10
    C = auto()


print(list(Auto), repr(auto()), repr(auto(5)))


def lookups(n):
    # Value, name and attribute look-ups, as a hot loop would run them.
    out = []
    for i in range(n):
        out = [Color(1), Color['BLUE'], Color.GREEN.value, Number(2) + 0, Color.RED.name]
    return out


print(lookups(200))


@classmethod
def _missing_(cls, value):
    return cls.BLUE


Color._missing_ = _missing_
print(lookups(3), Color(99))
Color.extra = 'attr'
print(Color.extra, lookups(2))
