import logging, logging.handlers, sys, os, io, threading, tempfile

# module-level call with no configuration: basicConfig() to stderr
logging.info('not shown')
logging.warning('first %s', 'warning')
print(len(logging.root.handlers), repr(logging.root.handlers[0].formatter._fmt))
logging.error('error goes to stderr too')

# basicConfig(filename, filemode, format, datefmt, level, force)
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.log')
with open(path, 'w') as f:
    f.write('old content\n')
logging.basicConfig(filename=path, filemode='w', format='%(levelname)s|%(name)s|%(message)s',
                    level='DEBUG', force=True)
logging.debug('into the file')
logging.getLogger('pkg.mod').info('child %d', 1)
print(logging.root.level, type(logging.root.handlers[0]).__name__)
logging.root.handlers[0].flush()
print(open(path).read(), end='')
logging.basicConfig(filename=path, filemode='a', force=True)
logging.warning('appended with the default format')
logging.root.handlers[0].close()
print(open(path).read(), end='')

# handlers= keeps a handler's own formatter
s1, s2 = io.StringIO(), io.StringIO()
h1 = logging.StreamHandler(s1)
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter('custom: %(message)s'))
logging.basicConfig(handlers=[h1, h2], format='basic: %(message)s', level=logging.INFO, force=True)
logging.info('both')
print(s1.getvalue() + s2.getvalue(), end='')

# no lastResort: the one-time "No handlers" message
logging.basicConfig(force=True, handlers=[logging.NullHandler()])
saved = logging.lastResort
logging.lastResort = None
err = io.StringIO()
sys.stderr = err
orphan = logging.getLogger('orphan')
orphan.propagate = False
orphan.warning('lost')
orphan.warning('lost again')
sys.stderr = sys.__stderr__
logging.lastResort = saved
print(repr(err.getvalue()))

# NullHandler swallows, handler level filtering, removeHandler
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error('silent')
print(lib.hasHandlers(), len(lib.handlers))

# many threads logging through one handler (its RLock keeps lines whole)
out = io.StringIO()
th = logging.StreamHandler(out)
th.setFormatter(logging.Formatter('%(threadName)s %(message)s'))
tl = logging.getLogger('threads')
tl.propagate = False
tl.setLevel(logging.INFO)
tl.addHandler(th)
def worker(n):
    for i in range(50):
        tl.info('worker %d line %d', n, i)
threads = [threading.Thread(target=worker, args=(n,), name='T%d' % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = out.getvalue().splitlines()
print(len(lines), all(l.split()[0] == 'T' + l.split()[2] for l in lines))
print(sorted(set(l.split()[0] for l in lines)))

# handler names, setLevel with names, getLevelName round trips
named = logging.StreamHandler(io.StringIO())
named.name = 'console'
print(named.get_name(), named.name)
named.setLevel('ERROR')
print(named.level, logging.getLevelName(named.level))
try:
    named.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)

# custom logger class and record factory
class MyLogger(logging.Logger):
    def hello(self):
        self.info('hello from %s', self.name)
logging.setLoggerClass(MyLogger)
ml = logging.getLogger('custom.one')
print(type(ml).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
old_factory = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = 'CF'
    return record
logging.setLogRecordFactory(factory)
fs = io.StringIO()
fh = logging.StreamHandler(fs)
fh.setFormatter(logging.Formatter('%(custom)s %(message)s'))
ml.addHandler(fh)
ml.setLevel(logging.INFO)
ml.propagate = False
ml.hello()
logging.setLogRecordFactory(old_factory)
print(fs.getvalue(), end='')

# placeholders fixed up when a middle logger appears later
deep = logging.getLogger('p.q.r.s')
top = logging.getLogger('p')
print(deep.parent.name)
mid = logging.getLogger('p.q')
print(deep.parent.name, mid.parent.name)
print(isinstance(logging.Logger.manager.loggerDict['p.q.r'], logging.PlaceHolder))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

# leave no handlers or filters behind: the leak check runs this script again in
# the same interpreter, where the loggers (module state) are the same objects
for lg in [logging.root] + list(logging.Logger.manager.loggerDict.values()):
    if isinstance(lg, logging.Logger):
        for h in lg.handlers[:]:
            lg.removeHandler(h)
            h.close()
        lg.filters.clear()
