"""ISO 8601 parsing and strftime for the datetime module, imported when first needed."""

import time as _time
from datetime import (MAXYEAR, MINYEAR, _fmt_offset, _iso_week1_monday, _leap, _ord2ymd,
                      _ymd2ord, timedelta, timezone)


def _strftime(obj, fmt, tt):
    # %z, %Z and %f are datetime's own; the rest is time.strftime's.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if "%" in fmt:
        out = []
        i, n = 0, len(fmt)
        while i < n:
            c = fmt[i]
            i += 1
            if c == "%" and i < n:
                c = fmt[i]
                i += 1
                if c == "f":
                    out.append("%06d" % getattr(obj, "microsecond", 0))
                elif c == "z":
                    off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                    out.append(_fmt_offset(off, ""))
                elif c == "Z":
                    name = obj.tzname() if hasattr(obj, "tzname") else None
                    out.append("" if name is None else name.replace("%", "%%"))
                else:
                    out.append("%" + c)
            else:
                out.append(c)
        fmt = "".join(out)
    return _time.strftime(fmt, tt)



def _parse_isodate(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] -> (y, m, d) or None.
    n = len(s)
    if n < 7 or not s[:4].isdigit() or not s.isascii():
        return None
    ext = s[4] == "-"
    rest = s[5:] if ext else s[4:]
    if rest[:1] == "W":
        w = rest[1:3]
        tail = rest[3:]
        if ext and tail:
            if tail[0] != "-":
                return None
            tail = tail[1:]
        if len(w) != 2 or not w.isdigit() or len(tail) > 1 or (tail and not tail.isdigit()):
            return None
        return _fromisocal(int(s[:4]), int(w), int(tail or 1))
    if ext:
        if len(rest) != 5 or rest[2] != "-":
            return None
        mo, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            return None
        mo, dd = rest[:2], rest[2:]
    if not (mo.isdigit() and dd.isdigit()):
        return None
    return int(s[:4]), int(mo), int(dd)


def _fromisocal(y, w, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % y)
    if not 0 < w < 53:
        if w != 53 or not ((_ymd2ord(y, 1, 1) + 6) % 7 == 3
                           or (_leap(y) and (_ymd2ord(y, 1, 1) + 6) % 7 == 2)):
            raise ValueError("Invalid week: %d" % w)
    if not 0 < d < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % d)
    return _ord2ymd(_iso_week1_monday(y) + (w - 1) * 7 + d - 1)



def _parse_isotime(s):
    # HH[:MM[:SS[.f+]]] (or without colons) then an optional offset; None when malformed.
    # Returns ([h, m, s, us], tzinfo or None).
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz = _parse_isotz(s[i:])
            if tz is None:
                return None
            s = s[:i]
            break
    frac = 0
    for i, c in enumerate(s):
        if c in ".,":
            digits = s[i + 1:]
            if not digits or not digits.isdigit() or not digits.isascii() or i < 6:
                return None
            frac = int((digits + "00000")[:6])
            s = s[:i]
            break
    ext = len(s) > 2 and s[2] == ":"
    parts = s.split(":") if ext else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or frac and len(parts) < 3:
        return None
    for p in parts:
        if len(p) != 2 or not p.isdigit() or not p.isascii():
            return None
    comps = [int(p) for p in parts] + [0] * (3 - len(parts))
    return comps + [frac], tz


def _parse_isotz(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    r = _parse_isotime(s[1:]) if s[0] in "+-" and len(s) > 2 else None
    if r is None or r[1] is not None:
        return None
    h, m, sec, us = r[0]
    off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    return timezone(sign * off)



def _isodate_len(s):
    # Where the date part of a datetime string ends (0 if it cannot be a date).
    n = len(s)
    if n < 7:
        return 0
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n > 8 and s[8] == "-":
            return 8 if n > 10 and s[10].isdigit() else 10
        return 8
    if s[4] == "W":
        i = 7
        while i < n and s[i].isdigit():
            i += 1
        return i if i < 9 else 7 if i % 2 == 0 else 8
    return 8

