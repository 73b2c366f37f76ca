"""Filename matching with shell patterns (pyvm's fnmatch).

fnmatch(FILENAME, PATTERN) matches according to the rules of the Unix shell:
'*' matches everything, '?' any single character, '[seq]' any character in seq and
'[!seq]' any character not in seq. Matching runs on a small wildcard matcher of its own
(no regular expressions); translate() still spells CPython's regular expression.
"""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# A pattern is parsed into tokens: _STAR, _ANY ('?'), a one-character str (a literal), or
# a _Set ('[...]').
_STAR = object()
_ANY = object()


class _Set:
    """A bracket expression: the chunks between its range hyphens (as CPython splits them)."""

    __slots__ = ("negate", "chunks", "hyphen", "literals", "ranges")

    def __init__(self, negate, body):
        self.negate = negate
        self.hyphen = "-" in body
        self.chunks = chunks = _split_set(body)
        self.literals = "".join(chunks)
        # The hyphen between two chunks joins the last character of one and the first of
        # the next into a range.
        self.ranges = [(chunks[k - 1][-1], chunks[k][0]) for k in range(1, len(chunks))
                       if chunks[k - 1] and chunks[k]]

    def matches(self, c):
        found = c in self.literals or any(lo <= c <= hi for lo, hi in self.ranges)
        return found != self.negate

    def regex(self):
        body = "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in self.chunks)
        if not self.hyphen:
            body = self.chunks[0].replace("\\", "\\\\")
        body = "".join("\\" + c if c in "&~|" else c for c in body)
        if self.negate:
            body = "!" + body
        if not body:
            return "(?!)"
        if body == "!":
            return "."
        if body[0] == "!":
            return "[^" + body[1:] + "]"
        if body[0] in "^[":
            return "[\\" + body + "]"
        return "[" + body + "]"


def _split_set(body):
    """The chunks of a bracket body (without its '!'): split at the hyphens that make
    ranges, then with empty ranges (like 'z-a') dropped."""
    if "-" not in body:
        return [body]
    chunks = []
    start = 0
    k = body.find("-", 1)
    while k >= 0:
        chunks.append(body[start:k])
        start = k + 1
        # The character after a range's hyphen is its end, never another range's start.
        k = body.find("-", k + 3)
    if body[start:]:
        chunks.append(body[start:])
    else:
        chunks[-1] += "-"
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1] and chunks[k] and chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _parse(pat):
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == "?":
            tokens.append(_ANY)
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                tokens.append("[")
                continue
            negate = pat[i] == "!"
            tokens.append(_Set(negate, pat[i + negate : j]))
            i = j + 1
        else:
            tokens.append(c)
    return tokens


_cache = {}


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= 32768:
            _cache.clear()
        tokens = _cache[pat] = _parse(pat)
    return tokens


def _one(token, c):
    if token is _ANY:
        return True
    if type(token) is str:
        return token == c
    return token.matches(c)


def _match(tokens, name):
    # Greedy matching that backs up to the last star: every other token is one character.
    t = k = 0
    star_t = -1
    star_k = 0
    nt, nk = len(tokens), len(name)
    while k < nk:
        if t < nt and tokens[t] is _STAR:
            star_t, star_k = t, k
            t += 1
        elif t < nt and _one(tokens[t], name[k]):
            t += 1
            k += 1
        elif star_t >= 0:
            star_k += 1
            t, k = star_t + 1, star_k
        else:
            return False
    while t < nt and tokens[t] is _STAR:
        t += 1
    return t == nt


def _text(s):
    return s.decode("latin-1") if isinstance(s, bytes) else s


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_tokens(_text(pat)), _text(name))


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase, nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    tokens = _tokens(_text(pat))
    return [name for name in names if _match(tokens, _text(os.path.normcase(name)))]


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _escape(c):
    return "\\" + c if c in _SPECIAL else c


def translate(pat):
    """Translate a shell PATTERN to a regular expression (CPython's spelling)."""
    pieces = []
    for token in _parse(pat):
        if token is _STAR:
            pieces.append(_STAR)
        elif token is _ANY:
            pieces.append(".")
        elif type(token) is str:
            pieces.append(_escape(token))
        else:
            pieces.append(token.regex())
    # Fixed text before the first star; then each star with the fixed text after it: a
    # minimal, atomic match in the middle, a greedy one at the end.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*" + fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return "(?s:" + "".join(out) + ")\\Z"
