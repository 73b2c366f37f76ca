# Contexts: attributes and validation, localcontext, setcontext, per-thread contexts.
import decimal
from decimal import *
import threading

print(getcontext())
print(DefaultContext.prec, BasicContext, ExtendedContext)
c = Context(prec=10, rounding=ROUND_UP, Emin=-99, Emax=99, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.traps[Overflow], c.flags)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, c2.divide(2, 3), c.divide(2, 3), c2.to_sci_string(Decimal('1e-10')))
c.clear_flags()
c.clear_traps()
print(c)
for k, v in [('prec', 0), ('prec', 'x'), ('rounding', 'x'), ('rounding', 1), ('Emin', 1), ('Emax', -1),
             ('capitals', 2), ('clamp', 3)]:
    try:
        Context(**{k: v})
    except (ValueError, TypeError) as e:
        print(k, type(e).__name__, repr(str(e)))
    try:
        setattr(getcontext(), k, v)
    except (ValueError, TypeError) as e:
        print('set', k, type(e).__name__)
try:
    getcontext().foo = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)
try:
    localcontext(prec=5, foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    c.traps['x'] = True
except KeyError as e:
    print('KeyError', e)

# context methods accept ints, not floats
ctx = Context(prec=6)
print(ctx.add(1, 2), ctx.subtract(D := Decimal('1.5'), 1), ctx.multiply(3, D), ctx.divide_int(7, 2),
      ctx.remainder(7, 2), ctx.divmod(7, 2), ctx.power(2, 30), ctx.sqrt(2), ctx.abs(-3), ctx.minus(4),
      ctx.plus(Decimal('1.23456789')), ctx.quantize(Decimal('1.2345'), Decimal('0.01')), ctx.compare(1, 2),
      ctx.max(1, 2), ctx.min(1, 2), ctx.is_zero(0), ctx.normalize(Decimal('1.500')), ctx.exp(1), ctx.ln(2),
      ctx.log10(1000), ctx.to_integral_value(Decimal('2.5')), ctx.create_decimal('3.14159265'))
try:
    ctx.add(1.5, 2)
except TypeError as e:
    print('TypeError', e)

# localcontext changes and restores; nested; with kwargs
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7)
    with localcontext(prec=3, rounding=ROUND_DOWN) as inner:
        print(Decimal(2) / 3, inner.prec, getcontext() is inner)
    print(Decimal(2) / 3, getcontext() is lc)
print(Decimal(1) / 7)
with localcontext(ExtendedContext) as e:
    print(Decimal(1) / 0, e.flags[DivisionByZero])
try:
    with localcontext(prec=4):
        raise ValueError(Decimal(1) / 3)
except ValueError as e:
    print('restored after exception', e, getcontext().prec)

old = getcontext()
setcontext(BasicContext)
print(getcontext().prec, getcontext() is BasicContext, Decimal(2) / 3)
setcontext(old)
print(getcontext() is old)

# each thread has its own context, created from DefaultContext
results = {}
def worker(n):
    getcontext().prec = n
    results[n] = (str(Decimal(1) / 7), getcontext().prec)
DefaultContext.prec = 12
ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), getcontext().prec)
def fresh():
    results['fresh'] = getcontext().prec
t = threading.Thread(target=fresh)
t.start()
t.join()
print(results['fresh'])
DefaultContext.prec = 28
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS)

# warm-up: the same division 200 times, then a precision change, then again
def third():
    return Decimal(1) / 3
for i in range(200):
    r = third()
print(r)
getcontext().prec = 6
print(third())
getcontext().rounding = ROUND_UP
print(third(), -third())
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_EVEN
print(third())
print(Context, Decimal, DecimalTuple, type(getcontext().flags).__name__ != '', Context.__module__)
import copy
c = Context(prec=7, rounding=ROUND_FLOOR, traps=[Inexact])
f, args = c.__reduce__()
print(f(*args), copy.copy(c) is not c, copy.copy(c).prec, copy.deepcopy(Decimal('2.5')))
f, args = Decimal('-1.50').__reduce__()
print(f, args, f(*args))
