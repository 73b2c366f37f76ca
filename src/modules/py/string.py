# The Python half of pyvm's `string` module: `Template`, run into the native module's
# namespace when `string` is first imported. pyvm has no `re`, so the placeholder pattern
# CPython compiles ($$, $name, ${name}, or an invalid $) is scanned by hand here; a subclass
# may change `delimiter`, but a custom `idpattern`/`pattern` is not supported.

class _ChainMap:
    # substitute(mapping, **kws): keywords take precedence over the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


def _is_id_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_id_char(c):
    return _is_id_start(c) or ("0" <= c <= "9")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name) for each match of CPython's pattern, kind being
        # 'escaped', 'named', 'braced' or 'invalid' (start is where the invalid part begins).
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = 0
        while True:
            i = s.find(delim, i)
            if i < 0:
                return
            j = i + dl
            if s.startswith(delim, j):
                yield i, j + dl, "escaped", None
                i = j + dl
            elif j < n and _is_id_start(s[j]):
                k = j + 1
                while k < n and _is_id_char(s[k]):
                    k += 1
                yield i, k, "named", s[j:k]
                i = k
            elif j < n and s[j] == "{" and j + 1 < n and _is_id_start(s[j + 1]):
                k = j + 2
                while k < n and _is_id_char(s[k]):
                    k += 1
                if k < n and s[k] == "}":
                    yield i, k + 1, "braced", s[j + 1 : k]
                    i = k + 1
                else:
                    yield j, j, "invalid", None
                    i = j
            else:
                yield j, j, "invalid", None
                i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            if kind == "invalid":
                self._invalid(start)
            out.append(self.template[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(self.template[pos:])
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            if kind == "invalid":
                # The unmatched delimiter is kept as it is.
                continue
            out.append(self.template[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            pos = end
        out.append(self.template[pos:])
        return "".join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

