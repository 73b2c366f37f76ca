"""Statistics of a profile run (cProfile/profile), printed in CPython's layout."""

import sys
import os
import re
class SortKey(str):
    """The sort keys (CPython's is a str Enum; these compare and sort as their names)."""
    __slots__ = ()

    @property
    def value(self):
        return str(self)

    @property
    def name(self):
        return next(k for k, v in vars(SortKey).items() if v is self)

    def __repr__(self):
        return '<SortKey.%s: %r>' % (self.name, str(self))


for _name, _value in (('CALLS', 'calls'), ('CUMULATIVE', 'cumulative'),
                      ('FILENAME', 'filename'), ('LINE', 'line'), ('NAME', 'name'),
                      ('NFL', 'nfl'), ('PCALLS', 'pcalls'), ('STDNAME', 'stdname'),
                      ('TIME', 'time')):
    setattr(SortKey, _name, SortKey(_value))
del _name, _value


# Sort fields: indexes into (pcalls, calls, tottime, cumtime, file, line, name, stdname).
_SORTS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "file": (((4, 1),), "file name"),
    "module": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def f8(x):
    return "%8.3f" % x


class _Reversed:
    """Sorts its value in descending order inside an ascending sort."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.sort_type = ""
        if args:
            self.add(*args)

    def load_stats(self, arg):
        if arg is None:
            return {}
        if isinstance(arg, str):
            with open(arg) as f:
                stats = eval(f.read(), {})
            self.files.append(arg)
            return stats
        if hasattr(arg, 'create_stats'):
            arg.create_stats()
            return arg.stats
        raise TypeError("Cannot create or construct a %r object from %r"
                        % (self.__class__, arg))

    def add(self, *arg_list):
        for item in arg_list:
            stats = item.stats if isinstance(item, Stats) else self.load_stats(item)
            if isinstance(item, Stats):
                self.files += item.files
            for func, (cc, nc, tt, ct, callers) in stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                merged = dict(old[4])
                for k, v in callers.items():
                    o = merged.get(k, (0, 0, 0, 0))
                    merged[k] = tuple(a + b for a, b in zip(o, v))
                self.stats[func] = (old[0] + cc, old[1] + nc, old[2] + tt, old[3] + ct,
                                    merged)
        self._totals()
        self.fcn_list = None
        return self

    def _totals(self):
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0
        self.top_level = set()
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def dump_stats(self, filename):
        with open(filename, 'w') as f:
            f.write(repr(self.stats))

    def get_sort_arg_defs(self):
        return {k: v for k, v in _SORTS.items()}

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        keys = []
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = str(word)
            if word not in _SORTS:
                raise KeyError(word)
            keys.extend(_SORTS[word][0])
            names.append(_SORTS[word][1])
        self.sort_type = ", ".join(names)

        def key(func):
            cc, nc, tt, ct, _ = self.stats[func]
            row = (cc, nc, tt, ct) + func + (func_std_string(func),)
            return tuple(row[i] if d > 0 else _Reversed(row[i]) for i, d in keys)
        self.fcn_list = sorted(self.stats, key=key)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        new = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            nf = func_strip_path(func)
            ncallers = {func_strip_path(k): v for k, v in callers.items()}
            if nf in new:
                o = new[nf]
                new[nf] = (o[0] + cc, o[1] + nc, o[2] + tt, o[3] + ct, {**o[4], **ncallers})
            else:
                new[nf] = (cc, nc, tt, ct, ncallers)
        self.stats = new
        self.max_name_len = 0
        self._totals()
        self.fcn_list = 0
        return self

    def _restrict(self, sel, items, msg):
        if isinstance(sel, str):
            pat = re.compile(sel)
            new = [f for f in items if pat.search(func_std_string(f))]
        else:
            count = len(items)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
            elif isinstance(sel, int) and 0 <= sel < count:
                count = sel
            new = items[:count]
        if len(items) != len(new):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(items), len(new), sel)
        return new, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            items = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            items = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            items, msg = self._restrict(sel, items, msg)
        count = len(items)
        if not items:
            return 0, items
        print(msg, file=self.stream)
        if count < len(self.stats):
            width = max(len(func_std_string(f)) for f in items)
        return width + 2, items

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, items = self.get_print_list(amount)
        if items:
            self.print_title()
            for func in items:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        out = self.stream
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        print(c.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)

    def print_callers(self, *amount):
        width, items = self.get_print_list(amount)
        if items:
            print("Function".ljust(width) + "was called by...", file=self.stream)
            for func in items:
                callers = self.stats[func][4]
                line = func_std_string(func).ljust(width)
                for i, (caller, v) in enumerate(sorted(callers.items())):
                    name = func_std_string(caller)
                    text = "%s(%r) %s" % (name, v[1], f8(v[3])) if isinstance(v, tuple) else name
                    print((line if i == 0 else ' ' * width) + " <- " + text, file=self.stream)
                if not callers:
                    print(line + " <- ", file=self.stream)
            print(file=self.stream)
            print(file=self.stream)
        return self
