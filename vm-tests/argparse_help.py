import argparse, sys, io, os
os.environ["COLUMNS"] = "80"

def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
        status = None
    except SystemExit as e:
        result, status = None, e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print('argv:', argv)
    if result is not None:
        print('  ->', result)
    for name, buf in (('stdout', out), ('stderr', err)):
        if buf.getvalue():
            print('  %s:' % name)
            print(buf.getvalue(), end='')
    if status is not None:
        print('  exit status:', status)

# prog defaults to basename(sys.argv[0])
print(argparse.ArgumentParser().prog == os.path.basename(sys.argv[0]))

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())

p = argparse.ArgumentParser(
    prog='deploy', description='Deploy   the\n  application to one or more servers, '
    'optionally running the migrations first and notifying the team afterwards.',
    epilog='See %(prog)s docs for more.')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('target', help='where to deploy (%(choices)s)', choices=['staging', 'prod'])
p.add_argument('--name', action=Upper, help='release name, upper-cased')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='colorize output')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--retries', type=int, default=3, metavar='N',
               help='retry a failed step up to N times (default: %(default)s), '
                    'waiting a little longer after each attempt so that transient '
                    'errors have time to clear')
g = p.add_argument_group('network', 'Options controlling the network.')
g.add_argument('--host', default='localhost', help='server host')
g.add_argument('--port', type=int, default=22)
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true', help='skip checks')
m.add_argument('--safe', action='store_true', help='run every check')
run(p, ['-h'])
run(p, ['--version'])
run(p, ['prod', '--name', 'rc1', '--no-color', '--fast'])
run(p, ['prod', '--fast', '--safe'])
run(p, ['dev'])
run(p, [])
run(p, ['prod', '--secret', 's', '--color'])
print(p.format_usage(), end='')

# required mutually exclusive group, usage with groups
r = argparse.ArgumentParser(prog='r')
x = r.add_mutually_exclusive_group(required=True)
x.add_argument('--a', action='store_true')
x.add_argument('--b', type=int)
x.add_argument('pos', nargs='?')
run(r, [])
run(r, ['--b', '2'])
run(r, ['--a', 'p'])
run(r, ['-h'])

# subparsers
s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', required=True, help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('--force', '-f', action='store_true')
sub.add_parser('status')
run(s, ['-h'])
run(s, ['commit', '-h'])
run(s, ['commit', '-m', 'msg'])
run(s, ['--debug', 'ci', '--amend', '-m', 'x'])
run(s, ['push', '-f'])
run(s, ['status'])
run(s, [])
run(s, ['commit'])
run(s, ['frob'])
run(s, ['push', 'a', 'b'])
t = argparse.ArgumentParser(prog='t')
tsub = t.add_subparsers(title='commands', description='available commands', metavar='CMD')
tsub.add_parser('one', help='the first')
tsub.add_parser('two', help='the second')
run(t, ['-h'])
run(t, [])
try:
    t.add_subparsers()
except SystemExit as e:
    print('SystemExit', e.code)

# formatter classes
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description='first line\n    indented line\n\nlast')
    f.add_argument('--level', type=int, default=2, help='the level\nsecond line')
    f.add_argument('name', type=str, help='a name')
    f.add_argument('extra', type=str, nargs='*', help='extras')
    print(f.format_help())

# long usage wrapping with a long prog and many options
long = argparse.ArgumentParser(prog='a-rather-long-program-name-for-wrapping-tests')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long.add_argument('input_file')
long.add_argument('output_files', nargs='+')
print(long.format_usage(), end='')
narrow = argparse.HelpFormatter('x', width=30)
print(argparse.ArgumentParser(prog='n', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10)).format_help())

# parents, conflicts, prefix chars, fromfile, abbreviations
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('--verbose', action='store_true')
run(child, ['--conf', 'x.ini', '--verb'])
try:
    child.add_argument('--config')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--xx', help='old')
res.add_argument('--xx', help='new')
print(res.format_help())
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+v', action='store_true')
plus.add_argument('-q', action='store_true')
run(plus, ['+v', '-q'])
noab = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
noab.add_argument('--long')
run(noab, ['--lo', '1'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
run(amb, ['--fo', '1'])
run(amb, ['--foo', '1'])
with open('argparse_help_args.tmp', 'w') as fh:
    fh.write('--foo\nfromfile\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--foo')
ff.add_argument('rest', nargs='*')
run(ff, ['@argparse_help_args.tmp', 'x'])
run(ff, ['@missing_file.tmp'])
os.remove('argparse_help_args.tmp')
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('n', nargs='?')
run(neg, ['-1'])
run(neg, ['-2'])

# definition errors
bad = argparse.ArgumentParser(prog='bad')
for args, kwargs in ((('x',), {'required': True}), (('--y',), {'nargs': 0}),
                     (('--z',), {'action': 'nope'}), (('--w',), {'type': 'int'}),
                     (('--v',), {'nargs': 2, 'metavar': ('A', 'B', 'C')}),
                     (('bad',), {'dest': 'other'}), (('x',), {'const': 1}),
                     (('--',), {}), (('foo', 'bar'), {}), (('--u',), {'nargs': 'x'})):
    try:
        bad.add_argument(*args, **kwargs)
        print('accepted', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(bad)[:60])
print(bad.add_argument('--good', default=1))

# warm-up: help generated 150 times, then a new argument appears in it
hp = argparse.ArgumentParser(prog='hp')
hp.add_argument('--a', help='alpha')
def usage():
    return hp.format_usage()
for i in range(150):
    u = usage()
print(u, end='')
hp.add_argument('--b', help='beta')
print(usage(), end='')
