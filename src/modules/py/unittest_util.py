"""Helpers for unittest's failure messages: reprs that stay short."""

__unittest = True  # frames of this module are left out of failure tracebacks

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


_PLACEHOLDER_LEN = 12  # len('[%d chars]') for a typical count
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _elide(s, keep_start, keep_end):
    """`s` with its middle replaced by '[N chars]' when that saves room."""
    skip = len(s) - keep_start - keep_end
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_start], skip, s[len(s) - keep_end:])
    return s


def _common_shorten_repr(*args):
    """The reprs of `args` for an 'a != b' message: when one is too long, their shared start
    is elided first, then (if still too long) the middle of what differs."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    shared = 0
    shortest = min(len(r) for r in reprs)
    while shared < shortest and all(r[shared] == reprs[0][shared] for r in reprs):
        shared += 1
    prefix = reprs[0][:shared]
    room = _MAX_LENGTH - (longest - shared + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[shared:] for r in reprs)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(r[shared:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)
