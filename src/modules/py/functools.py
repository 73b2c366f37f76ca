# The Python half of pyvm's `functools`, run into the native module's namespace (which
# already holds reduce, partial, cmp_to_key, update_wrapper, wraps, lru_cache, cache and
# total_ordering): partialmethod, cached_property, singledispatch and
# singledispatchmethod, with CPython 3.11's behaviour and messages.

from _thread import RLock

GenericAlias = type(list[int])


def get_cache_token():
    # (abc's, imported when first needed: importing functools stays cheap)
    from abc import get_cache_token
    return get_cache_token()


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # (flattened, as nested partial objects are)
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self.func}, {args}, {keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # (a descriptor such as classmethod or a function: bind, then partial)
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        val = cache.get(name, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                val = cache.get(name, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[name] = val
                    except TypeError:
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance does not support item assignment for caching "
                            f"{name!r} property.") from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


# singledispatch: the implementation for a class is the registered one nearest it in its
# MRO, where the MRO is extended with the registered ABCs the class is a virtual subclass
# of (inserted where they first apply, by C3 linearization).

def _c3_merge(sequences):
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    bases = cls.__bases__
    # (bases up to the last explicit ABC come first, then the ABCs that apply here)
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], "__abstractmethods__"):
            boundary = i
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    abstract = [b for b in abcs
                if issubclass(cls, b) and not any(issubclass(x, b) for x in bases)]
    for b in abstract:
        abcs.remove(b)
    groups = (explicit, abstract, others)
    mros = [_c3_mro(b, abcs=abcs) for group in groups for b in group]
    return _c3_merge([[cls]] + mros + [list(g) for g in groups])


def _compose_mro(cls, types):
    bases = set(cls.__mro__)

    def is_related(typ):
        return (typ not in bases and hasattr(typ, "__mro__")
                and not isinstance(typ, GenericAlias) and issubclass(cls, typ))
    types = [t for t in types if is_related(t)]
    types = [t for t in types if not any(t != o and t in o.__mro__ for o in types)]
    type_set = set(types)
    mro = []
    for typ in types:
        found = [[s for s in sub.__mro__ if s in type_set]
                 for sub in typ.__subclasses__()
                 if sub not in bases and issubclass(cls, sub)]
        if not found:
            mro.append(typ)
            continue
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _union_args(cls):
    # The classes of a `X | Y` (or typing.Union) annotation, or None if it is not one.
    import types
    union = getattr(types, "UnionType", None)
    if union is not None and isinstance(cls, union):
        return cls.__args__
    typing = __import__("sys").modules.get("typing")
    if typing is not None and typing.get_origin(cls) is typing.Union:
        return typing.get_args(cls)
    return None


def _valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    args = _union_args(cls)
    return args is not None and all(isinstance(a, type) for a in args)


def _annotated_type(func):
    # (the first annotation, as typing.get_type_hints(func) would give it)
    argname, cls = next(iter(func.__annotations__.items()))
    if isinstance(cls, str):
        cls = eval(cls, getattr(func, "__globals__", {}))
    if not _valid_dispatch_type(cls):
        if _union_args(cls) is not None:
            raise TypeError(f"Invalid annotation for {argname!r}. "
                            f"{cls!r} not all arguments are classes.")
        raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
    return cls


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    import types
    import weakref

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        nonlocal cache_token
        if cache_token is not None:
            # (an ABC registration anywhere may change the answer)
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            impl = registry[cls] if cls in registry else _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        nonlocal cache_token
        if _valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            if not getattr(cls, "__annotations__", {}):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            cls = _annotated_type(func)
        for c in _union_args(cls) or (cls,):
            registry[c] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
