"""weakref: weak references and the containers built on them, as CPython 3.11's module.
ref, proxy, getweakrefcount, getweakrefs and the types come from the native _weakref;
WeakSet from _weakrefset; WeakMethod, WeakValueDictionary, WeakKeyDictionary and finalize
are pyvm's own code."""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType,
                      CallableProxyType)
from _weakrefset import WeakSet
import sys as _sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance or the
    function dies (a bound method object itself would die at once)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # The self-weakref trick keeps the callback from holding the WeakMethod.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class _Guarded:
    # Removals queued by dying entries wait while the container is iterated.
    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self._apply_removal(pending.pop())

    def _begin(self):
        self._iterating += 1

    def _end(self):
        self._iterating -= 1
        if not self._iterating:
            self._commit_removals()


class WeakValueDictionary(_Guarded):
    """A mapping whose values are held weakly: an entry leaves when its value dies."""

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def remove(wr):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr)
                else:
                    self._apply_removal(wr)
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        # key -> weakref to the value; weakref -> key, so a dead value finds its entry.
        self.data = {}
        self._keys = {}
        self.update(other, **kw)

    def _apply_removal(self, wr):
        key = self._keys.pop(id(wr), _missing)
        if key is not _missing and self.data.get(key) is wr:
            del self.data[key]

    def _make(self, key, value):
        wr = ref(value, self._remove)
        self._keys[id(wr)] = key
        return wr

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.pop(key)
        self._keys.pop(id(wr), None)

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        old = self.data.get(key)
        if old is not None:
            self._keys.pop(id(old), None)
        self.data[key] = self._make(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new
    __copy__ = copy

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._begin()
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._end()

    def keys(self):
        self._begin()
        try:
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k
        finally:
            self._end()

    __iter__ = keys

    def values(self):
        self._begin()
        try:
            for wr in list(self.data.values()):
                o = wr()
                if o is not None:
                    yield o
        finally:
            self._end()

    def itervaluerefs(self):
        self._begin()
        try:
            yield from list(self.data.values())
        finally:
            self._end()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            self._keys.pop(id(wr), None)
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data.pop(key)
        except KeyError:
            o = None
        else:
            self._keys.pop(id(wr), None)
            o = wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self._pending_removals.clear()
        self.data.clear()
        self._keys.clear()

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Guarded):
    """A mapping whose keys are held weakly: an entry leaves when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    self._apply_removal(k)
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        if dict is not None:
            self.update(dict)

    def _apply_removal(self, k):
        try:
            del self.data[k]
        except KeyError:
            pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new
    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._begin()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._end()

    def keys(self):
        self._begin()
        try:
            for wr in list(self.data):
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._end()

    __iter__ = keys

    def values(self):
        self._begin()
        try:
            for wr, value in list(self.data.items()):
                if wr() is not None:
                    yield value
        finally:
            self._end()

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._pending_removals.clear()
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


_missing = object()


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at exit (if atexit is true)."""

    __slots__ = ()
    # weakref -> info; the registry keeps the finalizers alive (not the objects).
    _registry = {}
    _index = [0]
    _shutdown = False
    _registered_with_atexit = False
    _dirty = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index[0] += 1
        info.index = finalize._index[0]
        finalize._registry[self] = info
        finalize._dirty = True
        if not finalize._registered_with_atexit:
            # The atexit module is imported (and the exit hook registered) with the first
            # finalizer, as CPython's weakref.py does.
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers marked for exit, oldest first.
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # At exit (an atexit callback), the finalizers whose atexit is true run, newest
        # first, with the collector disabled.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            # no more finalizers run during shutdown
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
