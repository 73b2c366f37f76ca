"""Correctly rounded exp, ln, log10 and non-integral powers of Decimals.

Each is computed in fixed point (an int scaled by 10**w) with a known error bound; the
working precision w doubles until both ends of the error interval round to the same
prec-digit result (Ziv's strategy), so the final rounding is correct.
"""
import math
from decimal import (_new, _ndigits, _shift_round, InvalidOperation, Inexact, Rounded,
                     ROUND_HALF_EVEN)


def _ln_fixed(m, w):
    """ln(m / 10**w) * 10**w for 1 <= m/10**w <= 10, error below 100 units."""
    g = w + 12
    one = 10 ** g
    x = m * 10 ** 12
    halvings = 0
    while abs(x - one) > one >> 20:  # square roots bring x near 1: ln x = 2**k ln x**(1/2**k)
        x = math.isqrt(x * one)
        halvings += 1
    t = (x - one) * one // (x + one)  # ln x = 2 atanh((x-1)/(x+1))
    t2 = t * t // one
    total, term, k = t, t, 1
    while term:
        term = term * t2 // one
        k += 2
        total += term // k
    return (total << (halvings + 1)) // 10 ** 12


def _ln10(w):
    return _ln_fixed(10 ** (w + 1), w)


def _exp_fixed(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r/10**w < 2.31, relative error below 10**-(w-2)."""
    g = w + 12
    one = 10 ** g
    y = (r * 10 ** 12) >> 12  # exp(y) = exp(y / 4096) ** 4096
    total, term, k = one, one, 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(12):
        total = total * total // one
    return total // 10 ** 12


def _ziv(ctx, approx, start, rounding=ROUND_HALF_EVEN):
    """Round the value that approx(w) = (sign, R, e, err) brackets (|v - R*10**e| <= err*10**e).
    exp, ln and log10 always round half-even, as libmpdec does."""
    w = start
    for _ in range(8):
        sign, r, e, err = approx(w)
        lo, hi = r - err, r + err
        shift = _ndigits(hi) - ctx.prec
        if shift > 0 and lo > 0 and _shift_round(sign, lo, shift, rounding)[0] == \
                _shift_round(sign, hi, shift, rounding)[0]:
            break
        w *= 2
    return ctx._finish(sign, r * 10 + 1, e - 1, rounding)


def _ln_parts(x, w):
    """(ln x * 10**w, error units) for finite positive x."""
    c, e = x._int, x._exp
    n = _ndigits(c)
    k = e + n - 1
    m = c * 10 ** w // 10 ** (n - 1)
    return _ln_fixed(m, w) + k * _ln10(w), 100 * (abs(k) + 2)


def _exp_of_fixed(v, err, w, ctx, rounding=ROUND_HALF_EVEN):
    """Bracket for exp(v / 10**w) (v has `err` units of error), or a signalled result."""
    if abs(v) > 10 ** (w + 8):  # far outside every exponent range
        big = v > 0
        return ctx._finish(0, 1, ctx.Emax + 10 if big else ctx.Etiny() - 10, rounding)
    ln10 = _ln10(w + 10)
    vv = v * 10 ** 10
    q = vv // ln10
    e = _exp_fixed(vv - q * ln10, w + 10)
    return 0, e, q - w - 10, (err + abs(q) + 10) * 10 ** 12


def exp(x, ctx):
    r = x._nan_result(None, ctx)
    if r is not None:
        return r
    if x._exp == 'F':
        return _new(0, 0, 0) if x._sign else x
    if not x._int:
        return _new(0, 1, 0)
    p = ctx.prec
    if x.adjusted() < -(p + 3):  # 1 +- tiny: only the sticky direction matters
        return ctx._finish(0, 10 ** (p + 3) + (-1 if x._sign else 1), -(p + 3), ROUND_HALF_EVEN)
    if x.adjusted() > 9:
        return ctx._finish(0, 1, ctx.Emax + 10 if not x._sign else ctx.Etiny() - 10,
                           ROUND_HALF_EVEN)

    def approx(w):
        v = x._int * 10 ** (x._exp + w) if x._exp + w >= 0 else x._int // 10 ** -(x._exp + w)
        return _exp_of_fixed(-v if x._sign else v, 1, w, ctx)
    return _ziv_or_result(ctx, approx, p + 12 + max(x.adjusted(), 0))


def _ziv_or_result(ctx, approx, start, rounding=ROUND_HALF_EVEN):
    first = approx(start)
    if not isinstance(first, tuple):
        return first
    return _ziv(ctx, approx, start, rounding)


def _log_checks(x, ctx):
    r = x._nan_result(None, ctx)
    if r is not None:
        return r
    if x._sign and (x._int or x._exp == 'F'):
        return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
    if x._exp == 'F':
        return x
    if not x._int:
        return _new(1, 0, 'F')
    if x._int == 1 and x._exp == 0:
        return _new(0, 0, 0)
    return None


def ln(x, ctx):
    r = _log_checks(x, ctx)
    if r is not None:
        return r

    def approx(w):
        v, err = _ln_parts(x, w)
        return int(v < 0), abs(v), -w, err
    return _ziv(ctx, approx, ctx.prec + 12 + len(str(abs(x.adjusted()))))


def log10(x, ctx):
    r = _log_checks(x, ctx)
    if r is not None:
        return r
    if str(x._int).rstrip('0') == '1':
        k = x.adjusted()
        return ctx._finish(int(k < 0), abs(k), 0)

    def approx(w):
        v, err = _ln_parts(x, w + 5)
        q = v * 10 ** w // _ln10(w + 5)
        return int(q < 0), abs(q), -w, err + 10
    return _ziv(ctx, approx, ctx.prec + 12 + len(str(abs(x.adjusted()))))


def power_general(x, y, ctx, sign=0):
    """x ** y for finite positive x and finite y, through exp(y ln x)."""
    if x._int == 1 and x._exp == 0:
        return ctx._signal([Inexact, Rounded], _new(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec))

    def approx(w):
        lnx, err = _ln_parts(x, w)
        scale = 10 ** -y._exp if y._exp < 0 else 1
        up = 10 ** y._exp if y._exp > 0 else 1
        v = lnx * y._int * up // scale
        v = -v if y._sign else v
        res = _exp_of_fixed(v, (err + 1) * y._int * up // scale + 2, w, ctx, ctx.rounding)
        if not isinstance(res, tuple):
            return res
        return (sign,) + res[1:]
    start = ctx.prec + 12 + max(y.adjusted() + len(str(abs(x.adjusted()))), 0)
    return _ziv_or_result(ctx, approx, start, ctx.rounding)
