import argparse, sys, io, os
os.environ["COLUMNS"] = "80"

def run(parser, argv):
    """Parses argv, printing the namespace or the error output and exit status."""
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
        status = None
    except SystemExit as e:
        result = None
        status = e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print('argv:', argv)
    if result is not None:
        print('  ->', result)
    if out.getvalue():
        print('  stdout:', out.getvalue().replace('\n', '\n          '))
    if err.getvalue():
        print('  stderr:', err.getvalue().replace('\n', '\n          '))
    if status is not None:
        print('  exit status:', status)

p = argparse.ArgumentParser(prog='tool', description='A test tool.')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', '--num', type=int, default=1, help='how many')
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--tag', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--add', action='append_const', const='x', dest='adds')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
for argv in (['a'], ['a', 'b'], ['-vvv', 'a'], ['a', '-n5'], ['a', '-n', '7', '-v', '--verbose'],
             ['--num=3', 'a'], ['-qv', 'a'], ['-qn2', 'a'], ['--no-cache', 'a'],
             ['--mode', 'slow', 'a'], ['--tag', 'x', '--tag=y', 'a'], ['--const', '--add', '--add', 'a'],
             ['--ext', '1', '2', '--ext', '3', 'a'], ['--pair', 'k', 'v', 'a'], ['--opt', 'a'],
             ['--opt', 'X', 'a'], ['--', '-a', '-b'], ['a', '--', '-b'],
             ['--verb', 'a'], ['--mo', 'slow', 'a'], ['-n', '-3', 'a'],
             [], ['a', 'b', 'c'], ['--mode', 'medium', 'a'], ['-n', 'x', 'a'], ['-n'],
             ['--pair', 'k', 'a'], ['--bogus', 'a'], ['-x', 'a'], ['--no', 'a'], ['-q=1', 'a'],
             ['--const=1', 'a'], ['-h'], ['a', '--help']):
    run(p, argv)

# parse_known_args and Namespace
ns, rest = p.parse_known_args(['a', '--zzz', '-k', 'b', 'c'])
print(ns, rest)
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), ns != argparse.Namespace(a=2), 'a' in ns, 'c' in ns)
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(vars(p.parse_args(['z'])))
print(p.parse_args(['z'], namespace=argparse.Namespace(extra=1)).extra)

# nargs variants and REMAINDER
q = argparse.ArgumentParser(prog='q')
q.add_argument('first', nargs='+')
q.add_argument('last')
q.add_argument('--opt')
q.add_argument('rest', nargs=argparse.REMAINDER)
for argv in (['a', 'b'], ['a', 'b', 'c'], ['a', '--opt', 'o', 'b', 'r1', '--x'], ['a']):
    run(q, argv)
r = argparse.ArgumentParser(prog='r')
r.add_argument('xs', nargs='*', type=float, default=[0.5])
r.add_argument('--n', nargs=3, type=int)
for argv in ([], ['1', '2.5'], ['--n', '1', '2', '3', '4'], ['--n', '1', '2'], ['1', 'e']):
    run(r, argv)

# type functions raising ArgumentTypeError, FileType errors
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
t = argparse.ArgumentParser(prog='t')
t.add_argument('n', type=even)
t.add_argument('--f', type=argparse.FileType('r'))
for argv in (['4'], ['3'], ['x'], ['2', '--f', '/nonexistent/file']):
    run(t, argv)
print(repr(argparse.FileType('w', encoding='utf-8')))

# exit_on_error=False
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
for argv in (['--n', 'x'], ['--n']):
    try:
        e.parse_args(argv)
    except argparse.ArgumentError as err:
        print('ArgumentError:', err, '|', err.argument_name, '|', err.message)

# warm-up: one parser used 200 times, then an argument default changes
w = argparse.ArgumentParser(prog='w')
w.add_argument('--k', type=int, default=0)
w.add_argument('items', nargs='*')
def parse(i):
    return w.parse_args(['--k', str(i), 'a', 'b'])
for i in range(200):
    ns = parse(i)
print(ns)
w.set_defaults(k=-1, new='yes')
print(w.parse_args([]), w.get_default('k'), w.get_default('new'))
run(w, ['--k', 'bad'])

# intermixed options and positionals
im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_intermixed_args('doit 1 --foo bar 2 3 --zz'.split()))
run(im, ['--foo', 'x'])
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('x', nargs='...')
try:
    rem.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
