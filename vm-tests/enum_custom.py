# enum: members with custom __init__/__new__, _missing_, _generate_next_value_, _ignore_,
# member()/nonmember(), _order_, data-type mixins, methods and properties; repeated after
# warm-up and after rebinding a method on the class.
from enum import Enum, IntEnum, StrEnum, auto, member, nonmember, property as enum_property


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(self.mass / (self.radius ** 2) * 6.673e-11, 2)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))
print(Planet.EARTH.mass, dir(Planet.EARTH))


class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(repr(Coord.PY), Coord(1).label, Coord.PX.value, Coord.PY + 1, str(Coord.PX), format(Coord.PY))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite(cls):
        return cls.HAPPY


print(Mood.favorite(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), format(Mood.FUNKY))


class Lower(StrEnum):
    A = auto()
    B = auto()

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == value.lower():
                return m
        return None


print(Lower('A'), repr(Lower('B')), Lower.A.upper(), Lower.A + '!', list(Lower))
try:
    Lower('z')
except ValueError as e:
    print('ValueError', e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 2:
            return 7
        raise KeyError('inner')


for v in (2, 3):
    try:
        Broken(v)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))


class Reversed(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1] + str(count)

    AB = auto()
    CD = auto()


print(list(Reversed))
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print('TypeError', e)


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period), hasattr(Period, 'i'))


class Marked(Enum):
    a = 1
    b = nonmember(2)

    @member
    def c(self):
        return 3


print(list(Marked.__members__), Marked.b, Marked.c.value(None))


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered), hasattr(Ordered, '_order_'))


class Named(Enum):
    name_ = 1
    value = 2


print(Named.value, Named.value.value, Named.value.name, Named['value'])


class Mixed(float, Enum):
    PI = 3.14
    E = 2.71


print(repr(Mixed.PI), str(Mixed.PI), format(Mixed.PI), Mixed.PI * 2, Mixed(2.71), Mixed.PI > Mixed.E)


class Level(IntEnum):
    LOW = 1
    HIGH = 3

    @enum_property
    def doubled(self):
        return self.value * 2

    def __format__(self, spec):
        return 'L' + str(self.value)


print(Level.HIGH.doubled, format(Level.LOW), f'{Level.HIGH}', str(Level.LOW), Level.__members__)


class Box(Enum):
    SMALL = [1, 2]
    BIG = [3, 4]


print(Box([1, 2]), Box.BIG.value, Box._unhashable_values_)


class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'


class Sub(Base):
    quiet = 1


print(Sub.quiet.shout(), isinstance(Sub.quiet, Base), Sub.__mro__[1:])


def describe_all(n):
    out = None
    for _ in range(n):
        out = [m.describe() for m in Mood] + [Mood(3).name, str(Mood.HAPPY), Level(3).doubled]
    return out


print(describe_all(200))
Mood.describe = lambda self: self.name.lower()
Mood.__str__ = lambda self: 'S:' + self.name
print(describe_all(2))
del Mood.__str__
print(describe_all(1))
