# atexit._run_exitfuncs runs the callbacks now (newest first) and empties the table;
# atexit._clear forgets them; nothing registered runs twice.
import atexit

base = atexit._ncallbacks()
log = []
atexit.register(log.append, 'a')
atexit.register(log.append, 'b')
atexit.register(lambda: log.append('c'))
atexit._run_exitfuncs()
print(log, atexit._ncallbacks())
atexit.register(print, 'cleared: never printed')
print(atexit._ncallbacks())
atexit._clear()
print(atexit._ncallbacks())


def reregister():
    print('reregister runs')


atexit.register(reregister)
atexit.register(print, 'exit 1')
print(sorted(n for n in dir(atexit) if not n.startswith('__')))
