# enum: verify() with UNIQUE/CONTINUOUS/NAMED_FLAGS, EnumCheck, show_flag_values and global_enum
# (reprs naming the module, members exported to it); checks repeated after warm-up.
import enum
from enum import *
print(sorted(n for n in enum.__all__ if n not in ('pickle_by_global_name', 'pickle_by_enum_name')))
print(list(EnumCheck), repr(UNIQUE), enum.show_flag_values(13))
for src in ["@verify(UNIQUE)\nclass C(Enum):\n A = 1\n B = 1\n C = 2\n D = 2",
            "@verify(CONTINUOUS)\nclass C(Enum):\n A = 1\n B = 4\n C = 7",
            "@verify(CONTINUOUS)\nclass C(Flag):\n A = 1\n B = 8",
            "@verify(NAMED_FLAGS)\nclass C(Flag):\n A = 1\n B = 2\n X = 7",
            "@verify(NAMED_FLAGS)\nclass C(Flag):\n A = 1\n B = 2\n X = 5\n Y = 10",
            "@verify(NAMED_FLAGS)\nclass C(Flag):\n A = 1\n B = 2\n X = 3",
            "@verify(UNIQUE, CONTINUOUS)\nclass C(IntEnum):\n A = 1\n B = 2",
            "verify(UNIQUE)(int)"]:
    try:
        exec(src, vars(enum)); print('ok')
    except Exception as e: print(type(e).__name__, e)
@global_enum
class Dir(Enum):
    NORTH = 1; SOUTH = 2
print(repr(Dir.NORTH), str(Dir.SOUTH), NORTH, format(Dir.NORTH))
@global_enum
class Bits(IntFlag):
    A = 1; B = 2
print(repr(Bits.A), repr(Bits.A | Bits.B), repr(Bits(0)), str(Bits.A|Bits.B), A)
@global_enum
class N(IntEnum):
    ONE = 1
print(repr(N.ONE), str(N.ONE), ONE)


def check_all(n):
    out = None
    for _ in range(n):
        out = []
        for checks in ((UNIQUE,), (CONTINUOUS,), (UNIQUE, CONTINUOUS)):
            try:
                verify(*checks)(Dir)
                out.append('ok')
            except ValueError as e:
                out.append(str(e))
        out.append(repr(Dir.SOUTH))
    return out


print(check_all(200))
Dir.__repr__ = lambda self: 'D' + self.name
print(check_all(2))
