"""Decimal floating-point arithmetic (the General Decimal Arithmetic spec) over Python ints.

A Decimal is (sign, coefficient, exponent) with `_exp` one of 'n' (NaN), 'N' (sNaN) or
'F' (Infinity) for special values.  Every operation computes an exact (or sticky-digit)
result and then `_fix` rounds it to the context, collecting the signals it raised; the
context records them as flags and raises the first trapped one the way CPython's C
`_decimal` does (`[<class 'decimal.X'>, ...]`).
"""
import _thread

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_HASH_MOD = 2305843009213693951
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Signals in C `_decimal`'s order (flags, traps, which trapped one is raised) and the
# conditions listed before them in an exception's argument.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_REPORT_ORDER = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                 InvalidContext) + _SIGNALS[1:]


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self


def _signal_of(cond):
    return InvalidOperation if issubclass(cond, InvalidOperation) else cond


def _ndigits(c):
    return len(str(c)) if c else 1


def _shift_round(sign, c, n, rounding):
    """Drop n > 0 low digits of c under `rounding`; return (quotient, inexact)."""
    if n > 2 and n > _ndigits(c) + 1:  # every digit goes: a sticky digit rounds the same
        c, n = (1 if c else 0), 2
    p = 10 ** n
    q, r = divmod(c, p)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = 2 * r - p
        up = h > 0 or (h == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= p
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > p
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 5 == 0
    return q + up, True


def _new(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    return d


def _parse(s):
    """String -> (sign, coefficient, exponent) or None when malformed."""
    t = s.strip()
    t = t.replace('_', '')  # C _decimal drops every underscore
    sign = 0
    if t[:1] in ('+', '-'):
        sign = int(t[0] == '-')
        t = t[1:]
    low = t.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('nan', 'n'), ('snan', 'N')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return sign, int(payload or 0), kind
    mant, e, ex = low.partition('e')
    if e:
        body = ex[1:] if ex[:1] in ('+', '-') else ex
        if not body.isdecimal():
            return None
    whole, _, frac = mant.partition('.')
    digits = whole + frac
    if not digits.isdecimal():
        return None
    return sign, int(digits), (int(ex) if e else 0) - len(frac)


def _from_float(f):
    if f != f:
        return _new(int(str(f)[0] == '-'), 0, 'n')
    neg = str(f)[0] == '-'
    if f in (float('inf'), float('-inf')):
        return _new(int(neg), 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(int(neg), n * 5 ** k, -k)


def _convert(other, ctx=None, float_ok=False):
    """Exact Decimal for an int (or float when allowed), else None."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(int(other < 0), abs(other), 0)
    if float_ok and isinstance(other, float):
        (ctx or getcontext())._float_op(float_ok == 'raise')
        return _from_float(other)
    return None


def _bad_operand(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _tname(a), _tname(b)))


def _tname(x):
    return 'decimal.Decimal' if isinstance(x, Decimal) else type(x).__name__


class Decimal:
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""
    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                return (context or getcontext())._signal([ConversionSyntax], _new(0, 0, 'n'),
                                                         cls)
            d = _new(*p)
        elif isinstance(value, Decimal):
            d = _new(value._sign, value._int, value._exp)
        elif isinstance(value, int):
            d = _new(int(value < 0), abs(value), 0)
        elif isinstance(value, float):
            (context or getcontext())._float_op(True)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            from _decimal_ops import from_tuple
            d = from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is not Decimal:
            sub = object.__new__(cls)
            sub._sign, sub._int, sub._exp = d._sign, d._int, d._exp
            return sub
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = _from_float(f)
        return d if cls is Decimal else cls(d)

    # --- classification -------------------------------------------------
    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_signed(self):
        return bool(self._sign)

    def is_zero(self):
        return not self._int and not isinstance(self._exp, str)

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if isinstance(self._exp, str) or not self._int:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if isinstance(self._exp, str) or not self._int:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def adjusted(self):
        if isinstance(self._exp, str):
            return 0
        return self._exp + _ndigits(self._int) - 1

    def radix(self):
        return Decimal(10)

    def as_tuple(self):
        digits = () if self.is_nan() and not self._int else (0,) if self._exp == 'F' else \
            tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer ratio')
        n, e = self._int, self._exp
        if e >= 0:
            return (-1) ** self._sign * n * 10 ** e, 1
        d = 10 ** -e
        g = _gcd(n, d)
        return (-1) ** self._sign * (n // g), d // g

    # --- conversion to str / numbers ------------------------------------
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        e = self._exp
        if e == 'F':
            return sign + 'Infinity'
        if isinstance(e, str):
            return sign + ('NaN' if e == 'n' else 'sNaN') + (str(self._int) if self._int else '')
        ds = str(self._int)
        left = e + len(ds)
        if e <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif not self._int:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + ds
        elif dot >= len(ds):
            body = ds + '0' * (dot - len(ds))
        else:
            body = ds[:dot] + '.' + ds[dot:]
        if left != dot:
            caps = (context or getcontext()).capitals
            body += ('E' if caps else 'e') + '%+d' % (left - dot)
        return sign + body

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec, _localeconv=None):
        import _decimal_format
        return _decimal_format.format_decimal(self, spec, getcontext())

    def __bool__(self):
        return bool(self._int) or isinstance(self._exp, str)

    def _int_value(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    def __int__(self):
        return self._int_value()

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def _to_int(self, rounding):
        self._int_value()  # raises for NaN / Infinity
        return int(self._rescale(0, rounding)[0])

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        e = self._exp
        h = self._int * (pow(10, e, _HASH_MOD) if e >= 0 else pow(_HASH_10INV, -e, _HASH_MOD))
        h %= _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- rounding helpers ----------------------------------------------
    def _rescale(self, exp, rounding):
        """(Decimal with exponent `exp`, inexact) for a finite self, never signalling."""
        if self._exp >= exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        c, inexact = _shift_round(self._sign, self._int, exp - self._exp, rounding)
        return _new(self._sign, c, exp), inexact

    def _nan_result(self, other, ctx):
        """NaN propagation for an operation on self and other; None when neither is a NaN."""
        for x in (self, other):
            if x is not None and x._exp == 'N':
                return ctx._signal([InvalidOperation], _new(x._sign, x._int, 'n'))
        for x in (self, other):
            if x is not None and x._exp == 'n':
                return x
        return None

    # --- arithmetic -----------------------------------------------------
    def _add(self, other, ctx):
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        if self._exp == 'F' or other._exp == 'F':
            if self._exp == other._exp and self._sign != other._sign:
                return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
            return self if self._exp == 'F' else other
        a, b = self, other
        if a._int and b._int:
            a, b = _spread(a, b, ctx.prec)
        e = min(a._exp, b._exp)
        va = (-1) ** a._sign * a._int * 10 ** (a._exp - e)
        vb = (-1) ** b._sign * b._int * 10 ** (b._exp - e)
        v = va + vb
        if v:
            sign = int(v < 0)
        elif a._sign == b._sign:
            sign = a._sign
        else:
            sign = int(ctx.rounding == ROUND_FLOOR)
        return ctx._finish(sign, abs(v), e)

    def _mul(self, other, ctx):
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._exp == 'F' or other._exp == 'F':
            if not self or not other:
                return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
            return _new(sign, 0, 'F')
        return ctx._finish(sign, self._int * other._int, self._exp + other._exp)

    def _div_specials(self, other, ctx, inf_result):
        """Shared special cases of / // % ; None when both operands are finite, nonzero divisor."""
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
            return inf_result(sign)
        if other._exp == 'F':
            return 'tiny'
        if not other._int:
            if not self._int:
                return ctx._signal([DivisionUndefined], _new(0, 0, 'n'))
            return 'zero'
        return None

    def _truediv(self, other, ctx):
        sign = self._sign ^ other._sign
        r = self._div_specials(other, ctx, lambda s: _new(s, 0, 'F'))
        if r == 'tiny':
            return ctx._signal([Clamped], _new(sign, 0, ctx.Etiny()))
        if r == 'zero':
            return ctx._signal([DivisionByZero], _new(sign, 0, 'F'))
        if r is not None:
            return r
        ideal = self._exp - other._exp
        if not self._int:
            return ctx._finish(sign, 0, ideal)
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            q, rem = divmod(self._int, other._int * 10 ** -shift)
        e = ideal - shift
        if rem:
            q, e = q * 10 + 1, e - 1
        else:
            while e < ideal and q % 10 == 0:
                q, e = q // 10, e + 1
        return ctx._finish(sign, q, e)

    def _divint_parts(self, other, ctx):
        """(quotient int, remainder Decimal) of finite operands, or a NaN Decimal."""
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            return ctx._signal([DivisionImpossible], _new(0, 0, 'n'))
        return q, (r, e)

    def _floordiv(self, other, ctx):
        sign = self._sign ^ other._sign
        r = self._div_specials(other, ctx, lambda s: _new(s, 0, 'F'))
        if r == 'tiny':
            return ctx._finish(sign, 0, 0)
        if r == 'zero':
            return ctx._signal([DivisionByZero], _new(sign, 0, 'F'))
        if r is not None:
            return r
        p = self._divint_parts(other, ctx)
        if isinstance(p, Decimal):
            return p
        return ctx._finish(sign, p[0], 0)

    def _mod(self, other, ctx):
        r = self._div_specials(other, ctx, lambda s: ctx._signal([InvalidOperation],
                                                                 _new(0, 0, 'n')))
        if r == 'tiny':
            return ctx._finish(self._sign, self._int, self._exp)
        if r == 'zero':
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        if r is not None:
            return r
        p = self._divint_parts(other, ctx)
        if isinstance(p, Decimal):
            return p
        rem, e = p[1]
        return ctx._finish(self._sign, rem, e)

    def _divmod(self, other, ctx):
        return self._floordiv(other, ctx), self._mod(other, ctx)

    def _pow(self, other, ctx, modulo=None):
        if modulo is not None:
            return _pow_mod(self, other, modulo, ctx)
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        integral = other._exp != 'F' and other._int_integral()
        if not self._int and self._exp != 'F':
            if not other._int and other._exp != 'F':
                return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
            sign = self._sign if integral and other._int_value() & 1 else 0
            return _new(sign, 0, 'F' if other._sign else 0)
        if self._sign and not integral:
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        if self._exp == 'F' or other._exp == 'F':
            return _pow_infinite(self, other, integral, ctx)
        if not integral:
            return _pow_general(self, other, ctx)
        n = other._int_value()
        sign = self._sign & n
        if self._int == 1 and self._exp == 0:
            return _new(sign, 1, 0)
        if _ndigits(self._int) * abs(n) > 3000:  # too big to build exactly
            from _decimal_math import power_general
            return power_general(self.copy_abs(), other, ctx, sign)
        c, e = self._int ** abs(n), self._exp * abs(n)
        if n >= 0:
            return ctx._finish(sign, c, e)
        return _new(0, 1, 0)._truediv(_new(sign, c, e), ctx)

    def _int_integral(self):
        return self._exp >= 0 or self._int % 10 ** -self._exp == 0

    def _cmp(self, other):
        """-1/0/1 for non-NaN operands."""
        if self._exp == 'F' or other._exp == 'F':
            a = 0 if self._exp != 'F' else (-1 if self._sign else 1)
            b = 0 if other._exp != 'F' else (-1 if other._sign else 1)
            if a != b or a:
                return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        sa = -1 if self._sign else 1
        sb = -1 if other._sign else 1
        if not self._int:
            return -sb
        if not other._int:
            return sa
        if sa != sb:
            return sa
        aa, ab = self.adjusted(), other.adjusted()
        if aa != ab:
            return sa if aa > ab else -sa
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        return 0 if x == y else (sa if x > y else -sa)

    def _compare_with(self, other, op):
        if isinstance(other, Decimal) or isinstance(other, int):
            o = _convert(other)
        elif isinstance(other, float):
            o = _convert(other, float_ok='raise' if op in '<>' else True)
        elif hasattr(other, 'numerator') and hasattr(other, 'denominator') and \
                type(other).__name__ == 'Fraction':
            return self._compare_ratio(other, op)
        else:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            if op in '<>' or self._exp == 'N' or o._exp == 'N':
                getcontext()._signal([InvalidOperation], None)
            return op == '!'
        return self._cmp(o)

    def _compare_ratio(self, fr, op):
        if self.is_nan():
            if op in '<>' or self._exp == 'N':
                getcontext()._signal([InvalidOperation], None)
            return op == '!'
        if self._exp == 'F':
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a, b = n * fr.denominator, fr.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare_with(other, '=')
        return c if c is NotImplemented or isinstance(c, bool) else c == 0

    def __ne__(self, other):
        c = self._compare_with(other, '!')
        return c if c is NotImplemented or isinstance(c, bool) else c != 0

    def __lt__(self, other):
        c = self._compare_with(other, '<')
        return c if c is NotImplemented or isinstance(c, bool) else c < 0

    def __le__(self, other):
        c = self._compare_with(other, '<')
        return c if c is NotImplemented or isinstance(c, bool) else c <= 0

    def __gt__(self, other):
        c = self._compare_with(other, '>')
        return c if c is NotImplemented or isinstance(c, bool) else c > 0

    def __ge__(self, other):
        c = self._compare_with(other, '>')
        return c if c is NotImplemented or isinstance(c, bool) else c >= 0

    # --- unary ----------------------------------------------------------
    def _plus(self, ctx, sign=None):
        r = self._nan_result(None, ctx)
        if r is not None:
            return r
        s = self._sign if sign is None else sign
        if self._exp == 'F':
            return _new(s, 0, 'F')
        if not self._int and ctx.rounding != ROUND_FLOOR:
            s = 0
        return ctx._finish(s, self._int, self._exp)

    def _sub(self, other, ctx):
        return self._add(other.copy_negate() if not other.is_nan() else other, ctx)

    def _abs(self, ctx):
        return self._plus(ctx, 0)

    def _minus(self, ctx):
        return self._plus(ctx, 1 - self._sign)

    def exp(self, context=None):
        from _decimal_math import exp
        return exp(self, context or getcontext())

    def ln(self, context=None):
        from _decimal_math import ln
        return ln(self, context or getcontext())

    def log10(self, context=None):
        from _decimal_math import log10
        return log10(self, context or getcontext())

    def __pos__(self):
        return self._plus(getcontext())

    def __neg__(self):
        return self._plus(getcontext(), 1 - self._sign)

    def __abs__(self):
        return self._plus(getcontext(), 0)

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _as_operand(other, context)
        return _new(other._sign, self._int, self._exp)

    # --- methods taking a context ----------------------------------------
    def compare(self, other, context=None):
        ctx = context or getcontext()
        other = _as_operand(other, ctx)
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        return Decimal(self._cmp(other))

    def _minmax(self, other, ctx, want, key=None):
        other = _as_operand(other, ctx)
        if self.is_nan() or other.is_nan():
            if self._exp == 'N' or other._exp == 'N' or not (self.is_nan() and other.is_nan()):
                if self._exp == 'N' or other._exp == 'N':
                    return self._nan_result(other, ctx)
                return (other if self.is_nan() else self)._plus(ctx)
            return self
        a, b = (self.copy_abs(), other.copy_abs()) if key else (self, other)
        c = a._cmp(b)
        if c == 0:
            c = self._tiebreak(other)
        r = self if c == want else other
        return ctx._finish(r._sign, r._int, r._exp) if r._exp != 'F' else r

    def _tiebreak(self, other):
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            return 0
        c = 1 if self._exp > other._exp else -1
        return -c if self._sign else c

    def max(self, other, context=None):
        return self._minmax(other, context or getcontext(), 1)

    def min(self, other, context=None):
        return self._minmax(other, context or getcontext(), -1)

    def max_mag(self, other, context=None):
        return self._minmax(other, context or getcontext(), 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context or getcontext(), -1, True)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _as_operand(exp, ctx)
        r = self._nan_result(exp, ctx)
        if r is not None:
            return r
        if self._exp == 'F' or exp._exp == 'F':
            if self._exp == exp._exp:
                return self
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        e = exp._exp
        if not ctx.Etiny() <= e <= ctx.Emax:
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        res, inexact = self._rescale(e, rounding or ctx.rounding)
        if _ndigits(res._int) > ctx.prec or (res._int and res.adjusted() > ctx.Emax):
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        conds = []
        if res._int and res.adjusted() < ctx.Emin:
            conds.append(Subnormal)
        if e > self._exp and self._int:
            conds += [Inexact, Rounded] if inexact else [Rounded]
        if ctx.clamp and e > ctx.Etop():
            res = _new(res._sign, res._int * 10 ** (e - ctx.Etop()), ctx.Etop())
            conds.append(Clamped)
        return ctx._signal(conds, res)

    def same_quantum(self, other, context=None):
        other = _as_operand(other, context)
        if isinstance(self._exp, str) or isinstance(other._exp, str):
            return self.is_nan() and other.is_nan() or self._exp == other._exp == 'F'
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        r = self._nan_result(None, ctx)
        if r is not None:
            return r
        if self._exp == 'F' or self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        res = self.to_integral_value(rounding, ctx)
        if res is self or res.is_nan():
            return res
        inexact = res._int * 10 ** -self._exp != self._int
        return ctx._signal([Inexact, Rounded] if inexact else [Rounded], res)

    def normalize(self, context=None):
        ctx = context or getcontext()
        r = self._plus(ctx) if isinstance(self._exp, str) else \
            ctx._finish(self._sign, self._int, self._exp)
        if isinstance(r._exp, str):
            return r
        if not r._int:
            return _new(r._sign, 0, 0)
        c, e = r._int, r._exp
        top = ctx.Etop() if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c, e = c // 10, e + 1
        return _new(r._sign, c, e)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        r = self._nan_result(None, ctx)
        if r is not None:
            return r
        if not self._int and self._exp != 'F':
            return _new(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        if self._exp == 'F':
            return self
        c, e = self._int, self._exp
        if e & 1:
            c, e = c * 10, e - 1
        shift = ctx.prec + 1 - (_ndigits(c) + 1) // 2
        if shift > 0:
            c, e = c * 100 ** shift, e - 2 * shift
        root = _isqrt(c)
        e //= 2
        if root * root != c:
            root, e = root * 10 + 1, e - 1
        else:
            while e < self._exp // 2 and root % 10 == 0:
                root, e = root // 10, e + 1
        return ctx._finish(0, root, e, ROUND_HALF_EVEN)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        other, third = _as_operand(other, ctx), _as_operand(third, ctx)
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation])
        return self._mul(other, exact)._add(third, ctx)

    def number_class(self, context=None):
        if self.is_nan():
            return 'sNaN' if self._exp == 'N' else 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        return s + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _as_operand(other, ctx)
        r = self._nan_result(other, ctx)
        if r is not None:
            return r
        if other._exp != 0 or other._exp == 'F':
            return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
        if self._exp == 'F':
            return self
        return ctx._finish(self._sign, self._int, self._exp + other._int_value())


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _isqrt(n):
    import math
    return math.isqrt(n)


def _spread(a, b, prec):
    """Replace the far smaller of two nonzero operands by a sticky digit (keeps rounding)."""
    if a.adjusted() < b.adjusted():
        b, a = _spread(b, a, prec)
        return a, b
    limit = min(a._exp, a.adjusted() - prec) - 2
    if b.adjusted() < limit:
        b = _new(b._sign, 1, limit)
    return a, b


def _as_operand(x, ctx):
    d = _convert(x, ctx)
    if d is None:
        raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)
    return d


def _binary(sym, method, reflected):
    def op(self, other):
        o = _convert(other)
        if o is None:
            if isinstance(other, float) or not reflected and \
                    not hasattr(type(other), op.__name__.replace('__', '__r', 1)):
                a, b = (other, self) if reflected else (self, other)
                raise _bad_operand(sym, a, b)
            return NotImplemented
        a, b = (o, self) if reflected else (self, o)
        return getattr(a, method)(b, getcontext())
    return op


for _sym, _name, _method in (('+', 'add', '_add'), ('-', 'sub', '_sub'), ('*', 'mul', '_mul'),
                             ('/', 'truediv', '_truediv'), ('//', 'floordiv', '_floordiv'),
                             ('%', 'mod', '_mod'), ('divmod()', 'divmod', '_divmod'),
                             ('** or pow()', 'pow', '_pow')):
    for _refl in (False, True):
        _f = _binary(_sym, _method, _refl)
        _f.__name__ = '__%s%s__' % ('r' if _refl else '', _name)
        setattr(Decimal, _f.__name__, _f)


def _pow3(self, other, modulo=None):
    if modulo is None:
        return _pow2(self, other)
    ctx = getcontext()
    return self._pow(_as_operand(other, ctx), ctx, _as_operand(modulo, ctx))


Decimal.__pow__ = _pow3
_pow2 = _binary('** or pow()', '_pow', False)
_pow2.__name__ = '__pow__'

from _decimal_ops import (Context, _pow_infinite, _pow_general, _pow_mod, getcontext,
                          setcontext, localcontext, DefaultContext, BasicContext,
                          ExtendedContext)
