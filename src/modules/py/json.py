"""JSON encoding and decoding (the public API of CPython's `json` package).

String escaping and string-literal scanning are native (`_json`, as in CPython); the
scanner is a recursive-descent parser here (pyvm has no `re`) whose positions and messages
follow CPython's C scanner, which the real `json` uses.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from _json import encode_basestring as _quote, encode_basestring_ascii as _quote_ascii
from _json import scanstring as _scanstring, scan_once as _scan_once, encode as _encode

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error's position in the document."""

    __module__ = 'json.decoder'  # where CPython's lives (tracebacks name it so)

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# -- encoding ---------------------------------------------------------------

def _encode_str(s, ascii_only):
    return _quote_ascii(s) if ascii_only else _quote(s)


def _float_str(o, allow_nan, message_suffix):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        msg = 'Out of range float values are not JSON compliant'
        raise ValueError(msg + ': ' + repr(o) if message_suffix else msg)
    return text


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            # The whole document natively, as one chunk (CPython's c_make_encoder).
            return iter([_encode(o, self.check_circular, self.default, self.ensure_ascii,
                                 self.allow_nan, self.sort_keys, self.skipkeys,
                                 self.key_separator, self.item_separator, indent)])
        chunks = []
        _Encoding(self, indent, chunks).encode(o, 0)
        return iter(chunks)


class _Encoding:
    """One encoding run: the options, the circular-reference markers and the output."""

    def __init__(self, encoder, indent, chunks):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.ascii = encoder.ensure_ascii
        self.allow_nan = encoder.allow_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.item_sep = encoder.item_separator
        self.key_sep = encoder.key_separator
        self.indent = indent
        self.out = chunks

    def scalar(self, o):
        """The text of a str/None/bool/int/float `o`, or None for any other object."""
        if isinstance(o, str):
            return _encode_str(o, self.ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            # The C encoder (no indent) omits the value from the message.
            return _float_str(o, self.allow_nan, self.indent is not None)
        return None

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def open(self, level):
        """The separator between items at `level` + 1, and the text before the closer."""
        if self.indent is None:
            return self.item_sep, ''
        inner = '\n' + self.indent * (level + 1)
        self.out.append(inner)
        return self.item_sep + inner, '\n' + self.indent * level

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.mark(o)
            self.encode(self.default(o), level)
            self.unmark(o)

    def encode_list(self, o, level):
        if not o:
            self.out.append('[]')
            return
        self.mark(o)
        self.out.append('[')
        sep, close = self.open(level)
        first = True
        for item in o:
            if not first:
                self.out.append(sep)
            first = False
            self.encode(item, level + 1)
        self.out.append(close + ']')
        self.unmark(o)

    def dict_key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_str(key, self.allow_nan, self.indent is not None)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, o, level):
        if not o:
            self.out.append('{}')
            return
        self.mark(o)
        self.out.append('{')
        sep, close = self.open(level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self.dict_key(key)
            if key is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(_encode_str(key, self.ascii))
            self.out.append(self.key_sep)
            self.encode(value, level + 1)
        self.out.append(close + '}')
        self.unmark(o)


# -- decoding ---------------------------------------------------------------

def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    """`scan_once(string, idx)` of one decoder's settings (the native `_json.scan_once`)."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def __call__(self, s, idx):
        # The defaults go down as None: the native scanner builds those values itself.
        return _scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          None if self.parse_float is float else self.parse_float,
                          None if self.parse_int is int else self.parse_int,
                          None if self.parse_constant is _CONSTANT else self.parse_constant)


_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_CONSTANT = _CONSTANTS.__getitem__


class JSONDecoder(object):
    """Simple JSON decoder."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANT
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = self.parse_array = self.parse_string = None
        self.memo = {}
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self)(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None


def _detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting file)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray``) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = _detect_encoding(s)
        if encoding == 'utf-8-sig':
            # The BOM by hand: pyvm's codecs have no 'utf-8-sig'.
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
