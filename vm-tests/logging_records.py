# stacklevel, custom levels, raiseExceptions off, exc_info edge cases, adapters
import logging, io, sys
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
lg = logging.getLogger('t')
lg.addHandler(h); lg.propagate = False; lg.setLevel(1)
def helper(msg):
    lg.info(msg, stacklevel=2)
def caller():
    helper('from caller')
caller()
lg.info('deep', stacklevel=50)
lg.log(5, 'level five %s', 'x')
print(s.getvalue())
logging.raiseExceptions = False
lg.info('bad %d', 'x')
logging.raiseExceptions = True
print(repr(logging.StreamHandler()), repr(logging.FileHandler.__mro__[1].__name__))
r = logging.makeLogRecord({'msg': 'a', 'exc_info': (None, None, None)})
print(repr(logging.Formatter().format(r)))
f = logging.Formatter('%(message)s')
try:
    raise KeyError('k')
except KeyError:
    r = logging.makeLogRecord({'msg': 'boom', 'exc_info': sys.exc_info()})
out1 = f.format(r)
print(r.exc_text.splitlines()[-1], out1.splitlines()[0])
print(f.formatException(r.exc_info).splitlines()[-1])
a = logging.LoggerAdapter(lg, {'x': 1})
print(a.process('m', {'extra': {'y': 2}}))
print(logging.getLevelName(logging.WARN), logging.WARN, logging.FATAL)
print(logging.Logger('solo').parent, logging.Logger('solo').level)
try:
    logging.Formatter('%(message)s', style='%', validate=True, defaults={'a': 1}).format(logging.makeLogRecord({}))
except Exception as e:
    print(type(e), e)
print(logging.Formatter('%(message)s').format(logging.makeLogRecord({'msg': 'x %s', 'args': ('y',)})))
print(logging.root.manager is logging.Logger.manager, logging.getLogger('t').manager.disable)

for lg_ in [logging.root] + list(logging.Logger.manager.loggerDict.values()):
    if isinstance(lg_, logging.Logger):
        for h_ in lg_.handlers[:]:
            lg_.removeHandler(h_)
            h_.close()
