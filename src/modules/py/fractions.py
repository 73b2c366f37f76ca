"""Rational numbers: the Fraction type."""
import math
import operator

__all__ = ['Fraction']

_HASH_MOD = 2305843009213693951  # sys.hash_info.modulus
_HASH_INF = 314159


def _parse(s):
    # "[sign] int [/ int]" or "[sign] decimal [exponent]", surrounding whitespace allowed
    orig = s
    s = s.strip()
    bad = ValueError('Invalid literal for Fraction: %r' % orig)
    if not s:
        raise bad
    neg = s[0] == '-'
    if s[0] in '+-':
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digits(num) or not _digits(den):
            raise bad
        n, d = int(num), int(den)
    else:
        mant, exp = s, 0
        for e in 'eE':
            if e in s:
                mant, _, es = s.partition(e)
                t = es[1:] if es[:1] in ('+', '-') else es
                if not _digits(t):
                    raise bad
                exp = int(es)
                break
        ip, dot, fp = mant.partition('.')
        if (ip and not _digits(ip)) or (fp and not _digits(fp)) or not (ip or fp):
            raise bad
        n = int((ip or '0') + fp)
        d = 1
        exp -= len(fp.replace('_', ''))
        if exp >= 0:
            n *= 10 ** exp
        else:
            d = 10 ** -exp
    return (-n if neg else n), d


def _digits(t):
    # digits with single underscores between them, as int() accepts
    return bool(t) and t[0].isdecimal() and t[-1].isdecimal() and '__' not in t and \
        all(c.isdecimal() or c == '_' for c in t)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, (float, _decimal_type())):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator') \
                    and _is_rational(numerator):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not isinstance(dec, _decimal_type()):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @classmethod
    def _raw(cls, n, d):
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction expansion, keeping the last two convergents
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        b1 = Fraction(p0 + k * p1, q0 + k * q1)
        b2 = Fraction(p1, q1)
        if abs(b2 - self) <= abs(b1 - self):
            return b2
        return b1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec == '':
            return str(self)
        raise TypeError('unsupported format string passed to %s.__format__'
                        % type(self).__name__)

    # arithmetic: each operator accepts Fraction/int exactly, float and complex by conversion
    def _binop(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b if isinstance(b, Fraction) else Fraction._raw(int(b), 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return exact(Fraction._raw(int(a), 1), b)
            if isinstance(a, Fraction):
                return exact(a, b)
            if isinstance(a, float):
                return fallback(a, float(b))
            if isinstance(a, complex):
                return fallback(a, complex(b))
            return NotImplemented
        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            # CPython reports the numerator after cancelling common factors
            na = a._numerator
            na = (na > 0) - (na < 0)
            raise ZeroDivisionError('Fraction(%s, 0)' % (
                na * (b._denominator // math.gcd(b._denominator, a._denominator))))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _binop(_add, operator.add, 'add')
    __sub__, __rsub__ = _binop(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _binop(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _binop(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binop(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binop(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binop(_mod, operator.mod, 'mod')
    del _binop, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            b = Fraction(b)
            if b._denominator == 1:
                p = b._numerator
                if p >= 0:
                    return Fraction._raw(a._numerator ** p, a._denominator ** p)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -p))
                if a._numerator > 0:
                    return Fraction._raw(a._denominator ** -p, a._numerator ** -p)
                return Fraction._raw((-a._denominator) ** -p, (-a._numerator) ** -p)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction._raw(a, 1) ** b
        if isinstance(a, Fraction):
            return a ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator or (twice == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _HASH_MOD)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        r = h if self._numerator >= 0 else -h
        return -2 if r == -1 else r

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction) or _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _cmp(op):
        def compare(a, b):
            if isinstance(b, (int, Fraction)) or _is_rational(b):
                return op(a._numerator * b.denominator, a._denominator * b.numerator)
            if isinstance(b, float):
                if math.isnan(b) or math.isinf(b):
                    return op(0.0, b)
                return op(a, a.from_float(b))
            return NotImplemented
        return compare

    __lt__ = _cmp(operator.lt)
    __gt__ = _cmp(operator.gt)
    __le__ = _cmp(operator.le)
    __ge__ = _cmp(operator.ge)
    del _cmp

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    try:
        import sys
        numbers = sys.modules.get('numbers')
        return numbers is not None and isinstance(x, numbers.Rational)
    except Exception:
        return False


def _decimal_type():
    import sys
    dec = sys.modules.get('decimal')
    return dec.Decimal if dec is not None else ()


# CPython's Fraction derives from numbers.Rational; registering gives the same isinstance answers.
try:
    import numbers as _numbers
except ImportError:
    pass
else:
    _numbers.Rational.register(Fraction)
