"""Data classes: the @dataclass decorator, field(), and the helpers around them.

@dataclass reads the class's annotations (and its dataclass bases' fields) into Field objects,
then writes the special methods as Python source, compiled with one exec() per class, so the
generated __init__ raises the interpreter's own argument errors ("__init__() missing 1
required positional argument: 'x'") and carries CPython's __qualname__ and __annotations__."""

import sys
import types
from _thread import get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        # A descriptor used as a default learns its name too.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _string_annotation_names(annotation, cls, module):
    # Whether a string annotation ("ClassVar[int]", "typing.ClassVar") names `name` of
    # `module`, looked up in the class's module as CPython's dataclasses does.
    import re
    match = re.match(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)', annotation)
    if not match:
        return None
    cls_module = sys.modules.get(cls.__module__)
    if match.group(1):
        if not cls_module or cls_module.__dict__.get(match.group(1)) is not module:
            return None
        ns = module.__dict__
    else:
        ns = cls_module.__dict__ if cls_module else None
    return ns.get(match.group(2)) if ns else None


def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING  # a __slots__ entry, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing:
        if _is_classvar(a_type, typing) or (
                isinstance(a_type, str)
                and _is_classvar(_string_annotation_names(a_type, cls, typing),
                                 typing)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD and (_is_initvar(a_type) or (
            isinstance(a_type, str) and _is_initvar(
                _string_annotation_names(a_type, cls, sys.modules[__name__])))):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in flds) + ',)'


class _Source:
    """The methods of one class, written out as source and compiled together."""

    def __init__(self, cls):
        self.cls = cls
        self.names = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                      '__dataclass_builtins_object__': object,
                      'FrozenInstanceError': FrozenInstanceError,
                      '__dataclass_cls__': cls, '_get_ident': get_ident}
        self.defs = []
        self.fn_names = []

    def add(self, name, args, body, return_type=MISSING):
        ret = ''
        if return_type is not MISSING:
            self.names[f'__dataclass_type_{name}_return__'] = return_type
            ret = f'->__dataclass_type_{name}_return__'
        lines = '\n'.join('  ' + line for line in body)
        self.fn_names.append(name)
        self.defs.append(f' def {name}({",".join(args)}){ret}:\n{lines}')

    def build(self):
        # One wrapper function makes the names of `self.names` closure variables.
        params = ','.join(self.names)
        src = (f'def __create_fn__({params}):\n' + '\n'.join(self.defs)
               + '\n return {' + ','.join(f'{n!r}:{n}' for n in self.fn_names) + '}')
        ns = {}
        exec(src, self.globals(), ns)
        made = ns['__create_fn__'](**self.names)
        for fn in made.values():
            fn.__qualname__ = f'{self.cls.__qualname__}.{fn.__name__}'
        return made

    def globals(self):
        module = sys.modules.get(self.cls.__module__)
        return module.__dict__ if module else {}


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_fn(src, all_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    body = []
    for f in all_fields:
        src.names[f'_type_{f.name}'] = f.type
        default_name = f'_dflt_{f.name}'
        if f.default_factory is not MISSING:
            src.names[default_name] = f.default_factory
            if f.init:
                value = (f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                         f'else {f.name}')
            else:
                value = f'{default_name}()'
        elif f.init:
            if f.default is not MISSING:
                src.names[default_name] = f.default
            value = f.name
        else:
            continue
        if f._field_type is _FIELD:
            body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({params})')

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            default = ''
        elif f.default is not MISSING:
            default = f'=_dflt_{f.name}'
        else:
            default = '=_HAS_DEFAULT_FACTORY'
        return f'{f.name}:_type_{f.name}{default}'

    args = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [param(f) for f in kw_only_fields]
    src.add('__init__', args, body or ['pass'], return_type=None)


def _repr_fn(src, flds):
    pieces = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    src.names['__dataclass_repr_running__'] = set()
    src.add('__repr__', ['self'], [
        'key = id(self), _get_ident()',
        'if key in __dataclass_repr_running__:',
        "  return '...'",
        '__dataclass_repr_running__.add(key)',
        'try:',
        f'  return self.__class__.__qualname__ + f"({pieces})"',
        'finally:',
        '  __dataclass_repr_running__.discard(key)'])


def _frozen_fns(src, flds):
    names = '(' + ','.join(repr(f.name) for f in flds) + ',)' if flds else '()'
    for name, args, verb, call in (('__setattr__', ['self', 'name', 'value'], 'assign to',
                                    '__setattr__(name, value)'),
                                   ('__delattr__', ['self', 'name'], 'delete',
                                    '__delattr__(name)')):
        src.add(name, args, [
            f'if type(self) is __dataclass_cls__ or name in {names}:',
            f' raise FrozenInstanceError(f"cannot {verb} field {{name!r}}")',
            f'super(__dataclass_cls__, self).{call}'])


def _cmp_fn(src, name, op, flds):
    src.add(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {_tuple_str("self", flds)}{op}{_tuple_str("other", flds)}',
        'return NotImplemented'])


def _hash_fn(src, flds):
    src.add('__hash__', ['self'], [f'return hash({_tuple_str("self", flds)})'])


# What to do with __hash__, keyed by (unsafe_hash, eq, frozen, has an explicit __hash__):
# '' leave it, 'none' set it to None, 'add' generate one, 'error' refuse.
_HASH_ACTION = {
    (False, False, False, False): '', (False, False, False, True): '',
    (False, False, True, False): '', (False, False, True, True): '',
    (False, True, False, False): 'none', (False, True, False, True): '',
    (False, True, True, False): 'add', (False, True, True, True): '',
    (True, False, False, False): 'add', (True, False, False, True): 'error',
    (True, False, True, False): 'add', (True, False, True, True): 'error',
    (True, True, False, False): 'add', (True, True, False, True): 'error',
    (True, True, True, False): 'add', (True, True, True, True): 'error',
}


def _collect_fields(cls, kw_only):
    """The fields of `cls`: those of its dataclass bases, then its own annotations."""
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and _string_annotation_names(
                tp, cls, sys.modules[__name__]) is KW_ONLY):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, tp, kw_only))
    for f in own:
        all_fields[f.name] = f
        # The class attribute holds the default, or nothing when field() gave none.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return all_fields, has_dataclass_bases, any_frozen_base


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields, has_dataclass_bases, any_frozen_base = _collect_fields(cls, kw_only)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    values = list(all_fields.values())
    field_list = [f for f in values if f._field_type is _FIELD]
    init_fields = [f for f in values if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_fields = [f for f in init_fields if f.init and f.kw_only]
    src = _Source(cls)
    if init:
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _init_fn(src, init_fields, std_fields, kw_fields, frozen,
                 hasattr(cls, '__post_init__'), self_name)
    if repr:
        _repr_fn(src, [f for f in field_list if f.repr])
    compared = [f for f in field_list if f.compare]
    if eq:
        _cmp_fn(src, '__eq__', '==', compared)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            _cmp_fn(src, name, op, compared)
    if frozen:
        _frozen_fns(src, field_list)
    action = _HASH_ACTION[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if action == 'add':
        _hash_fn(src, [f for f in field_list if (f.compare if f.hash is None else f.hash)])
    made = src.build() if src.defs else {}

    if '__repr__' in made:
        made['__repr__']._dataclass_repr = True  # (pprint lays these out field by field)
    for name in ('__init__', '__repr__', '__eq__'):
        if name in made:
            _set_new_attribute(cls, name, made[name])
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if name in made and _set_new_attribute(cls, name, made[name]):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                            'Consider using functools.total_ordering')
    for name in ('__setattr__', '__delattr__'):
        if name in made and _set_new_attribute(cls, name, made[name]):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    if action == 'add':
        cls.__hash__ = made['__hash__']
    elif action == 'none':
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + (_text_signature(std_fields, kw_fields) if init else '()')
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _format_annotation(tp):
    # As inspect.formatannotation writes it.
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, types.GenericAlias):
        return str(tp)
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _text_signature(std_fields, kw_fields):
    # The "(x: int, y: int = 0)" part of a generated class docstring, as inspect shows it.
    parts = []
    for f in std_fields + kw_fields:
        if f is (kw_fields[0] if kw_fields else None):
            parts.append('*')
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ can only be given at class creation: make the class again, with them.
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(
        name for name in field_names + (('__weakref__',) if weakref_slot else ())
        if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (a class or an instance) as a tuple of Field objects."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into dataclasses, lists,
    tuples and dicts and deep-copying everything else."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple, converted as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True))
                            for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Make a dataclass named cls_name from (name), (name, type) or (name, type, field())
    items."""
    import keyword
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    import types
    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class with the fields in `changes` replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
