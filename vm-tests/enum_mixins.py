# enum: copying members, match statements on members, tuple/str/int mixins, a custom
# __repr__, class docstrings, aliases and big values; matching repeated after warm-up.
import copy
from enum import Enum, IntEnum, Flag, auto, StrEnum
class Color(Enum):
    RED = 1; GREEN = 2
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
def m(c):
    match c:
        case Color.RED: return 'red'
        case Color.GREEN: return 'green'
print(m(Color.RED), m(Color.GREEN), m(1))
print(Color.RED.__reduce_ex__(4))
class T(tuple, Enum):
    A = (1, 2)
print(repr(T.A), T((1,2)), T.A[0])
class S(str, Enum):
    X = 'x'
print(repr(S.X), str(S.X), format(S.X), S.X == 'x', f'{S.X}')
print(sorted(Color, key=lambda c: -c.value))
class Color2(Enum):
    RED = 1
    def __repr__(self): return 'R'
print(repr(Color2.RED), str(Color2.RED))
print(Color.__doc__, Color.RED.__doc__ if False else '', IntEnum.__doc__)
print(Enum.__call__.__doc__ if False else '', Color.__class__.__name__, Color.__bases__)
e = Enum('e', 'a b c')
print([m.value for m in e], e.a < e.b if False else '')
class F(Flag):
    A = auto(); B = auto()
print(hash(F.A | F.B) == hash(F(3)), F(3) is (F.A | F.B), list(F.__members__), F.A.name, (F.A|F.B).name)
class Dup(Enum):
    A = 1
    B = 1
print(Dup.B, Dup._member_names_, Dup(1))
print(isinstance(Color.RED, Enum), issubclass(IntEnum, int), Color.RED.__class__.__mro__)
class Big(IntEnum):
    X = 2**70
print(repr(Big.X), Big.X.bit_length())
print(str(F(0)), repr(F(0)), list(F(0)), F(0).name)
print(vars(Color.RED) if False else sorted(k for k in Color.RED.__dict__))


def classify(values, n):
    out = None
    for _ in range(n):
        out = [m(v) for v in values]
    return out


print(classify([Color.RED, Color.GREEN, 2], 200))
Color.__eq__ = lambda self, other: True
print(classify([Color.RED, Color.GREEN, 2], 2))
del Color.__eq__
print(classify([Color.RED, Color.GREEN, 2], 1))
