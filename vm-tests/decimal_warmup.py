# Hot loops over Decimal operations, then changes that must be seen by the same code paths:
# traps toggled, precision/rounding changed, a Decimal subclass, a replaced context.
from decimal import *


def divide(a, b):
    try:
        return a / b
    except DivisionByZero as e:
        return 'DivisionByZero %s' % e.args


def fmt(x):
    return f'{x:,.2f}|{x}|{x!r}'


def cmp(a, b):
    return a < b, a == b, a >= b


one, zero = Decimal(1), Decimal(0)
for i in range(200):
    r = divide(one, Decimal(i + 1))
    f = fmt(Decimal(i) / 7)
    c = cmp(Decimal(i), i)
print(r, f, c)
print(divide(one, zero))
getcontext().traps[DivisionByZero] = False
print(divide(one, zero), divide(-one, zero), getcontext().flags[DivisionByZero])
getcontext().traps[DivisionByZero] = True
print(divide(one, zero))

getcontext().prec = 5
print(divide(one, Decimal(7)), fmt(Decimal(200) / 7))
getcontext().rounding = ROUND_UP
print(divide(one, Decimal(7)), fmt(Decimal(200) / 7))
setcontext(Context(prec=3, capitals=0))
print(divide(one, Decimal(7)), fmt(Decimal('1e-20') / 7), getcontext())
setcontext(DefaultContext)


class Money(Decimal):
    def __add__(self, other):
        return Money(Decimal.__add__(self, other))

    def __repr__(self):
        return 'Money(%s)' % self


for i in range(200):
    m = Money('1.5') + Decimal(i)
print(repr(m), type(m).__name__, isinstance(m, Decimal), Money('2') * 3, type(Money('2') * 3).__name__)
Money.__add__ = lambda self, other: 'patched'
print(Money('1.5') + 1, Decimal('1.5') + 1)

# comparisons with floats: flag only until FloatOperation is trapped
for i in range(200):
    c = cmp(Decimal(i), i + 0.5)
print(c, getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try:
    cmp(Decimal(1), 1.5)
except FloatOperation as e:
    print('FloatOperation', e.args)
print(Decimal(1) == 1.0, Decimal(1) != 1.5)
getcontext().traps[FloatOperation] = False

# invalid operations inside a hot loop: trapped, then untrapped
def sq(x):
    try:
        return x.sqrt()
    except InvalidOperation as e:
        return 'InvalidOperation %s' % e.args
for i in range(200):
    s = sq(Decimal(i))
print(s, sq(Decimal(-4)))
getcontext().traps[InvalidOperation] = False
print(sq(Decimal(-4)), Decimal('abc'), Decimal(0) / 0)
getcontext().traps[InvalidOperation] = True
print(sq(Decimal(-4)))
