"""Fast implementation of the datetime type."""
# pyvm's own implementation of CPython 3.11's datetime: proleptic Gregorian ordinals
# (1 = 0001-01-01) do the calendar work; the OS clock and local zone come from `time`.

import sys
import time as _time
from operator import index as _index

from _datetime_delta import (_BOUND, _cmp, _cmperror, _comparisons, _field, _rich, _td,
                             _tname, timedelta)

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
               "Oct", "Nov", "Dec")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else _DIM[m]


def _ymd2ord(y, m, d):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DBM[m] + (m > 2 and _leap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = (n + 50) >> 5
    before = _DBM[m] + (m > 2 and _leap(y))
    if before > n:
        m -= 1
        before -= _dim(y, m)
    return y, m, n - before + 1


def _check_date(y, m, d):
    if not (type(y) is int and type(m) is int and type(d) is int):
        y, m, d = _index(y), _index(m), _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _dim(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, tz, fold):
    if not (type(h) is int and type(mi) is int and type(s) is int and type(us) is int):
        h, mi, s, us = _index(h), _index(mi), _index(s), _index(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    _check_tzinfo(tz)
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)



def _check_offset(what, off):
    # What a tzinfo method returned: None or a timedelta within a day.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -86400000000 < off._us() < 86400000000:
        raise ValueError(_BOUND + ".")
    return off


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _fmt_offset(off, sep=":"):
    # +HH:MM[:SS[.ffffff]] (empty for None).
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign, off = "-", -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _fmt_time(h, m, s, us, spec):
    if spec == "auto":
        spec = "microseconds" if us else "seconds"
    elif spec == "milliseconds":
        us //= 1000
    if spec == "hours":
        return "%02d" % h
    if spec == "minutes":
        return "%02d:%02d" % (h, m)
    if spec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if spec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us)
    if spec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _iso():
    # ISO 8601 parsing and strftime live in _datetime_iso, imported on first use.
    import _datetime_iso
    return _datetime_iso


def _struct(y, m, d, hh, mm, ss, dst):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, wd, _DBM[m] + (m > 2 and _leap(y)) + d, dst))


# --------------------------------------------------------------------------- timedelta



# --------------------------------------------------------------------------- date

def _new_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year, self._month, self._day = y, m, d
    self._hashcode = -1
    return self


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    return monday + 7 if wd > 3 else monday


class date:
    """date(year, month, day) --> date object"""
    __slots__ = "_year", "_month", "_day", "_hashcode"

    def __new__(cls, year, month=None, day=None):
        return _new_date(cls, *_check_date(year, month, day))

    year = _field("date", "year")
    month = _field("date", "month")
    day = _field("date", "day")

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        y, m, d = _time.localtime(_whole_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _iso()._parse_isodate(s) if len(s) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso()._fromisocal(_index(year), _index(week), _index(day)))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _iso()._strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(y)
        if n < week1:
            y -= 1
            week1 = _iso_week1_monday(y)
        elif y < MAXYEAR and n >= _iso_week1_monday(y + 1):
            y += 1
            week1 = _iso_week1_monday(y)
        w, d = divmod(n - week1, 7)
        return _IsoCalendarDate(y, w + 1, d + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return self._year, self._month, self._day

    def _cmp_op(self, other, op):
        if isinstance(other, date):
            return _rich(_cmp(self._key(), other._key()), op)
        return NotImplemented


    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ord2ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tname(self), *self)


_comparisons(date)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _whole_seconds(t):
    # A timestamp for time.localtime (which floors a float): NaN refused as CPython does,
    # anything else through __index__.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    return _index(t)


# --------------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += off - dst
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return type(self), args, getattr(self, "__dict__", None) or None


_OMITTED = object()


class timezone(tzinfo):
    __slots__ = "_offset", "_name"

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _OMITTED:
            name = None
            if not offset and cls is timezone and "utc" in cls.__dict__:
                return cls.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("%s, not %r." % (_BOUND, offset))
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tname(self), self._offset)
        return "%s(%r, %r)" % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _fmt_offset(self._offset)

    def dst(self, dt):
        self._arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = UTC = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# --------------------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = "_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold"

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        tzinfo, fold)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = _field("time", "hour")
    minute = _field("time", "minute")
    second = _field("time", "second")
    microsecond = _field("time", "microsecond")
    tzinfo = _field("time", "tzinfo")
    fold = _field("time", "fold")

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _iso()._parse_isotime(s[1:] if s[:1] == "T" else s)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*r[0], r[1])

    def utcoffset(self):
        return _check_offset("utcoffset", self._tzinfo and self._tzinfo.utcoffset(None))

    def dst(self):
        return _check_offset("dst", self._tzinfo and self._tzinfo.dst(None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        return _fmt_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec) + _fmt_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        s = "%d, %d" % (self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tname(self), s)

    def strftime(self, fmt):
        return _iso()._strftime(self, fmt, _struct(1900, 1, 1, self._hour, self._minute,
                                            self._second, -1))

    __format__ = date.__format__

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def _cmp_op(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._key(), other._key()
        if self._tzinfo is not other._tzinfo:
            o1, o2 = self.utcoffset(), other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op in (2, 3):
                    return op == 3
                raise TypeError("can't compare offset-naive and offset-aware times")
            if o1 != o2:
                a = (a[0] * 3600 + a[1] * 60 + a[2] - o1 // timedelta(seconds=1), a[3])
                b = (b[0] * 3600 + b[1] * 60 + b[2] - o2 // timedelta(seconds=1), b[3])
        return _rich(_cmp(a, b), op)


    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._key())
            else:
                # (equal instants hash equal: the microseconds since midnight UTC)
                self._hashcode = hash(((t._hour * 60 + t._minute) * 60 + t._second) * 1000000
                                      + t._microsecond - off._us())
        return self._hashcode

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


_comparisons(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --------------------------------------------------------------------------- datetime

_EPOCH_ORD = 719163


def _local_seconds(u):
    # Local wall time at POSIX time u, as seconds since 1970-01-01 00:00 (naive).
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss


def _local_tz(ts):
    # The local zone at POSIX time ts, as a fixed-offset timezone named as the OS names it.
    lt = _time.localtime(ts)
    return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = "_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold"

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        y, m, d = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        tzinfo, fold)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = _field("datetime", "hour")
    minute = _field("datetime", "minute")
    second = _field("datetime", "second")
    microsecond = _field("datetime", "microsecond")
    tzinfo = _field("datetime", "tzinfo")
    fold = _field("datetime", "fold")

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            whole = int(t)
            us = round((t - whole) * 1e6)
            if us >= 1000000:
                whole, us = whole + 1, us - 1000000
            elif us < 0:
                whole, us = whole - 1, us + 1000000
        else:
            whole, us = _index(t), 0
        conv = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = conv(whole)[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is None and not utc:
            # Is this the second occurrence of an ambiguous local time?
            probe = cls(*conv(whole - 86400)[:6])
            trans = result - probe - timedelta(1)
            if trans._days < 0:
                probe = cls(*conv(whole + trans // timedelta(seconds=1))[:6], us)
                if probe == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        n = _iso()._isodate_len(s)
        ymd = _iso()._parse_isodate(s[:n]) if n else None
        r = ([0, 0, 0, 0], None)
        if ymd is not None and len(s) > n:
            r = _iso()._parse_isotime(s[n + 1:]) if len(s) > n + 1 else None
        if ymd is None or r is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*ymd, *r[0], r[1])

    @classmethod
    def strptime(cls, data, fmt):
        for i, arg in enumerate((data, fmt)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (i + 1, type(arg).__name__))
        y, m, d, hh, mm, ss, us, off, name = _time._strptime_datetime(data, fmt)
        tz = None
        if off is not None:
            delta = timedelta(seconds=off[0], microseconds=off[1])
            tz = timezone(delta, name) if name else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else int(bool(dst))
        return _struct(self._year, self._month, self._day, self._hour, self._minute,
                       self._second, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self - off if off else self
        return _struct(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _mktime(self):
        # POSIX time of this naive local time (fold picks among two; gaps map forward/back).
        t = ((self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60
             + self._second)
        a = _local_seconds(t) - t
        u1 = t - a
        t1 = _local_seconds(u1)
        if t1 == t:
            u2 = u1 + (86400 if self._fold else -86400)
            b = _local_seconds(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = _local_seconds(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            return self._mktime() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = _local_tz(self._mktime())
        if mytz is tz:
            return self
        off = _check_offset("utcoffset", mytz.utcoffset(self))
        if off is None:
            off = _local_tz(self._mktime())._offset
        utc = (self - off).replace(tzinfo=timezone.utc)
        if tz is None:
            tz = _local_tz((utc - _EPOCH) // timedelta(seconds=1))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour,
                                    self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        return "%s(%s)" % (_tname(self), s)

    def utcoffset(self):
        return _check_offset("utcoffset", self._tzinfo and self._tzinfo.utcoffset(self))

    def dst(self):
        return _check_offset("dst", self._tzinfo and self._tzinfo.dst(self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp_op(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in (2, 3):
                    return op == 3
                _cmperror(self, other)
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _rich(_cmp(self._key(), other._key()), op)
        o1, o2 = self.utcoffset(), other.utcoffset()
        if op in (2, 3) and o1 != o2 and (self.replace(fold=not self._fold).utcoffset() != o1
                                          or other.replace(fold=not other._fold).utcoffset()
                                          != o2):
            return op == 3
        if (o1 is None) != (o2 is None):
            if op in (2, 3):
                return op == 3
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if o1 == o2:
            return _rich(_cmp(self._key(), other._key()), op)
        return _rich(_cmp(self - other, timedelta(0)), op)


    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._key())
            else:
                self._hashcode = hash(t._us_since_epoch() - off._us())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days = self.toordinal() + other._days
        secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        us = self._microsecond + other._microseconds
        s2, us = divmod(us, 1000000)
        d2, secs = divmod(secs + s2, 86400)
        days += d2
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        hh, mm = divmod(secs, 60)
        hh, mm = divmod(hh, 60)
        self2 = object.__new__(type(self))
        self2._year, self2._month, self2._day = _ord2ymd(days)
        self2._hour, self2._minute, self2._second = hh, mm, secs % 60
        self2._microsecond, self2._tzinfo, self2._fold = us, self._tzinfo, 0
        self2._hashcode = -1
        return self2

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        d = self._us_since_epoch() - other._us_since_epoch()
        if self._tzinfo is not other._tzinfo:
            o1, o2 = self.utcoffset(), other.utcoffset()
            if (o1 is None) != (o2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if o1 is not None:
                d -= o1._us() - o2._us()
        return _td(d)

    def _us_since_epoch(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def __reduce__(self):
        return type(self), self._key() + (self._tzinfo,)


_date_class = date
_time_class = time


_comparisons(datetime)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# Named as CPython's C types are in messages ("'datetime.date' object ..."); `__name__`
# still reads "date".
for _c in (date, time, tzinfo, timezone, datetime):
    _c.__name__ = "datetime." + _c.__name__
del _c
_IsoCalendarDate.__name__ = "datetime.IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"
