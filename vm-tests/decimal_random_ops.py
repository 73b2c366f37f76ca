# Randomized operations under random contexts (precision, rounding, exponent limits, clamp):
# every result and the flags it raised, against CPython's C decimal.
import random
from decimal import *
random.seed(5)
def rnd():
    k = random.random()
    if k < 0.03: return random.choice(['inf', '-inf', 'nan', '-0', '0', '0e5', '0.000'])
    digits = str(random.randint(0, 10 ** random.randint(0, 12)))
    e = random.randint(-15, 15)
    return ('-' if random.random() < 0.4 else '') + digits + 'e' + str(e)
ops = ['+', '-', '*', '/', '//', '%', 'q', 'cmp', 'max', 'min', 'sqrt', 'pow', 'norm', 'tiv', 'eq', 'lt', 'hash', 'str', 'eng', 'fmt', 'divmod', 'int', 'round', 'fma', 'exp', 'ln', 'log10']
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for i in range(300):
    prec = random.choice([1, 2, 3, 5, 9, 28])
    ctx = Context(prec=prec, rounding=random.choice(modes), Emin=random.choice([-999999, -20]), Emax=random.choice([999999, 20]), clamp=random.choice([0, 0, 1]), traps=[])
    setcontext(ctx)
    a, b = Decimal(rnd()), Decimal(rnd())
    op = random.choice(ops)
    try:
        if op in '+-*///%': r = eval('a %s b' % op)
        elif op == 'q': r = a.quantize(Decimal('1e%d' % random.randint(-5, 5)))
        elif op == 'cmp': r = a.compare(b)
        elif op == 'max': r = a.max(b)
        elif op == 'min': r = a.min(b)
        elif op == 'sqrt': r = a.sqrt()
        elif op == 'pow': r = a ** Decimal(random.choice(['2', '3', '-1', '-2', '0.5', '1.5', '0', '10', '-0.5'])) if random.random() < 0.8 else a ** b
        elif op == 'norm': r = a.normalize()
        elif op == 'tiv': r = a.to_integral_value()
        elif op == 'eq': r = (a == b, a != b)
        elif op == 'lt': r = (a < b, a >= b)
        elif op == 'hash': r = hash(a) if not a.is_nan() else 0
        elif op == 'str': r = str(a)
        elif op == 'eng': r = a.to_eng_string()
        elif op == 'fmt': r = format(a, random.choice(['', '.2f', ',.3f', 'e', '.3e', 'g', '.4g', '%', '.1%', '>20,.2f']))
        elif op == 'divmod': r = divmod(a, b)
        elif op == 'int': r = int(a)
        elif op == 'round': r = round(a, random.randint(-3, 3))
        elif op == 'fma': r = a.fma(b, Decimal(rnd()))
        elif op == 'exp': r = abs(a).scaleb(-random.randint(0,15)).exp() if random.random()<0.5 else a.exp()
        elif op == 'ln': r = a.ln()
        elif op == 'log10': r = a.log10()
    except Exception as e:
        r = type(e).__name__ + str(e)
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, op, a, b, repr(r), flags)
