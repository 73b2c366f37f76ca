"""timedelta and the helpers the datetime types share (part of the datetime module)."""
# Split from datetime.py to keep files short; its names are re-exported there.

_BOUND = "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)"


def _tname(o):
    # CPython's tp_name: "datetime.date" for the module's own types, "Sub" for a subclass.
    c = type(o)
    return "datetime." + c.__name__ if c.__module__ == "datetime" else c.__name__


def _field(owner, name):
    # A read-only attribute backed by the slot `_name`, with CPython's message on assignment.
    slot = "_" + name

    def fset(self, value):
        raise AttributeError("attribute '%s' of 'datetime.%s' objects is not writable"
                             % (name, owner))
    return property(lambda self: getattr(self, slot), fset)


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _rich(c, op):
    return (c < 0, c <= 0, c == 0, c != 0, c > 0, c >= 0)[op]


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tname(a), _tname(b)))



def _comparisons(cls):
    # The six rich comparisons of a class, from its _cmp_op(other, op) (op: <, <=, ==, !=,
    # >, >=).
    for op, name in enumerate(("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__")):
        setattr(cls, name, lambda self, other, op=op: self._cmp_op(other, op))


_US = (("days", 86400000000), ("seconds", 1000000), ("microseconds", 1),
       ("milliseconds", 1000), ("minutes", 60000000), ("hours", 3600000000),
       ("weeks", 604800000000))


def _td(us):
    # A timedelta of `us` microseconds (always the base class).
    self = object.__new__(timedelta)
    d, us = divmod(us, 86400000000)
    if not -999999999 <= d <= 999999999:
        if not -2**31 <= d < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self._days = d
    self._seconds, self._microseconds = divmod(us, 1000000)
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values."""
    __slots__ = "_days", "_seconds", "_microseconds", "_hashcode"

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total = 0
        left = 0.0
        for (name, unit), v in zip(_US, (days, seconds, microseconds, milliseconds, minutes,
                                          hours, weeks)):
            if isinstance(v, int):
                total += v * unit
            elif isinstance(v, float):
                whole = int(v)
                frac = (v - whole) * unit
                part = int(frac)
                total += whole * unit + part
                left += frac - part
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if left:
            r = round(left)
            if abs(r - left) == 0.5:
                odd = total & 1
                r = 2 * round((left + odd) * 0.5) - odd
            total += int(r)
        td = _td(total)
        if cls is timedelta:
            return td
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = td._days, td._seconds, td._microseconds
        self._hashcode = -1
        return self

    days = _field("timedelta", "days")
    seconds = _field("timedelta", "seconds")
    microseconds = _field("timedelta", "microseconds")

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tname(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return _td(self._us())

    def __abs__(self):
        return _td(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_divround(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td(_divround(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_divround(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        return NotImplemented

    def _cmp_op(self, other, op):
        if isinstance(other, timedelta):
            return _rich(_cmp(self._us(), other._us()), op)
        return NotImplemented


    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _divround(a, b):
    # a / b rounded half to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_comparisons(timedelta)
timedelta.__module__ = "datetime"
timedelta.__name__ = "datetime.timedelta"
