"""Shallow and deep copy operations (copy.copy, copy.deepcopy), as CPython 3.11's copy
module behaves for builtin containers, instances (their __dict__ and __slots__), and
classes that define __copy__, __deepcopy__, __getstate__/__setstate__ or __reduce_ex__."""

import builtins as _builtins
from copyreg import dispatch_table as _dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

def _types(*names):
    return frozenset(getattr(_builtins, n) for n in names if hasattr(_builtins, n))


# Values that copy to themselves, and the containers whose copy() is the shallow copy.
_ATOMIC = _types('int', 'float', 'bool', 'complex', 'str', 'bytes', 'type', 'range',
                 'slice', 'property') | {type(None), type(Ellipsis), type(NotImplemented),
                                         type(len), type(lambda: 0)}
_SHALLOW = _types('list', 'dict', 'set', 'bytearray')


def _reductor(x):
    """A function registered with copyreg.pickle for x's class, or x's own __reduce_ex__ or
    __reduce__ (bound) if its class or a base other than object defines one; the default
    reduction is done here without one."""
    registered = _dispatch_table.get(type(x))
    if registered is not None:
        return lambda: registered(x)
    for klass in type(x).__mro__:
        if klass is object:
            return None
        for name in ('__reduce_ex__', '__reduce__'):
            if name in klass.__dict__:
                method = getattr(x, name)
                return (lambda: method(4)) if name == '__reduce_ex__' else method
    return None


def _slots_state(x):
    """The values of x's __slots__ members (across its MRO), as a dict."""
    state = {}
    for klass in type(x).__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if hasattr(x, name):
                state[name] = getattr(x, name)
    return state


def _state(x):
    for klass in type(x).__mro__:
        if klass is not object and '__getstate__' in klass.__dict__:
            return x.__getstate__()
    state = dict(x.__dict__) if hasattr(x, '__dict__') else None
    slots = _slots_state(x)
    if slots:
        return (state, slots)
    return state


def _restore(y, state, copier):
    if state is None:
        return
    if copier is not None:
        state = copier(state)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _new_like(x):
    cls = type(x)
    if isinstance(x, (list, dict, set)):
        # Builtin containers' subclasses: an empty instance, filled by the caller.
        return cls.__new__(cls)
    getnewargs = getattr(x, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    return cls.__new__(cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in _SHALLOW:
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _reductor(x)
    if reductor is not None:
        rv = reductor()
        # a string names a global: the object copies to itself
        return x if isinstance(rv, str) else _reconstruct(x, None, *rv)
    y = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, set):
        y.update(x)
    _restore(y, _state(x), None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple holding only atomic values is its own copy; a tuple that refers back to
        # itself was copied while its items were.
        if d in memo:
            return memo[d]
        y = x if all(i is a for i, a in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _reductor(x)
            if reductor is not None:
                rv = reductor()
                y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
            else:
                y = _new_like(x)
                memo[d] = y
                if isinstance(x, list):
                    y.extend(deepcopy(a, memo) for a in x)
                elif isinstance(x, dict):
                    for key, value in x.items():
                        y[deepcopy(key, memo)] = deepcopy(value, memo)
                elif isinstance(x, set):
                    y.update(deepcopy(a, memo) for a in x)
                _restore(y, _state(x), lambda s: deepcopy(s, memo))
    # Keep x alive while the memo refers to it by id, as CPython does.
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _restore(y, state, (lambda s: deepcopy(s, memo)) if deep else None)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
