"""pickle: serialize objects to bytes (protocols 0-5), byte-compatible with CPython's.

The Pickler walks the object graph, writing opcodes; shared and recursive objects go
through the memo. From protocol 4 the output after PROTO is cut into frames of about 64 KiB
(a frame is only marked when it holds 4+ bytes); payloads of 64 KiB or more are written
outside frames. The Unpickler is a stack machine over the opcodes.
"""

import sys
from struct import pack, unpack
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
import copyreg

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'PickleBuffer', 'DEFAULT_PROTOCOL',
           'HIGHEST_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
_FRAME_TARGET = 65536
_BATCH = 1000


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper of a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast('B') if self._view.format != 'B' else self._view

    def release(self):
        self._view.release()

    def __buffer__(self, flags):
        return self._view


# Names that moved between Python 2 and 3 (for protocols 0-2, as fix_imports does).
_TO_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                  'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                  'reprlib': 'repr', '_functools': 'functools'}
_TO_PY2_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
                ('builtins', 'int'): ('__builtin__', 'long'),
                ('builtins', 'str'): ('__builtin__', 'unicode'),
                ('functools', 'reduce'): ('__builtin__', 'reduce'),
                ('sys', 'intern'): ('__builtin__', 'intern'),
                ('builtins', 'chr'): ('__builtin__', 'unichr'),
                ('collections', 'UserList'): ('UserList', 'UserList'),
                ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
                ('builtins', 'zip'): ('itertools', 'izip'),
                ('builtins', 'map'): ('itertools', 'imap'),
                ('builtins', 'filter'): ('itertools', 'ifilter'),
                ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
                ('itertools', 'zip_longest'): ('itertools', 'izip_longest')}
_TO_PY3_MODULE = {v: k for k, v in _TO_PY2_MODULE.items()}
_TO_PY3_MODULE.update({'cPickle': 'pickle', 'UserDict': 'collections', 'UserList': 'collections',
                       'exceptions': 'builtins', 'copy_reg': 'copyreg'})
_TO_PY3_NAME = {v: k for k, v in _TO_PY2_NAME.items()}
_TO_PY3_NAME.update({('__builtin__', 'long'): ('builtins', 'int'),
                     ('__builtin__', 'basestring'): ('builtins', 'str'),
                     ('UserDict', 'UserDict'): ('collections', 'UserDict')})


def _encode_long(x):
    if x == 0:
        return b''
    data = x.to_bytes((x.bit_length() >> 3) + 1, 'little', signed=True)
    if x < 0 and len(data) > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    # Protocol 0's UNICODE argument: latin-1 bytes, \\uXXXX above, and the characters
    # that would break the line-based format escaped too.
    out = []
    for ch in s:
        c = ord(ch)
        if c in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out.append('\\u%04x' % c)
        elif c < 256:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _dotted_getattr(obj, qualname):
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {qualname!r} on {obj!r}")
        parent, obj = obj, getattr(obj, part)
    return obj, parent


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            if _dotted_getattr(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


from _pickle_save import Pickler, _getstate_default  # noqa: E402
from _pickle_load import Unpickler  # noqa: E402


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Buffer()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(out.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


class _Buffer:
    __slots__ = ('parts',)

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


class _BytesReader:
    __slots__ = ('data', 'pos')

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        pos = self.pos
        self.pos = pos + n
        return self.data[pos:pos + n]

    def readline(self):
        data, pos = self.data, self.pos
        end = data.find(b'\n', pos)
        end = len(data) if end < 0 else end + 1
        self.pos = end
        return data[pos:end]

    def readinto(self, buf):
        chunk = self.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)
