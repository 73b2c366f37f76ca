"""Pretty-printing of Python data structures, laid out as CPython 3.11's pprint lays them out.

A value whose one-line repr fits the remaining width is written as that repr; otherwise the
printer for its type's __repr__ (dict, list, tuple, set, str, bytes, the collections types,
SimpleNamespace, dataclasses) breaks it over lines, recursing with the width each part has
left. Reprs of containers are built here (_safe_repr), so recursion and depth are caught."""

import sys as _sys
import types as _types
import collections as _collections
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values that may not be comparable: by value when they are, else by type name
    and id (so sorting a mixed dict or set never raises)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Returns (repr, readable, recursive) for object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out -------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            printer = _printers.get(type(object).__repr__)
            if printer is None and _is_dataclass_instance(object):
                printer = PrettyPrinter._pprint_dataclass
            if printer is not None:
                context[objid] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pad(self, stream):
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        newline = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # a recursive reference: namespaces print it as "..."
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad(stream)
        newline = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_item = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = next_item
            try:
                next_item = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if width < need:
                    width = max_width
                    if delim:
                        delim = newline
                if width >= need:
                    width -= need
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # Split the line into words with their trailing spaces and fill each chunk.
            import re
            parts = re.findall(r'\S*\s*', line)
            parts.pop()  # the empty match at the end
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            stream.write(delim)
            stream.write(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'  # what its repr calls it
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = object.__class__.__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- one-line reprs ----------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return self._join(object, items, "{%s}", context, maxlevels, level, True)
        if issubclass(typ, list) and r is list.__repr__:
            if not object:
                return "[]", True, False
            return self._join(object, object, "[%s]", context, maxlevels, level, False)
        if issubclass(typ, tuple) and r is tuple.__repr__:
            if not object:
                return "()", True, False
            pattern = "(%s,)" if len(object) == 1 else "(%s)"
            return self._join(object, object, pattern, context, maxlevels, level, False)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _join(self, object, items, pattern, context, maxlevels, level, pairs):
        """The one-line repr of a dict (pairs) or a list/tuple, guarding recursion/depth."""
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return pattern % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krepr, kreadable, krecur = self.format(item[0], context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(item[1], context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            else:
                orepr, oreadable, orecur = self.format(item, context, maxlevels, level)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
        del context[objid]
        return pattern % ", ".join(parts), readable, recursive


def _is_dataclass_instance(object):
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    # only when the repr is the one dataclasses generated
    return getattr(type(object).__repr__, '_dataclass_repr', False)


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_P = PrettyPrinter
_printers = {
    dict.__repr__: _P._pprint_dict,
    list.__repr__: _P._pprint_list,
    tuple.__repr__: _P._pprint_tuple,
    set.__repr__: _P._pprint_set,
    frozenset.__repr__: _P._pprint_set,
    str.__repr__: _P._pprint_str,
    bytes.__repr__: _P._pprint_bytes,
    bytearray.__repr__: _P._pprint_bytearray,
    _types.MappingProxyType.__repr__: _P._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: _P._pprint_simplenamespace,
    _collections.OrderedDict.__repr__: _P._pprint_ordered_dict,
    _collections.defaultdict.__repr__: _P._pprint_default_dict,
    _collections.Counter.__repr__: _P._pprint_counter,
    _collections.ChainMap.__repr__: _P._pprint_chain_map,
    _collections.deque.__repr__: _P._pprint_deque,
    _collections.UserDict.__repr__: _P._pprint_user_wrapper,
    _collections.UserList.__repr__: _P._pprint_user_wrapper,
    _collections.UserString.__repr__: _P._pprint_user_wrapper,
}
del _P
