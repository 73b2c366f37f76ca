"""Set handlers for asynchronous events (signals).

pyvm's signal module: the native functions of _signal, with the signal numbers and the
SIG_DFL/SIG_IGN handlers as members of int enums (Signals, Handlers), as CPython's signal
module shows them: repr <Signals.SIGINT: 2>, str and format as the plain int.
"""

import _signal
from _signal import *


class _EnumType(type):
    """The enums' metaclass: calling the class looks a member up by value; the class is
    iterable, sized and indexable by name, as an enum class is."""

    def __call__(cls, value):
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        return member

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._member_list_)

    def __reversed__(cls):
        return reversed(cls._member_list_)

    def __len__(cls):
        return len(cls._member_list_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f"cannot reassign member {name!r}")
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f"cannot delete member {name!r}")
        type.__delattr__(cls, name)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class _IntEnum(int, metaclass=_EnumType):
    """A member: an int with a name."""

    _member_map_ = {}
    _member_list_ = []
    _value2member_map_ = {}

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int.__repr__(self)}>"

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    __hash__ = int.__hash__

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)


def _make_enum(name, pairs):
    """The enum `name` whose members are `pairs` (name, value): ordered by value, a second
    name for a value is an alias of the first member; each member also becomes a global."""
    cls = _EnumType(name, (_IntEnum,), {
        '__module__': __name__,
        '__qualname__': name,
        '_member_map_': {},
        '_member_list_': [],
        '_value2member_map_': {},
    })
    for member_name, value in sorted(pairs, key=lambda p: (p[1], p[0])):
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = member_name
            cls._value2member_map_[value] = member
            cls._member_list_.append(member)
        cls._member_map_[member_name] = member
        type.__setattr__(cls, member_name, member)
        globals()[member_name] = member
    return cls


Signals = _make_enum('Signals', [
    (name, value) for name, value in vars(_signal).items()
    if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')
])
Handlers = _make_enum('Handlers', [
    (name, value) for name, value in vars(_signal).items()
    if name in ('SIG_DFL', 'SIG_IGN')
])

# The error setitimer/getitimer raise (CPython names the class itimer_error).
ItimerError = type('itimer_error', (OSError,), {'__module__': __name__})
_signal.ItimerError = ItimerError


def _int_to_enum(value, enum_klass):
    """`value` as a member of `enum_klass` if it is an int naming one, else unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """`int(value)` where that works (a member becomes its number), else `value`."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
getsignal.__doc__ = """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
valid_signals.__doc__ = """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
