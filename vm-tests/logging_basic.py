import logging, io, sys

def mk(fmt=None, style='%', level=logging.NOTSET, datefmt=None):
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(fmt, datefmt, style))
    return s, h

# levels
for v in (0, 10, 20, 30, 40, 50, 15, 'DEBUG', 'WARN', 'FATAL', 'nope'):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))

# hierarchy
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root, logging.getLogger('') is root)
c = logging.getLogger('a.b.c')
a = logging.getLogger('a')
b = logging.getLogger('a.b')
print(c.parent.name, b.parent.name, a.parent.name, c.getChild('d').name)
print(logging.getLogger('a.b') is b, root.getChild('x').name)
x = logging.getLogger('x.y')
print(x.parent is root)
xx = logging.getLogger('x')
print(x.parent is xx, xx.parent is root)
print(repr(c), c.getEffectiveLevel())
a.setLevel(logging.INFO)
print(repr(c), c.getEffectiveLevel(), c.isEnabledFor(10), c.isEnabledFor(20))
a.setLevel('ERROR')
print(c.isEnabledFor(20), c.isEnabledFor(40))
for bad in ('LOUD', 3.5, None):
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(3)
except TypeError as e:
    print('TypeError', e)
a.setLevel(logging.NOTSET)

# handlers, propagation and formatting
s1, h1 = mk('%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(funcName)s|%(module)s|%(filename)s')
s2, h2 = mk('{levelname:>8} {name} {message}', style='{', level=logging.WARNING)
s3, h3 = mk('$levelname ${name}: $message', style='$')
a.addHandler(h1)
b.addHandler(h2)
c.addHandler(h3)
c.setLevel(logging.DEBUG)
def work():
    c.debug('debug %s', 'x')
    c.info('info %d %d', 1, 2)
    c.warning('warn %(k)s', {'k': 'v'})
    c.error('err')
    c.critical('crit %r', [1])
    c.log(25, 'notice')
work()
print(s1.getvalue(), end='')
print(s2.getvalue(), end='')
print(s3.getvalue(), end='')
b.propagate = False
c.error('stopped at b')
print(repr(s1.getvalue().splitlines()[-1]), repr(s2.getvalue().splitlines()[-1]))
print(c.hasHandlers(), logging.getLogger('zzz').hasHandlers())
b.propagate = True
print(repr(h1), repr(h2), repr(logging.NullHandler()))
try:
    c.log('ERROR', 'x')
except TypeError as e:
    print('TypeError', e)

# filters
class OnlyOdd:
    def filter(self, record):
        return record.args and record.args[0] % 2
c.addFilter(OnlyOdd())
for i in range(4):
    c.error('n=%d', i)
print(s3.getvalue().splitlines()[-2:])
c.filters.clear()
h3.addFilter(lambda r: 'secret' not in r.getMessage())
c.error('a secret'); c.error('public')
print(s3.getvalue().splitlines()[-1])
f = logging.Filter('a.b')
for n in ('a.b', 'a.b.c', 'a.bc', 'a', 'b'):
    print(n, f.filter(logging.makeLogRecord({'name': n})))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'q'})))

# record attributes
rec = logging.LogRecord('n', 20, '/p/q/mod.py', 7, 'hi %s', ('there',), None, 'fn')
print(rec.name, rec.levelname, rec.levelno, rec.pathname, rec.filename, rec.module,
      rec.lineno, rec.funcName, rec.getMessage(), rec.exc_info, rec.exc_text, rec.stack_info)
print(repr(rec))
print(rec.threadName, rec.processName, type(rec.created).__name__, type(rec.msecs).__name__,
      0 <= rec.msecs < 1000, rec.relativeCreated >= 0, isinstance(rec.thread, int), isinstance(rec.process, int))
rec2 = logging.makeLogRecord({'msg': 'x=%d', 'args': (5,), 'custom': 1})
print(rec2.getMessage(), rec2.custom, rec2.name)

# extra
s4, h4 = mk('%(user)s: %(message)s')
lg = logging.getLogger('extra')
lg.addHandler(h4); lg.propagate = False
lg.warning('hello', extra={'user': 'bob'})
for key in ('message', 'asctime', 'lineno'):
    try:
        lg.warning('x', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)
print(s4.getvalue(), end='')

import os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def scrub(text):
    # frames inside the logging package differ between implementations
    out, skip = [], False
    for line in text.splitlines():
        if line.startswith('  File ') and ('/logging/' in line or '<frozen logging' in line):
            skip = True
            continue
        if skip and line.startswith('    '):
            continue
        skip = False
        out.append(line.replace(HERE, ''))
    return '\n'.join(out)

err = io.StringIO()
sys.stderr = err
lg.warning('no user')
lg.warning('bad %d args', 'x')
sys.stderr = sys.__stderr__
print(scrub(err.getvalue()))

# warm-up: one logging path 200 times, then change the level / handler, then again
hot = logging.getLogger('hot.path')
hs, hh = mk('%(levelname)s %(message)s')
hot.addHandler(hh); hot.propagate = False
hot.setLevel(logging.INFO)
def emit(i):
    hot.info('tick %d', i)
    return hot.isEnabledFor(logging.INFO)
for i in range(200):
    emit(i)
print(len(hs.getvalue().splitlines()), hs.getvalue().splitlines()[-1])
hot.setLevel(logging.WARNING)
print(emit(200), len(hs.getvalue().splitlines()))
logging.getLogger('hot').setLevel(logging.DEBUG)
hot.setLevel(logging.NOTSET)
print(emit(201), hs.getvalue().splitlines()[-1])
logging.disable(logging.INFO)
print(emit(202), hs.getvalue().splitlines()[-1])
logging.disable(logging.NOTSET)
print(emit(203), hs.getvalue().splitlines()[-1])
hh.setFormatter(logging.Formatter('{message}!', style='{'))
emit(204)
print(hs.getvalue().splitlines()[-1])

# leave no handlers or filters behind: the leak check runs this script again in
# the same interpreter, where the loggers (module state) are the same objects
for lg in [logging.root] + list(logging.Logger.manager.loggerDict.values()):
    if isinstance(lg, logging.Logger):
        for h in lg.handlers[:]:
            lg.removeHandler(h)
            h.close()
        lg.filters.clear()
