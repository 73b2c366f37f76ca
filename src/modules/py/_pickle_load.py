"""pickle's Unpickler: a stack machine over the opcodes of protocols 0-5."""

import sys
from struct import unpack
import copyreg
from pickle import UnpicklingError, HIGHEST_PROTOCOL, _TO_PY3_MODULE, _TO_PY3_NAME, _dotted_getattr, _Stop


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


class _Frames:
    """Reads from the file, or from the current frame's bytes once a FRAME was seen."""
    __slots__ = ('file_read', 'file_readline', 'frame', 'pos')

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        frame = self.frame
        if frame is not None:
            pos = self.pos
            if pos < len(frame):
                data = frame[pos:pos + n]
                self.pos = pos + len(data)
                if len(data) < n:
                    raise UnpicklingError('pickle exhausted before end of frame')
                return data
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        frame = self.frame
        if frame is not None:
            pos = self.pos
            if pos < len(frame):
                end = frame.find(b'\n', pos)
                if end < 0:
                    raise UnpicklingError('pickle exhausted before end of frame')
                self.pos = end + 1
                return frame[pos:end + 1]
            self.frame = None
        line = self.file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def read_op(self):
        # At the end of the input, a missing opcode is EOFError (a short argument is not).
        frame = self.frame
        if frame is not None and self.pos < len(frame):
            self.pos += 1
            return frame[self.pos - 1:self.pos]
        self.frame = None
        data = self.file_read(1)
        if not data:
            raise EOFError('Ran out of input')
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        self.frame = self.file_read(size)
        self.pos = 0
        if len(self.frame) < size:
            raise UnpicklingError('pickle data was truncated')


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        try:
            file.read, file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered,\n'
                              'but no persistent_load function was specified.')

    def load(self):
        if not hasattr(self, '_file'):
            raise UnpicklingError(f'Unpickler.__init__() was not called by {type(self).__name__}.__init__()')
        self._in = frames = _Frames(self._file)
        self.stack = []
        self.metastack = []
        read_op = frames.read_op
        dispatch = _DISPATCH
        key = read_op()
        try:
            while True:
                meth = dispatch.get(key[0])
                if meth is None:
                    raise UnpicklingError(f'invalid load key, {_key_repr(key)}.')
                meth(self)
                key = read_op()
        except _Stop as stop:
            return stop.value
        except IndexError:
            raise UnpicklingError('unpickling stack underflow') from None

    # -- helpers

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        self.stack = self.metastack.pop()
        return items

    def _top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def _decode_str(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _TO_PY3_NAME:
                module, name = _TO_PY3_NAME[(module, name)]
            elif module == 'exceptions':
                module = 'builtins'
            else:
                module = _TO_PY3_MODULE.get(module, module)
        if module == '_codecs':
            module = 'codecs'  # where pyvm keeps what CPython's _codecs holds
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _dotted_getattr(mod, name)[0]
            except AttributeError:
                raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    # -- opcodes

    def load_proto(self):
        proto = self._in.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f'unsupported pickle protocol: {proto}')
        self.proto = proto

    def load_frame(self):
        self._in.load_frame(unpack('<Q', self._in.read(8))[0])

    def load_stop(self):
        raise _Stop(self.stack.pop())

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def load_none(self):
        self.stack.append(None)

    def load_true(self):
        self.stack.append(True)

    def load_false(self):
        self.stack.append(False)

    def load_int(self):
        data = self._in.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = self._parse_int(data[:-1])
        self.stack.append(val)

    def _parse_int(self, text):
        try:
            return int(text, 0)
        except ValueError:
            raise ValueError(f'invalid literal for int() with base 10: {text.decode("latin-1")!r}') from None

    def load_long(self):
        text = self._in.readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self.stack.append(self._parse_int(text))

    def load_binint(self):
        self.stack.append(unpack('<i', self._in.read(4))[0])

    def load_binint1(self):
        self.stack.append(self._in.read(1)[0])

    def load_binint2(self):
        self.stack.append(unpack('<H', self._in.read(2))[0])

    def load_long1(self):
        self.stack.append(_decode_long(self._in.read(self._in.read(1)[0])))

    def load_long4(self):
        n = unpack('<i', self._in.read(4))[0]
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.stack.append(_decode_long(self._in.read(n)))

    def load_float(self):
        self.stack.append(float(self._in.readline()[:-1]))

    def load_binfloat(self):
        self.stack.append(unpack('>d', self._in.read(8))[0])

    def load_string(self):
        data = self._in.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        import codecs
        self.stack.append(self._decode_str(codecs.escape_decode(data)[0]))

    def _sized(self, fmt, size):
        n = unpack(fmt, self._in.read(size))[0] if fmt else self._in.read(1)[0]
        if n > sys.maxsize:
            raise UnpicklingError('exceeds system limit')
        return self._in.read(n)

    def load_binstring(self):
        n = unpack('<i', self._in.read(4))[0]
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.stack.append(self._decode_str(self._in.read(n)))

    def load_short_binstring(self):
        self.stack.append(self._decode_str(self._sized(None, 1)))

    def load_unicode(self):
        self.stack.append(_unescape(self._in.readline()[:-1]))

    def load_binunicode(self):
        self.stack.append(str(self._sized('<I', 4), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        self.stack.append(str(self._sized('<Q', 8), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        self.stack.append(str(self._sized(None, 1), 'utf-8', 'surrogatepass'))

    def load_binbytes(self):
        self.stack.append(self._sized('<I', 4))

    def load_binbytes8(self):
        self.stack.append(self._sized('<Q', 8))

    def load_short_binbytes(self):
        self.stack.append(self._sized(None, 1))

    def load_bytearray8(self):
        self.stack.append(bytearray(self._sized('<Q', 8)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* '
                                  'argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError(f'in constructor for {klass.__name__}: {err}') from None
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def load_inst(self):
        module = self._in.readline()[:-1].decode('ascii')
        name = self._in.readline()[:-1].decode('ascii')
        self._instantiate(self.find_class(module, name), self._pop_mark())

    def load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f'NEWOBJ class argument isn\'t a type object')
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not "
                                  f"{type(cls).__name__}")
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._in.readline()[:-1].decode('utf-8')
        name = self._in.readline()[:-1].decode('utf-8')
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.stack.append(self.find_class(module, name))

    def _load_ext(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is None:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError('EXT specifies code <= 0')
                raise ValueError(f'unregistered extension code {code}')
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def load_ext1(self):
        self._load_ext(self._in.read(1)[0])

    def load_ext2(self):
        self._load_ext(unpack('<H', self._in.read(2))[0])

    def load_ext4(self):
        self._load_ext(unpack('<i', self._in.read(4))[0])

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def load_persid(self):
        try:
            pid = self._in.readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.stack.append(self.persistent_load(self.stack.pop()))

    def _memo_get(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {idx}') from None

    def load_get(self):
        self._memo_get(int(self._in.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._in.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._in.read(4))[0])

    def load_put(self):
        idx = int(self._in.readline()[:-1])
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    def load_binput(self):
        self.memo[self._in.read(1)[0]] = self._top()

    def load_long_binput(self):
        self.memo[unpack('<I', self._in.read(4))[0]] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            add = target.append
            for x in items:
                add(x)

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for x in items:
                target.add(x)

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)


def _key_repr(key):
    # CPython shows the byte as a one-character string (the character of its code).
    return repr(chr(key[0]))


def _unescape(data):
    # raw-unicode-escape decoding: only \\uXXXX and \\UXXXXXXXX are escapes.
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


_U = Unpickler
_DISPATCH = {ord(k): v for k, v in {
    '\x80': _U.load_proto, '\x95': _U.load_frame, '.': _U.load_stop, '(': _U.load_mark,
    '0': _U.load_pop, '1': _U.load_pop_mark, '2': _U.load_dup, 'N': _U.load_none,
    '\x88': _U.load_true, '\x89': _U.load_false, 'I': _U.load_int, 'L': _U.load_long,
    'J': _U.load_binint, 'K': _U.load_binint1, 'M': _U.load_binint2, '\x8a': _U.load_long1,
    '\x8b': _U.load_long4, 'F': _U.load_float, 'G': _U.load_binfloat, 'S': _U.load_string,
    'T': _U.load_binstring, 'U': _U.load_short_binstring, 'V': _U.load_unicode,
    'X': _U.load_binunicode, '\x8d': _U.load_binunicode8, '\x8c': _U.load_short_binunicode,
    'B': _U.load_binbytes, '\x8e': _U.load_binbytes8, 'C': _U.load_short_binbytes,
    '\x96': _U.load_bytearray8, '\x97': _U.load_next_buffer, '\x98': _U.load_readonly_buffer,
    't': _U.load_tuple, ')': _U.load_empty_tuple, '\x85': _U.load_tuple1,
    '\x86': _U.load_tuple2, '\x87': _U.load_tuple3, ']': _U.load_empty_list,
    '}': _U.load_empty_dict, '\x8f': _U.load_empty_set, '\x91': _U.load_frozenset,
    'l': _U.load_list, 'd': _U.load_dict, 'i': _U.load_inst, 'o': _U.load_obj,
    '\x81': _U.load_newobj, '\x92': _U.load_newobj_ex, 'c': _U.load_global,
    '\x93': _U.load_stack_global, '\x82': _U.load_ext1, '\x83': _U.load_ext2,
    '\x84': _U.load_ext4, 'R': _U.load_reduce, 'P': _U.load_persid, 'Q': _U.load_binpersid,
    'g': _U.load_get, 'h': _U.load_binget, 'j': _U.load_long_binget, 'p': _U.load_put,
    'q': _U.load_binput, 'r': _U.load_long_binput, '\x94': _U.load_memoize,
    'a': _U.load_append, 'e': _U.load_appends, 's': _U.load_setitem, 'u': _U.load_setitems,
    '\x90': _U.load_additems, 'b': _U.load_build,
}.items()}
del _U
