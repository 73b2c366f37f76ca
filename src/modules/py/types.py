"""Names for the builtin types the interpreter uses but does not bind as builtins;
SimpleNamespace (native, in `_types`), DynamicClassAttribute, and the class-creation helpers
new_class, prepare_class and resolve_bases."""

import sys as _sys
from _types import SimpleNamespace


def _f():
    pass


def _g():
    yield 1


def _cell_of():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
CellType = type(_cell_of())
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(int.__add__)
MethodDescriptorType = type(str.join)
ModuleType = type(_sys)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e


def _no_objects_of(name):
    """A stand-in for a CPython type pyvm makes no objects of (bound slot wrappers are plain
    methods here): nothing is an instance of it."""

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{name}' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{name}' is not an acceptable base type")
    t = type(name, (), {'__new__': __new__, '__init_subclass__': __init_subclass__})
    t.__module__ = 'builtins'
    return t


MethodWrapperType = _no_objects_of('method-wrapper')
ClassMethodDescriptorType = _no_objects_of('classmethod_descriptor')
UnionType = type(int | str)


def _most_derived_meta(meta, bases):
    """The metaclass a class with `bases` gets when `meta` is asked for: the most derived
    of it and the bases' metaclasses."""
    for base in bases:
        other = type(base)
        if issubclass(meta, other):
            continue
        if not issubclass(other, meta):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        meta = other
    return meta


def resolve_bases(bases):
    """`bases` with each non-class that has `__mro_entries__` replaced by what it returns
    (PEP 560); `bases` itself when nothing changed."""
    out = []
    changed = False
    for base in bases:
        entries = None
        if not isinstance(base, type) and hasattr(base, '__mro_entries__'):
            entries = base.__mro_entries__(bases)
            changed = True
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
        out.extend((base,) if entries is None else entries)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) as a class statement would have them before running
    the body: the metaclass (from kwds or the first base, made the most derived), the
    mapping its `__prepare__` returned, and a copy of kwds without 'metaclass'."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement would: `exec_body(ns)` fills the
    namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)




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
class DynamicClassAttribute:
    """A property whose access through the class raises AttributeError, so the
    metaclass's `__getattr__` answers instead (enum members named like properties)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        # (a doc taken from fget follows a new getter's)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel, doc):
        new = type(self)(fget, fset, fdel, doc)
        new.overwrite_doc = self.overwrite_doc
        return new

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._with(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


del _f, _g, _C, _cell_of, _no_objects_of
