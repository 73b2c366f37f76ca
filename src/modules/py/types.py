"""Names for the builtin types the interpreter uses but does not bind as builtins, and
SimpleNamespace."""


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__('sys'))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e


class SimpleNamespace:
    """An object whose attributes are its keyword arguments; repr and == follow them."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})' if type(self) is SimpleNamespace else \
            f'{type(self).__name__}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = 'types'


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement would."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del _f, _g, _C


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _ag


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        co_flags = func.__code__.co_flags
        # A coroutine function, or a generator function marked already.
        if co_flags & 0x180:
            return func
        # A generator function: mark its code as an iterable coroutine (0x100).
        if co_flags & 0x20:
            func.__code__ = func.__code__.replace(co_flags=co_flags | 0x100)
            return func

    # A callable that may return a generator: wrap the generators it returns.
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if coro.__class__ is GeneratorType:
            # A generator made by a function this decorator did not mark.
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    """An awaitable view of a generator (what types.coroutine returns for generators
    made elsewhere)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__
