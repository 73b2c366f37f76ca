"""pickle's Pickler: opcodes, memo and framing as CPython's C pickler writes them."""

import sys
from struct import pack
import copyreg
from pickle import (PicklingError, PickleBuffer, DEFAULT_PROTOCOL, HIGHEST_PROTOCOL, _FRAME_TARGET,
                    _BATCH, _TO_PY2_MODULE, _TO_PY2_NAME, _encode_long, _raw_unicode_escape,
                    _dotted_getattr, _whichmodule)

_NoneType = type(None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _getstate_default(obj, required):
    """What object.__getstate__ gives: the instance dict (None if empty), with the __slots__
    values as a second item when there are any."""
    for klass in type(obj).__mro__:
        if klass is not object and '__getstate__' in klass.__dict__:
            return obj.__getstate__()
    state = getattr(obj, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    for klass in type(obj).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto), as CPython's."""
    cls = type(obj)
    if proto < 2:
        return _reduce_old(obj, proto)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        res = getnewargs_ex()
        if not isinstance(res, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(res).__name__!r}')
        if len(res) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(res)}')
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be '
                            f'a tuple, not {type(args).__name__!r}')
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be '
                            f'a dict, not {type(kwargs).__name__!r}')
        hasargs = True
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        hasargs = getnewargs is not None
        args = getnewargs() if hasargs else ()
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
    state = _getstate_default(obj, not hasargs)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _reduce_old(obj, proto):
    # Protocols 0 and 1: copyreg._reconstructor with the first builtin base's value.
    cls = type(obj)
    base = object
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            base = klass
            break
    state = None if base is object else base(obj)
    args = (cls, base, state)
    overridden = any(k is not object and '__getstate__' in k.__dict__ for k in cls.__mro__)
    if overridden:
        dictstate = obj.__getstate__()
    else:
        if any(k.__dict__.get('__slots__') for k in cls.__mro__) and not hasattr(obj, '__dict__'):
            raise TypeError('a class that defines __slots__ without defining __getstate__ '
                            'cannot be pickled')
        dictstate = getattr(obj, '__dict__', None) or None
    if dictstate:
        return copyreg._reconstructor, args, dictstate
    return copyreg._reconstructor, args


class Pickler:
    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    # -- output and framing

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
        else:
            self._file_write(data)

    def _commit_frame(self):
        frame = self._frame
        if frame:
            data = b''.join(frame)
            if len(data) >= 4:
                self._file_write(b'\x95' + pack('<Q', len(data)))
            self._file_write(data)
            frame.clear()

    def _frame_size(self):
        return sum(map(len, self._frame))

    def _write_large(self, header, payload):
        # A big payload goes out whole, outside any frame.
        if self._frame is not None and len(payload) >= _FRAME_TARGET:
            self._commit_frame()
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        if not hasattr(self, 'memo'):
            raise PicklingError(f'Pickler.__init__() was not called by {type(self).__name__}.__init__()')
        if self.proto >= 2:
            self._file_write(b'\x80' + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = []
        self.save(obj)
        self.write(b'.')
        if self._frame is not None:
            self._commit_frame()
            self._frame = None

    # -- the memo

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(b'\x94')
        elif self.bin:
            self.write(b'q' + bytes([idx]) if idx < 256 else b'r' + pack('<I', idx))
        else:
            self.write(b'p%d\n' % idx)
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if not self.bin:
            return b'g%d\n' % idx
        return b'h' + bytes([idx]) if idx < 256 else b'j' + pack('<I', idx)

    # -- saving

    def save(self, obj, save_persistent_id=True):
        pid = self.persistent_id(obj) if save_persistent_id else None
        if pid is not None:
            self._save_pers(pid)
            return
        hit = self.memo.get(id(obj))
        if hit is not None:
            self.write(self._get(hit[0]))
            return
        t = type(obj)
        meth = _DISPATCH.get(t)
        if meth is not None:
            meth(self, obj)
        else:
            self._save_other(obj, t)
        if self._frame is not None and self._frame_size() >= _FRAME_TARGET:
            self._commit_frame()

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(b'Q')
        else:
            if not isinstance(pid, str) or not pid.isascii():
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')
            self.write(b'P' + pid.encode('ascii') + b'\n')

    def _save_other(self, obj, t):
        table = self.dispatch_table
        if table is None:
            table = copyreg.dispatch_table
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            override = getattr(self, 'reducer_override', None)
            rv = override(obj) if override is not None else NotImplemented
            if rv is NotImplemented:
                rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f'{_reduce_name(t)} must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError(f'tuple returned by {_reduce_name(t)} must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        reduce_ex = getattr(t, '__reduce_ex__', None)
        if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
            return obj.__reduce_ex__(self.proto)
        if getattr(t, '__reduce__', None) is not _OBJECT_REDUCE:
            return obj.__reduce__()
        rv = _builtin_reduce(obj, t)
        if rv is not None:
            return rv
        if _is_native(t):
            raise TypeError(f"cannot pickle {_type_name(t)!r} object")
        return _default_reduce(obj, self.proto)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        save, write = self.save, self.write
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(b'\x92')
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(b'R')
        elif self.proto >= 2 and name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            write(b'\x81')
        else:
            save(func)
            save(args)
            write(b'R')
        if obj is not None:
            hit = self.memo.get(id(obj))
            if hit is not None:
                write(b'0' + self._get(hit[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(b'b')
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(b'\x86R0')

    def _batch_appends(self, items):
        write, save = self.write, self.save
        if not self.bin:
            for x in items:
                save(x)
                write(b'a')
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(b'(')
                for x in batch:
                    save(x)
                write(b'e')
            elif batch:
                save(batch[0])
                write(b'a')
            if len(batch) < _BATCH:
                return

    def _batch_setitems(self, items):
        write, save = self.write, self.save
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(b's')
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(b'(')
                for k, v in batch:
                    save(k)
                    save(v)
                write(b'u')
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(b's')
            if len(batch) < _BATCH:
                return

    def _exact_batches(self, items, one, many, pairs):
        # Lists and dicts of the exact type: one item alone uses the single-item opcode,
        # otherwise every batch (even a last one of one item) is MARK ... many.
        save, write = self.save, self.write
        if len(items) == 1:
            for x in (items[0] if pairs else items[:1]):
                save(x)
            write(one)
            return
        for start in range(0, len(items), _BATCH):
            write(b'(')
            for x in items[start:start + _BATCH]:
                if pairs:
                    save(x[0])
                    save(x[1])
                else:
                    save(x)
            write(many)

    # -- the builtin types

    def save_none(self, obj):
        self.write(b'N')

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(b'\x88' if obj else b'\x89')
        else:
            self.write(b'I01\n' if obj else b'I00\n')

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj < 256:
                self.write(b'K' + bytes([obj]))
                return
            if 0 <= obj < 65536:
                self.write(b'M' + pack('<H', obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(b'J' + pack('<i', obj))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            self.write((b'\x8a' + bytes([n]) if n < 256 else b'\x8b' + pack('<i', n)) + data)
        elif -0x80000000 <= obj <= 0x7fffffff:
            self.write(b'I%d\n' % obj)
        else:
            self.write(b'L%dL\n' % obj)

    def save_float(self, obj):
        if self.bin:
            self.write(b'G' + pack('>d', obj))
        else:
            self.write(b'F' + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
                return
            # As CPython: _codecs.encode(latin-1 text, 'latin1').
            import codecs
            hit = self.memo.get(id(codecs.encode))
            if hit is not None:
                self.write(self._get(hit[0]))
            else:
                self._write_global(codecs.encode, '_codecs', 'encode')
            self.save((str(obj, 'latin1'), 'latin1'))
            self.write(b'R')
            self.memoize(obj)
            return
        n = len(obj)
        if n < 256:
            self.write(b'C' + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(b'\x8e' + pack('<Q', n), obj)
        else:
            self._write_large(b'B' + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_large(b'\x96' + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if not self.bin:
            self.write(b'V' + _raw_unicode_escape(obj) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self.write(b'\x8c' + bytes([n]) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(b'\x8d' + pack('<Q', n), data)
            else:
                self._write_large(b'X' + pack('<I', n), data)
        self.memoize(obj)

    def save_tuple(self, obj):
        write, save, n = self.write, self.save, len(obj)
        if not n:
            write(b')' if self.bin else b'(t')
            return
        if n <= 3 and self.proto >= 2:
            for x in obj:
                save(x)
            hit = self.memo.get(id(obj))
            if hit is not None:
                write(b'0' * n + self._get(hit[0]))
            else:
                write(b'\x84\x85\x86\x87'[n:n + 1])
                self.memoize(obj)
            return
        write(b'(')
        for x in obj:
            save(x)
        hit = self.memo.get(id(obj))
        if hit is not None:
            # Recursive: the tuple was built while saving its items.
            write((b'1' if self.bin else b'0' * (n + 1)) + self._get(hit[0]))
            return
        write(b't')
        self.memoize(obj)

    def save_list(self, obj):
        self.write(b']' if self.bin else b'(l')
        self.memoize(obj)
        if obj:
            if self.bin:
                self._exact_batches(obj, b'a', b'e', False)
            else:
                self._batch_appends(obj)

    def save_dict(self, obj):
        self.write(b'}' if self.bin else b'(d')
        self.memoize(obj)
        if obj:
            if self.bin:
                self._exact_batches(list(obj.items()), b's', b'u', True)
            else:
                self._batch_setitems(obj.items())

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(b'\x8f')
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            self.write(b'(')
            for x in items[start:start + _BATCH]:
                self.save(x)
            self.write(b'\x90')

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(b'(')
        for x in obj:
            self.save(x)
        hit = self.memo.get(id(obj))
        if hit is not None:
            self.write(b'1' + self._get(hit[0]))
            return
        self.write(b'\x91')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            obj2, parent = _dotted_getattr(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(b'\x82' + bytes([code]))
                elif code <= 0xffff:
                    write(b'\x83' + pack('<H', code))
                else:
                    write(b'\x84' + pack('<i', code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto < 4 and parent is not module:
            if self.proto < 2:
                raise PicklingError(f"Can't pickle {obj!r}: it's not found as {module_name}.{name}")
            self.save_reduce(getattr, (parent, lastname))
            self.memoize(obj)
        else:
            self._write_global(obj, module_name, name)

    def _write_global(self, obj, module_name, name):
        write = self.write
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(b'\x93')
        else:
            if self.fix_imports:
                module_name, name = _py2_name(obj, module_name, name)
            encoding = 'utf-8' if self.proto >= 3 else 'ascii'
            try:
                write(b'c' + module_name.encode(encoding) + b'\n' + name.encode(encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' "
                                    f'using pickle protocol {self.proto}') from None
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError('PickleBuffer can only pickled with protocol >= 5')
        view = obj.raw()
        if self._buffer_callback is None or self._buffer_callback(obj):
            data = bytes(view)
            if view.readonly:
                self.save_bytes(data)
            else:
                self.save_bytearray(bytearray(data))
        else:
            self.write(b'\x97' if not view.readonly else b'\x97\x98')


_PY2_EXCEPTIONS = frozenset("""ArithmeticError AssertionError AttributeError BaseException
    BufferError BytesWarning DeprecationWarning EOFError Exception FloatingPointError FutureWarning
    GeneratorExit ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError OverflowError
    PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
    Warning ZeroDivisionError""".split())


def _py2_name(obj, module_name, name):
    # fix_imports for protocols 0-2: where Python 2 kept the global.
    if module_name == 'builtins' and isinstance(obj, type) and issubclass(obj, BaseException):
        if name in _PY2_EXCEPTIONS:
            return 'exceptions', name
        if issubclass(obj, OSError) and obj is not OSError:
            return 'exceptions', 'OSError'
        if obj is ModuleNotFoundError:
            return 'exceptions', 'ImportError'
    module_name, name = _TO_PY2_NAME.get((module_name, name), (module_name, name))
    return _TO_PY2_MODULE.get(module_name, module_name), name


def _builtin_reduce(obj, t):
    # The reductions of builtin types that pyvm's classes do not define themselves.
    if t is range or t is slice:
        return t, (obj.start, obj.stop, obj.step)
    if t is complex:
        return t, (obj.real, obj.imag)
    if isinstance(obj, BaseException):
        state = getattr(obj, '__dict__', None)
        return (t, obj.args, state) if state else (t, obj.args)
    return None


def _reduce_name(t):
    return '__reduce__' if '__reduce__' in t.__dict__ else '__reduce_ex__'


def _is_native(t):
    # A class written in Rust (its dict has no __module__) other than the plain builtins has
    # no default reduction: CPython says "cannot pickle 'X' object".
    return any(k not in _PLAIN and '__module__' not in k.__dict__ for k in t.__mro__)


def _type_name(t):
    module = t.__module__
    return t.__qualname__ if module == 'builtins' else f'{module}.{t.__qualname__}'


_PLAIN = {object, int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset}
_FUNC_TYPES = (type(len), type(_is_native), type(sys.exit), type(copyreg.pickle))

_DISPATCH = {
    _NoneType: Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
    float: Pickler.save_float, bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
    str: Pickler.save_str, tuple: Pickler.save_tuple, list: Pickler.save_list,
    dict: Pickler.save_dict, set: Pickler.save_set, frozenset: Pickler.save_frozenset,
    type: Pickler.save_type, PickleBuffer: Pickler.save_picklebuffer,
}
_DISPATCH[type(NotImplemented)] = lambda self, obj: self.save_global(obj, 'NotImplemented')
_DISPATCH[type(...)] = lambda self, obj: self.save_global(obj, 'Ellipsis')
for _t in _FUNC_TYPES:
    _DISPATCH[_t] = Pickler.save_global
del _t
