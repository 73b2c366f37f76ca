"""contextvars: context-local state (PEP 567).

A Context maps ContextVars to values; each thread has its own current Context (made empty
on first use), replaced for the duration of Context.run. Contexts hold plain dicts: copy()
is a snapshot, ContextVar.set updates the current Context in place.
"""

from threading import local as _local

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()
_state = _local()  # .ctx: this thread's current Context (gone with the thread)


def _current_context():
    ctx = getattr(_state, 'ctx', None)
    if ctx is None:
        ctx = _state.ctx = Context()
    return ctx


def _rerun():
    # For `-X leakcheck`: each run of the script starts with fresh contexts.
    global _state
    _state = _local()


def copy_context():
    return _current_context().copy()


def _final(cls):
    # Like CPython's types, none of these can be subclassed.
    def __init_subclass__(sub, **kw):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _check_var(key):
    if type(key) is not ContextVar:
        raise TypeError(f'a ContextVar key was expected, got {key!r}')


@_final
class Context:
    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._prev = None
        self._entered = False

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, callable, *args = args
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        state = _state
        self._prev = getattr(state, 'ctx', None)
        self._entered = True
        state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            if self._prev is None:
                del state.ctx
            else:
                state.ctx = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data.copy()
        return new

    def __getitem__(self, var):
        _check_var(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def get(self, *args):
        if not args:
            raise TypeError('get expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(f'get expected at most 2 arguments, got {len(args)}')
        _check_var(args[0])
        return self._data.get(args[0], args[1] if len(args) == 2 else None)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


@_final
class ContextVar:
    __slots__ = ('_name', '_default')

    def __init__(self, *args, default=_NO_DEFAULT):
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
            raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
        if type(args[0]) is not str:
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', args[0])
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{name}'")

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current_context()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = args[0]
        return Token(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


@_final
class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _Missing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
