"""Deterministic profiling on top of sys.setprofile, with pstats-style reports."""

import sys
from time import perf_counter as _clock

__all__ = ["run", "runctx", "Profile"]

# The entry of the profiler's own `disable` call, as CPython's _lsprof reports it.
_DISABLE = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")


def _c_label(fn):
    """The key of a built-in function or method: ('~', 0, '<built-in method m.name>')."""
    owner = getattr(fn, '__objclass__', None)
    if owner is None:
        owner = getattr(fn, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            mod = getattr(fn, '__module__', None)
            name = fn.__name__ if not mod else '%s.%s' % (mod, fn.__name__)
            return ('~', 0, '<built-in method %s>' % name)
        owner = type(owner)
    return ('~', 0, "<method '%s' of '%s' objects>" % (fn.__name__, owner.__name__))


class Profile:
    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self.timer = timer or _clock
        self.builtins = builtins
        self.data = {}      # key -> [primitive calls, calls, tottime, cumtime, callers]
        self.stack = []     # [key, frame or builtin, start, time in callees]

    def _event(self, frame, event, arg):
        now = self.timer()
        if event == 'call':
            key = (frame.f_code.co_filename, frame.f_code.co_firstlineno, frame.f_code.co_name)
            self.stack.append([key, frame, now, 0.0])
        elif event == 'c_call':
            if self.builtins:
                self.stack.append([_c_label(arg), arg, now, 0.0])
        elif self.stack:
            top = self.stack[-1]
            if top[1] is (frame if event == 'return' else arg):
                self._leave(now)

    def _leave(self, now):
        key, _, start, inner = self.stack.pop()
        elapsed = now - start
        entry = self.data.get(key)
        if entry is None:
            entry = self.data[key] = [0, 0, 0.0, 0.0, {}]
        entry[1] += 1
        entry[2] += elapsed - inner
        if all(e[0] != key for e in self.stack):
            entry[0] += 1
            entry[3] += elapsed
        if self.stack:
            parent = self.stack[-1]
            parent[3] += elapsed
            c = entry[4].get(parent[0], (0, 0, 0.0, 0.0))
            entry[4][parent[0]] = (c[0] + 1, c[1] + 1, c[2] + elapsed - inner, c[3] + elapsed)

    def enable(self, subcalls=True, builtins=True):
        self.builtins = builtins
        sys.setprofile(self._event)

    def disable(self):
        sys.setprofile(None)
        # (this call and its setprofile call were seen before the hook went off)
        if self.stack and self.stack[-1][1] is sys.setprofile:
            self.stack.pop()
        if self.stack and self.stack[-1][0][2] == 'disable':
            self.stack.pop()
        now = self.timer()
        while self.stack:
            self._leave(now)
        entry = self.data.setdefault(_DISABLE, [0, 0, 0.0, 0.0, {}])
        entry[0] += 1
        entry[1] += 1

    def create_stats(self):
        self.disable() if sys.getprofile() == self._event else None
        self.stats = {k: (v[0], v[1], v[2], v[3], dict(v[4])) for k, v in self.data.items()}

    def snapshot_stats(self):
        self.create_stats()

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import pstats
        pstats.Stats(self).dump_stats(file)

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def _report(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def main():
    import os
    args = sys.argv[1:]
    outfile, sort = None, 2
    while args and args[0].startswith('-'):
        opt = args.pop(0)
        if opt in ('-o', '-s') and args:
            if opt == '-o':
                outfile = args.pop(0)
            else:
                sort = args.pop(0)
        else:
            break
    if not args:
        print("Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...",
              file=sys.stderr)
        sys.exit(2)
    sys.argv[:] = args
    path = args[0]
    sys.path.insert(0, os.path.dirname(path))
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    globs = {'__file__': path, '__name__': '__main__', '__package__': None,
             '__cached__': None}
    runctx(code, globs, None, outfile, sort)


if __name__ == '__main__':
    main()
