import logging, logging.handlers, io, sys, os, time, queue, tempfile

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def clean(text):
    return text.replace(HERE, '')

# lastResort follows sys.stderr reassignment; no handlers anywhere
buf = io.StringIO()
sys.stderr = buf
logging.getLogger('lonely').warning('to last resort %d', 1)
logging.getLogger('lonely').info('dropped')
sys.stderr = sys.__stderr__
print(repr(buf.getvalue()), repr(logging.lastResort))

# basicConfig: stream, format, style, level, datefmt; second call is a no-op
s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO, format='{levelname}:{name}:{message}', style='{')
logging.basicConfig(stream=s, format='IGNORED %(message)s')
logging.info('root info %s', 'ok')
logging.debug('hidden')
logging.warning('root warn')
logging.getLogger('app').error('app error')
print(s.getvalue(), end='')
print(logging.root.level, len(logging.root.handlers))
s2 = io.StringIO()
logging.basicConfig(stream=s2, force=True, format='%(levelname)-8s|%(message)s')
logging.critical('forced %d', 2)
logging.log(logging.ERROR, 'via log')
print(s2.getvalue(), end='')
for kw in ({'stream': s, 'filename': 'x'}, {'handlers': [], 'stream': s},
           {'style': '!'}, {'bogus': 1, 'other': 2}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)

# formatters
rec = logging.LogRecord('fmt', logging.WARNING, '/x/y.py', 12, 'value=%s', ('v',), None, 'fn')
rec.created = 1700000000.25
rec.msecs = 250.0
class UTC(logging.Formatter):
    converter = time.gmtime
print(UTC('%(asctime)s %(message)s').format(rec))
print(UTC('%(asctime)s', datefmt='%d/%m/%Y %H:%M').format(rec))
print(UTC('{asctime} {msecs:03.0f} {levelname}', style='{').format(rec))
print(UTC('${asctime} $levelname', style='$').format(rec))
print(logging.Formatter('%(levelno)5d %(lineno)-4d|%(name)r').format(rec))
print(logging.Formatter('{x}-{message}', style='{', defaults={'x': 'D'}).format(rec))
print(logging.Formatter().format(rec), logging.Formatter('%(message)s').usesTime(),
      logging.Formatter('%(asctime)s').usesTime())
for fmt, style in (('no fields', '%'), ('no fields', '{'), ('no fields', '$'),
                   ('%(message)s', '?'), ('{message', '{'), ('$ x', '$')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('plain', validate=False).format(rec))
try:
    logging.Formatter('%(nope)s').format(rec)
except ValueError as e:
    print('ValueError', e)

# exceptions and stack info
es = io.StringIO()
eh = logging.StreamHandler(es)
eh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
el = logging.getLogger('exc')
el.addHandler(eh)
el.propagate = False
def fail(n):
    return {}[n]
def inner():
    el.info('stack here', stack_info=True)
def outer():
    inner()
el.setLevel(logging.DEBUG)
try:
    fail('key')
except KeyError:
    el.exception('lookup failed for %s', 'key')
    el.error('with exc_info', exc_info=True)
    el.debug('no exc')
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    el.warning('instance', exc_info=e)
    el.warning('tuple', exc_info=sys.exc_info())
outer()
print(clean(es.getvalue()))

# LoggerAdapter
class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['tag'], msg), kwargs
ad = Tagged(el, {'tag': 'T1'})
es.truncate(0); es.seek(0)
ad.info('adapted %d', 5)
ad.warning('careful')
print(repr(ad), ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.name, ad.manager is logging.root.manager)
ad.setLevel(logging.ERROR)
ad.info('gone')
plain = logging.LoggerAdapter(el, {'who': 'me'})
eh.setFormatter(logging.Formatter('%(who)s %(message)s'))
plain.error('extra via adapter')
print(es.getvalue(), end='')

# FileHandler with mode / delay, RotatingFileHandler, MemoryHandler, QueueHandler
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w', delay=True)
print(fh.stream is None, os.path.exists(path), repr(fh) == '<FileHandler %s (NOTSET)>' % path)
fl = logging.getLogger('file')
fl.propagate = False
fl.addHandler(fh)
fl.warning('first line')
fl.warning('second %s', 'line')
fh.close()
print(open(path).read(), end='')
fh2 = logging.FileHandler(path, encoding='utf-8')
fl.removeHandler(fh)
fl.addHandler(fh2)
fl.error('appended é')
fh2.close()
print(open(path, encoding='utf-8').read(), end='')
fl.removeHandler(fh2)

rpath = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
fl.addHandler(rh)
for i in range(8):
    fl.warning('message number %d', i)
rh.close()
fl.removeHandler(rh)
for name in sorted(os.listdir(d)):
    if name.startswith('rot'):
        print(name, repr(open(os.path.join(d, name)).read()))

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem: %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.addHandler(mh)
ml.warning('a'); ml.warning('b')
print('buffered', len(mh.buffer))
ml.warning('c')
print('after capacity', len(mh.buffer))
ml.warning('d'); ml.error('e (flush level)')
ml.warning('f')
mh.close()

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('queued')
ql.propagate = False
ql.addHandler(qh)
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setFormatter(logging.Formatter('listener %(levelname)s %(message)s'))
sh.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
listener.start()
for i in range(5):
    ql.warning('q %d', i)
ql.error('boom %s', 'x')
listener.stop()
print(out.getvalue(), end='')
q2 = queue.Queue()
ql.removeHandler(qh)
ql.addHandler(logging.handlers.QueueHandler(q2))
ql.warning('prepared %d', 7)
r = q2.get_nowait()
print(r.msg, r.args, r.message, r.exc_info)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

# warm-up: adapter and formatter reused, then the formatter is swapped
hot = io.StringIO()
hh = logging.StreamHandler(hot)
hl = logging.getLogger('hotfmt')
hl.propagate = False
hl.addHandler(hh)
hl.setLevel(logging.INFO)
adp = logging.LoggerAdapter(hl, {'n': 0})
hh.setFormatter(logging.Formatter('%(n)s:%(message)s'))
def go(i):
    adp.extra['n'] = i
    adp.info('m%d', i)
for i in range(200):
    go(i)
print(hot.getvalue().splitlines()[-1])
hh.setFormatter(logging.Formatter('{n}/{levelname}/{message}', style='{'))
go(200)
print(hot.getvalue().splitlines()[-1])
hl.setLevel(logging.ERROR)
go(201)
print(hot.getvalue().splitlines()[-1], len(hot.getvalue().splitlines()))

# leave no handlers or filters behind: the leak check runs this script again in
# the same interpreter, where the loggers (module state) are the same objects
for lg in [logging.root] + list(logging.Logger.manager.loggerDict.values()):
    if isinstance(lg, logging.Logger):
        for h in lg.handlers[:]:
            lg.removeHandler(h)
            h.close()
        lg.filters.clear()
