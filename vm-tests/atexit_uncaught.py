# atexit callbacks run after an uncaught exception's traceback, before module teardown;
# the exit status stays 1.
import atexit
import weakref


class Owner:
    def __del__(self):
        print('teardown')


class Res:
    pass


owner = Owner()
r = Res()
fin = weakref.finalize(r, print, 'finalizer at exit')
atexit.register(print, 'atexit after the traceback')
raise RuntimeError('uncaught')
