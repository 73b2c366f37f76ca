"""IANA time zone support: ZoneInfo reads the system's TZif files (RFC 8536)."""
# pyvm's own implementation of CPython 3.11's zoneinfo, as one module. A zone is a sorted
# list of UTC transition times, each with the (utcoffset, dst, tzname) in force after it,
# plus the footer's POSIX TZ rule for times after the last transition.

import os
from bisect import bisect_right
from struct import unpack_from
from datetime import date, datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                   "/etc/zoneinfo")
_EPOCH_ORD = 719163
_ZERO = timedelta(0)


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = "zoneinfo"


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        env = os.environ.get("PYTHONTZPATH")
        to = _DEFAULT_TZPATH if env is None else [p for p in env.split(os.pathsep) if p]
    elif isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    else:
        bad = [p for p in to if not os.path.isabs(p)]
        if bad:
            raise ValueError(f"tzpaths must contain only absolute paths, not {bad}")
    TZPATH = tuple(to)


reset_tzpath()


def _find_tzfile(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    norm = os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not os.path.normpath("/_/" + norm).startswith("/_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for here, dirs, files in os.walk(root):
            if here == root:
                for special in ("right", "posix"):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = os.path.join(here, name)
                key = os.path.relpath(path, start=root)
                if key in zones:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            zones.add(key)
                except OSError:
                    pass
    zones.discard("posixrules")
    return zones


# --------------------------------------------------------------------------- TZif files

def _load(data):
    # -> (transition UTC seconds, their type indexes, the raw (utcoff, isdst, abbr index)
    #     types, ttinfo per transition, ttinfo before, tz string or None)
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4]
    pos, width = 0, 4
    if version >= 0x32:
        pos = 44 + _block_len(data, 0, 4)
        width = 8
    _isut, _isstd, _leap, ntime, ntype, nchar = unpack_from(">6l", data, pos + 20)
    p = pos + 44
    times = unpack_from(">%d%s" % (ntime, "q" if width == 8 else "l"), data, p)
    p += ntime * width
    idx = data[p:p + ntime]
    p += ntime
    types = [unpack_from(">lBB", data, p + 6 * i) for i in range(ntype)]
    p += 6 * ntype
    chars = data[p:p + nchar]
    names = [chars[a:chars.index(b"\0", a)].decode() for _, _, a in types]
    tzstr = None
    if width == 8:
        p = pos + 44 + _block_len(data, pos, 8)
        end = data.find(b"\n", p + 1)
        if data[p:p + 1] == b"\n" and end > p:
            tzstr = data[p + 1:end].decode()
    dstoffs = _dst_offsets(idx, types)
    ttinfos = [(timedelta(seconds=u), timedelta(seconds=d), n)
               for (u, _, _), d, n in zip(types, dstoffs, names)]
    before = next((ttinfos[i] for i, t in enumerate(types) if not t[1]),
                  ttinfos[0] if ttinfos else None)
    return list(times), idx, types, [ttinfos[i] for i in idx], before, tzstr


def _block_len(data, pos, width):
    isut, isstd, leap, ntime, ntype, nchar = unpack_from(">6l", data, pos + 20)
    return ntime * (width + 1) + ntype * 6 + nchar + leap * (width + 4) + isstd + isut


def _dst_offsets(idx, types):
    # The files give only an is-DST flag: a DST type's dst() is its offset minus that of
    # the standard time next to it (one hour if no neighbour tells).
    dst = [0] * len(types)
    for i, k in enumerate(idx):
        if not types[k][1] or dst[k]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(idx) and not types[idx[j]][1]:
                diff = types[k][0] - types[idx[j]][0]
                if diff:
                    dst[k] = diff
                    break
    return [d or (3600 if t[1] else 0) for d, t in zip(dst, types)]


# --------------------------------------------------------------------------- POSIX TZ rules

def _parse_tzstr(s):
    # "EST5EDT,M3.2.0,M11.1.0" -> a ttinfo (no DST) or a _Rule.
    std, rest = _abbr(s)
    std_off, rest = _offset(rest)
    std_info = (timedelta(seconds=-std_off), _ZERO, std)
    if not rest:
        return std_info
    dst, rest = _abbr(rest)
    dst_off = std_off - 3600
    if rest and rest[0] != ",":
        dst_off, rest = _offset(rest)
    parts = rest.split(",")
    if len(parts) != 3 or parts[0]:
        raise ValueError(f"Invalid TZ string: {s}")
    return _Rule(std_info, (timedelta(seconds=-dst_off), timedelta(seconds=std_off - dst_off), dst),
                 _trans_rule(parts[1]), _trans_rule(parts[2]))


def _abbr(s):
    if s.startswith("<"):
        end = s.index(">")
        return s[1:end], s[end + 1:]
    i = 0
    while i < len(s) and s[i].isalpha():
        i += 1
    if i < 3:
        raise ValueError(f"Invalid TZ string: {s}")
    return s[:i], s[i:]


def _offset(s):
    # [+-]hh[:mm[:ss]] -> (seconds, rest)
    i = 0
    while i < len(s) and (s[i] in "+-:" or s[i].isdigit()):
        i += 1
    text, rest = s[:i], s[i:]
    sign = -1 if text.startswith("-") else 1
    fields = [int(f) for f in text.lstrip("+-").split(":")]
    secs = sum(f * m for f, m in zip(fields, (3600, 60, 1)))
    return sign * secs, rest


def _trans_rule(s):
    # "M3.2.0/2", "J60", "59/-1" -> (kind, a, b, c, seconds after local midnight)
    date, _, when = s.partition("/")
    at = _offset(when)[0] if when else 7200
    if date.startswith("M"):
        m, w, d = (int(x) for x in date[1:].split("."))
        return "M", m, w, d, at
    if date.startswith("J"):
        return "J", int(date[1:]), 0, 0, at
    return "N", int(date), 0, 0, at


def _rule_local_seconds(rule, year):
    # When a transition rule fires in `year`, in local wall seconds since the epoch.
    kind, a, w, d, at = rule
    jan1 = _ymd2ord(year, 1, 1)
    if kind == "M":
        first = _ymd2ord(year, a, 1)
        mdays = _ymd2ord(year + (a == 12), a % 12 + 1, 1) - first
        day = (d - (first % 7)) % 7 + 1 + (w - 1) * 7
        if day > mdays:
            day -= 7
        ordinal = first + day - 1
    elif kind == "J":
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        ordinal = jan1 + a - 1 + (leap and a >= 60)
    else:
        ordinal = jan1 + a
    return (ordinal - _EPOCH_ORD) * 86400 + at


def _ymd2ord(y, m, d):
    return date(y, m, d).toordinal()


class _Rule:
    # Standard and daylight time alternating each year by two POSIX rules.
    def __init__(self, std, dst, start, end):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = int((dst[0] - std[0]).total_seconds())

    def _window(self, year):
        return _rule_local_seconds(self.start, year), _rule_local_seconds(self.end, year)

    def local(self, ts, year, fold):
        start, end = self._window(year)
        # The rules' times are in the wall time before each change; fold picks the side.
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        isdst = start <= ts < end if start < end else not end <= ts < start
        return self.dst if isdst else self.std

    def utc(self, ts, year):
        start, end = self._window(year)
        start -= self.std[0] // timedelta(seconds=1)
        end -= self.dst[0] // timedelta(seconds=1)
        isdst = start <= ts < end if start < end else not end <= ts < start
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if isdst else self.std), fold


# --------------------------------------------------------------------------- ZoneInfo

def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._cache.setdefault(key, cls.no_cache(key))
            zone._from_cache = True
        return zone

    @classmethod
    def no_cache(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, "rb") as f:
            zone = cls._new(f.read(), key)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = cls._new(fobj.read(), key)
        zone._file_repr = repr(fobj)
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @classmethod
    def _new(cls, data, key):
        self = object.__new__(cls)
        self._key, self._file_repr, self._from_cache = key, None, False
        times, idx, types, infos, before, tzstr = _load(data)
        self._utc = times
        self._infos = infos
        self._before = before
        if tzstr:
            self._after = _parse_tzstr(tzstr)
        elif infos or before:
            self._after = infos[-1] if infos else before
        else:
            raise ValueError("No time zone information found.")
        self._fixed = not times and isinstance(self._after, tuple)
        # Transition times in local wall seconds: [fold=0, fold=1]. In a fold the earlier
        # (larger) offset holds for fold=0; in a gap the earlier one too.
        walls = ([], [])
        prev = before[0] // timedelta(seconds=1) if before else 0
        for t, k in zip(times, idx):
            off = types[k][0]
            walls[0].append(t + max(prev, off))
            walls[1].append(t + min(prev, off))
            prev = off
        self._walls = walls
        return self

    @property
    def key(self):
        return self._key

    def _find(self, dt):
        if dt is None:
            return self._after if self._fixed else (None, None, None)
        ts = _local_seconds(dt)
        walls = self._walls[dt.fold]
        if walls and ts < walls[0]:
            return self._before
        if not walls or ts > walls[-1]:
            after = self._after
            return after if isinstance(after, tuple) else after.local(ts, dt.year, dt.fold)
        return self._infos[bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        return self._find(dt)[0]

    def dst(self, dt):
        return self._find(dt)[1]

    def tzname(self, dt):
        return self._find(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._utc
        fold = False
        if times and ts < times[0]:
            info = self._before
        elif (not times or ts > times[-1]) and not isinstance(self._after, tuple):
            info, fold = self._after.utc(ts, dt.year)
        elif not times:
            info = self._after
        else:
            i = bisect_right(times, ts)
            info = self._infos[i - 1]
            prev = self._infos[i - 2] if i >= 2 else self._before
            fold = (prev[0] - info[0]).total_seconds() > ts - times[i - 1]
        dt += info[0]
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        cls = type(self)
        name = "zoneinfo." + cls.__name__ if cls.__module__ == "zoneinfo" else cls.__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)


ZoneInfo.__module__ = "zoneinfo"
ZoneInfo.__name__ = "zoneinfo.ZoneInfo"
