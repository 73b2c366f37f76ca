"""Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')  # reject bad syntax on its own
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        exec(compile(src, dummy_src_name, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        exc = sys.exc_info()[1]
        sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def _globals():
    # timeit's default namespace is the timeit module's own
    return globals()


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_SHORT = {'n': True, 'u': True, 's': True, 'r': True, 't': False, 'c': False, 'p': False,
          'v': False, 'h': False}
_LONG = {'number': True, 'setup': True, 'repeat': True, 'time': False, 'clock': False,
         'process': False, 'verbose': False, 'unit': True, 'help': False}


class _OptionError(Exception):
    pass


def _getopt(args):
    """getopt.getopt(args, 'n:u:s:r:tcpvh', [long options]): (options, operands)."""
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            matches = [o for o in _LONG if o.startswith(name)]
            if name in _LONG:
                matches = [name]
            if not matches:
                raise _OptionError(f'option --{name} not recognized')
            if len(matches) > 1:
                raise _OptionError(f'option --{name} not a unique prefix')
            name = matches[0]
            if _LONG[name]:
                if not eq:
                    if not args:
                        raise _OptionError(f'option --{name} requires argument')
                    value = args.pop(0)
            elif eq:
                raise _OptionError(f'option --{name} must not have an argument')
            opts.append(('--' + name, value))
            continue
        rest = arg[1:]
        while rest:
            o, rest = rest[0], rest[1:]
            if o not in _SHORT:
                raise _OptionError(f'option -{o} not recognized')
            value = ''
            if _SHORT[o]:
                if not rest:
                    if not args:
                        raise _OptionError(f'option -{o} requires argument')
                    rest = args.pop(0)
                value, rest = rest, ''
            opts.append(('-' + o, value))
    return opts, args


def main(args=None, *, _wrap_timer=None):
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _getopt(args)
    except _OptionError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
    precision = 3
    for o, a in opts:
        if o in ('-n', '--number'):
            number = int(a)
        if o in ('-s', '--setup'):
            setup.append(a)
        if o in ('-u', '--unit'):
            if a not in units:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.', file=sys.stderr)
                return 2
            time_unit = a
        if o in ('-r', '--repeat'):
            repeat = max(int(a), 1)
        if o in ('-p', '--process'):
            timer = time.process_time
        if o in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        if o in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                s = 's' if number != 1 else ''
                print(f'{number} loop{s} -> {time_taken:.{precision}g} secs')
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        if time_unit is not None:
            unit, scale = time_unit, units[time_unit]
        else:
            for unit, scale in sorted(units.items(), key=lambda u: -u[1]):
                if dt >= scale:
                    break
        return '%.*g %s' % (precision, dt / scale, unit)

    if verbose:
        print('raw times: %s' % ', '.join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best, worst = min(timings), max(timings)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat, format_time(best)))
    if worst >= best * 4:
        sys.stderr.write(':0: UserWarning: The test results are likely unreliable. '
                         'The worst time (%s) was more than four times slower than the '
                         'best time (%s).\n' % (format_time(worst), format_time(best)))
    return None


if __name__ == '__main__':
    sys.exit(main())
