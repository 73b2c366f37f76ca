"""The codec registry over pyvm's native codecs (str.encode / bytes.decode), plus the
bytes-to-bytes and str-to-str codecs CPython keeps here (hex, base64, zlib, rot13),
incremental codecs that carry a partial character between chunks, stream wrappers and
codecs.open."""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder", "StreamReader",
           "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of a chunk (a character cut in two) for the next one."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class BufferedIncrementalEncoder(IncrementalEncoder):
    pass


# -- the native text codecs ------------------------------------------------------------

_CANONICAL = {'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
              'cp65001': 'utf-8', 'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
              'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
              'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1', '8859': 'iso8859-1',
              'cp819': 'iso8859-1', 'latin': 'iso8859-1'}


def _normalize(name):
    out = []
    gap = False
    for c in name:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            gap = False
            out.append(c.lower())
        else:
            gap = True
    return ''.join(out)


def _partial_tail(data, name):
    """How many bytes at the end of data may start a character that is not complete yet."""
    if name in ('utf-8', 'utf-8-sig'):
        for back in range(1, min(4, len(data)) + 1):
            b = data[-back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
            return back if need > back else 0
        return 0
    if name.startswith('utf-16'):
        tail = len(data) % 2
        if len(data) - tail >= 2:
            last = data[len(data) - tail - 2: len(data) - tail]
            unit = last[1] if name != 'utf-16-be' else last[0]
            if 0xD8 <= unit <= 0xDB:
                tail += 2
        return tail
    if name.startswith('utf-32'):
        return len(data) % 4
    return 0


def _text_codec(name):
    def enc(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name.replace('-', '_'), type(input).__name__))
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict'):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if self._started and name in ('utf-16', 'utf-32', 'utf-8-sig'):
                data = data[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
            self._started = True
            return data

        def reset(self):
            self._started = False

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._order = None

        def _buffer_decode(self, data, errors, final):
            keep = 0 if final else _partial_tail(data, name)
            body = data[:len(data) - keep]
            codec = name
            if name in ('utf-16', 'utf-32', 'utf-8-sig'):
                if self._order is None:
                    size = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]
                    if len(body) < size and not final:
                        return '', 0
                    self._order = _bom_codec(name, body)
                    if self._order[1]:
                        text = body[self._order[1]:].decode(self._order[0], errors)
                        return text, len(body)
                codec = self._order[0]
            return body.decode(codec, errors), len(body)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors)

    return CodecInfo(enc, dec, Reader, Writer, IncEncoder, IncDecoder, name)


def _bom_codec(name, data):
    """(the codec the rest of the stream decodes with, bytes of mark to skip)."""
    if name == 'utf-8-sig':
        return ('utf-8', 3 if data.startswith(BOM_UTF8) else 0)
    if name == 'utf-16':
        if data.startswith(BOM_UTF16_LE):
            return ('utf-16-le', 2)
        if data.startswith(BOM_UTF16_BE):
            return ('utf-16-be', 2)
        return ('utf-16-le', 0)
    if data.startswith(BOM_UTF32_LE):
        return ('utf-32-le', 4)
    if data.startswith(BOM_UTF32_BE):
        return ('utf-32-be', 4)
    return ('utf-32-le', 0)


# -- the bytes-to-bytes and str-to-str codecs -----------------------------------------

def _hex_encode(input, errors='strict'):
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


def _zlib_encode(input, errors='strict'):
    import zlib
    return zlib.compress(input), len(input)


def _zlib_decode(input, errors='strict'):
    import zlib
    return zlib.decompress(input), len(input)


def _rot13(input, errors='strict'):
    table = {}
    for base in (ord('a'), ord('A')):
        for i in range(26):
            table[base + i] = base + (i + 13) % 26
    return str.translate(input, table), len(input)


_TRANSFORMS = {
    'hex_codec': (_hex_encode, _hex_decode, 'hex', ('hex',)),
    'base64_codec': (_base64_encode, _base64_decode, 'base64', ('base64', 'base_64')),
    'zlib_codec': (_zlib_encode, _zlib_decode, 'zlib', ('zip', 'zlib')),
    'rot_13': (_rot13, _rot13, 'rot-13', ('rot13',)),
}

_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    norm = _normalize(encoding)
    for mod, (e, d, name, aliases) in _TRANSFORMS.items():
        if norm == mod or norm in aliases:
            info = CodecInfo(e, d, name=name, _is_text_encoding=False)
            break
    else:
        try:
            ''.encode(encoding)
        except LookupError:
            info = None
            for f in _search_functions:
                info = f(key)
                if info is not None:
                    break
            if info is None:
                raise LookupError('unknown encoding: %s' % encoding) from None
        else:
            name = _CANONICAL.get(norm)
            if name is None:
                name = _native_name(encoding)
            info = _text_codec(name)
    _cache[key] = info
    return info


def _native_name(encoding):
    # The canonical name the native codec reports: probe the codecs whose names differ
    # from the normalised spelling.
    norm = _normalize(encoding)
    for name in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
                 'utf-8-sig', 'unicode-escape', 'raw-unicode-escape'):
        if norm == name.replace('-', '_'):
            return name
    sample = ''.join(map(chr, range(128, 256)))
    mine = sample.encode(encoding, 'replace')
    for name in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
                 'cp1252', 'cp1251', 'cp1250', 'cp437', 'cp850', 'cp866', 'iso8859-2',
                 'iso8859-5', 'iso8859-7', 'iso8859-9', 'iso8859-15', 'koi8-r', 'koi8-u',
                 'mac-roman'):
        if sample.encode(name, 'replace') == mine:
            return name
    return norm.replace('_', '-')


def _check_text(info, action):
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (info.name, action))


def _run(info, action, obj, errors):
    try:
        return getattr(info, action)(obj, errors)
    except (TypeError, ValueError) as e:
        if type(e) not in (TypeError, ValueError):
            raise
        # CPython names the codec in errors raised inside it
        raise type(e)("%s with '%s' codec failed (%s: %s)"
                      % (action[:-1] + "ing", info.name, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    result = _run(lookup(encoding), 'encode', obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    result = _run(lookup(encoding), 'decode', obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._pending = b""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self._pending + (self.stream.read() if size < 0 else self.stream.read(size))
        self._pending = b""
        text, consumed = self.decode(data, self.errors)
        return text

    def readline(self, size=None, keepends=True):
        line = b""
        while True:
            c = self.stream.read(1)
            if not c:
                break
            line += c
            if c == b"\n":
                break
        text = self.decode(line, self.errors)[0]
        return text if keepends else text.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def reset(self):
        self._pending = b""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file in binary mode and wraps it in the codec's reader and writer."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


# -- error handlers ---------------------------------------------------------------------

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        return (text.encode('ascii', 'backslashreplace').decode('ascii'), exc.end)
    return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            out.append(c.encode('ascii', 'backslashreplace').decode('ascii'))
    return (''.join(out), exc.end)


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def utf_8_encode(input, errors='strict'):
    return lookup('utf-8').encode(input, errors)


def utf_8_decode(input, errors='strict', final=False):
    data = bytes(input)
    keep = 0 if final else _partial_tail(data, 'utf-8')
    body = data[:len(data) - keep]
    return body.decode('utf-8', errors), len(body)


def latin_1_encode(input, errors='strict'):
    return lookup('latin-1').encode(input, errors)


def latin_1_decode(input, errors='strict'):
    return lookup('latin-1').decode(input, errors)


def ascii_encode(input, errors='strict'):
    return lookup('ascii').encode(input, errors)


def ascii_decode(input, errors='strict'):
    return lookup('ascii').decode(input, errors)
