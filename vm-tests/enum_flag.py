# enum: Flag and IntFlag: auto values, combinations, inversion, iteration, containment,
# boundaries (STRICT, CONFORM, EJECT, KEEP), reprs and strs; operations repeated after warm-up.
from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], repr(Color.WHITE), Color.WHITE.value)
purple = Color.RED | Color.BLUE
print(repr(purple), str(purple), purple.name, purple.value, list(purple), len(purple))
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color(0)), str(Color(0)), bool(Color(0)))
print(repr(Color.RED & Color.WHITE), repr(Color.RED ^ Color.WHITE), repr(Color(7)), Color(7) is Color.WHITE)
print(Color.RED in purple, Color.GREEN in purple, purple in Color.WHITE, Color(0) in purple)
print(repr(Color), format(Color.RED), f'{purple}', Color.RED | Color.RED is Color.RED)
print(Color._boundary_, FlagBoundary.KEEP, repr(KEEP), list(FlagBoundary))
for bad in (16, 9, -100, 'x'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in Color.RED
except TypeError as e:
    print('TypeError', e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), repr(Perm.RWX), repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R), Perm.R | 1)
print(repr(Perm(6)), list(Perm(6)), repr(~Perm.R), repr(~Perm.RWX), repr(Perm(0)), repr(~Perm(0)))
print(repr(Perm(12)), repr(Perm(-1)), repr(Perm.R ^ Perm.W), Perm.R & 4, Perm.R + 1, Perm.R == 4)
print(isinstance(Perm.R | 8, Perm), repr(Perm.R | 8), repr(8 | Perm.R), Perm.W in Perm(6))


class Weird(IntFlag):
    A = 1
    B = 4


print(repr(Weird(3)), repr(Weird(7)), repr(~Weird.A))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(IntFlag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(5)
except ValueError as e:
    print('ValueError', e)
print(repr(Conform(7)), repr(~Conform.A), repr(Eject(5)), type(Eject(5)).__name__, repr(Eject(3)))
print(repr(Keep(5)), repr(Keep(4)), list(Keep(7)), repr(~Keep.A))


class Unordered(Flag):
    B = 2
    A = 1
    C = 4


print(list(Unordered), repr(Unordered(3)), list(Unordered(7)))


class Empty(Flag):
    pass


class Bits(Empty):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print(list(Bits), repr(Bits(5)))
try:
    class BadAuto(Flag):
        A = 'x'
        B = auto()
except TypeError as e:
    print('TypeError', e)


def combine(n):
    acc = []
    for i in range(n):
        acc = [Color.RED | Color.GREEN, Perm.R | Perm.X, ~Perm.W, Color(5), Perm(3) & Perm.W,
               Color.BLUE in Color.WHITE, len(Perm.RWX)]
    return acc


print(combine(200))
Perm._boundary_ = STRICT
try:
    Perm(64)
except ValueError as e:
    print('ValueError', e)
print(combine(2))
