"""Regular expressions (CPython 3.11's `re` API).

Parsing, compiling and matching are native (`_re`: `re.Pattern`, `re.Match` and their
methods); this module has the flags, the error class, the pattern cache, the module-level
functions, `escape`, the parser of `sub` replacement templates and `Scanner`.
"""

import _re
from _re import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# (name, value) in the order RegexFlag defines them (its repr lists them so)
_FLAG_ORDER = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
]
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: an int whose repr names them (`re.IGNORECASE|re.MULTILINE`)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_ORDER if v & bit]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Raised for an invalid regular expression; `msg`, `pattern`, `pos`, `lineno` and
    `colno` say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _re.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # drop the oldest entry
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    # (the cache is read here first: a hit costs no call of _compile)
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.fullmatch(string)


def search(pattern, string, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.search(string)


def sub(pattern, repl, string, count=0, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.split(string, maxsplit)


def findall(pattern, string, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.findall(string)


def finditer(pattern, string, flags=0):
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return p.finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


# -- replacement templates ------------------------------------------------------------

_template_cache = {}
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _template_error(msg, source, pos):
    if not isinstance(source, str):
        msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
    return error(msg, source, pos)


def _parse_template(pattern, source):
    """`[literal, group, literal, group, ..., literal]` for a replacement template."""
    text = source if isinstance(source, str) else str(source, 'latin1')
    out = []
    lit = []
    groups = pattern.groups
    n = len(text)
    i = 0

    def add_group(index, at):
        if index > groups:
            raise _template_error("invalid group reference %d" % index, source, at)
        out.append(''.join(lit))
        lit.clear()
        out.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        if i >= n:
            raise _template_error("bad escape (end of pattern)", source, n - 1)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise _template_error("missing <", source, i)
            i += 1
            end = text.find('>', i)
            if end < 0:
                if i >= n:
                    raise _template_error("missing group name", source, i)
                raise _template_error("missing >, unterminated name", source, i)
            name = text[i:end]
            if not name:
                raise _template_error("missing group name", source, i)
            i = end + 1
            if name.isidentifier():
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise _template_error("bad character in group name %r" % name,
                                          source, end - len(name))
                index = int(name)
                if index >= _re.MAXGROUPS:
                    raise _template_error("invalid group reference %d" % index,
                                          source, end - len(name))
            add_group(index, end - len(name))
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCT:
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            start = i - 1
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise _template_error(
                            'octal escape value \\%s outside of range 0-0o377' % digits,
                            source, start - 1)
                    lit.append(chr(value))
                    continue
            add_group(int(digits), start)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise _template_error('bad escape \\%s' % c, source, i - 2)
        else:
            lit.append('\\' + c)
    out.append(''.join(lit))
    if not isinstance(source, str):
        out = [x.encode('latin-1') if isinstance(x, str) else x for x in out]
    return out


def _compile_template(pattern, repl):
    key = (pattern, repl)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(repl, (str, bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    t = _parse_template(pattern, repl)
    if isinstance(pattern.pattern, str) != isinstance(repl, str):
        # (CPython fails when it joins the pieces)
        want = "str instance" if isinstance(pattern.pattern, str) else "a bytes-like object"
        for x in t[::2]:
            if x:
                raise TypeError("sequence item 0: expected %s, %s found"
                                % (want, type(x).__name__))
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = t
    return t


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


# -- Scanner ------------------------------------------------------------------------

class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        alts = []
        for phrase, action in lexicon:
            alts.append("(%s)" % phrase)
        self.scanner = _compile("|".join(alts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
