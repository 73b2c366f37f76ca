"""Abstract base classes: ABCMeta, ABC, abstractmethod, as CPython 3.11's abc module.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__;
object.__new__ refuses to instantiate a class whose set is not empty. isinstance and
issubclass consult __subclasshook__, the classes registered with register(), and the
subclasses, caching the answers per class. The registry and the caches hold classes weakly
(WeakSet), as CPython's do: a class a script drops does not stay alive in them."""

from _weakrefset import WeakSet


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one left cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod are abstract when what they wrap is.
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


# Bumped by every register(): any ABC's cached "not a subclass" answers may then be stale.
_invalidation = [0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = WeakSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = _invalidation[0]
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation[0]:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = _invalidation[0]
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for other in list(cls._abc_registry):
            if issubclass(subclass, other):
                cls._abc_cache.add(subclass)
                return True
        # (type.__subclasses__ holds the subclasses weakly already)
        for other in type.__subclasses__(cls):
            if issubclass(subclass, other):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache'):
            print(f'{name}: {getattr(cls, name)!r}', file=file)


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered anywhere."""
    return _invalidation[0]


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after it was changed; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to make an ABC without naming the metaclass."""
    __slots__ = ()
