# atexit: register/unregister, arguments, newest-first order at exit, errors reported and
# skipped, weakref.finalize(atexit=True) finalizers run at exit.
import atexit
import weakref


class Named:
    # a callable with a repr free of addresses, for the "Exception ignored" report
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print('callback', self.name, args, sorted(kwargs.items()))
        if self.fail is not None:
            raise self.fail

    def __repr__(self):
        return '<Named %s>' % self.name


class Owner:
    def __del__(self):
        print('Owner.__del__ (module teardown, after atexit)')


owner = Owner()
base = atexit._ncallbacks()


def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))


print(atexit.register(show, 1, 2, key='v') is show)
print(atexit.register(Named('first')).name)
atexit.register(Named('raises', ValueError('bad value')))
atexit.register(show, 'twice')
print(atexit._ncallbacks() - base)
atexit.unregister(show)          # both registrations of show go
print(atexit._ncallbacks() - base)
atexit.register(show, 'kept')
atexit.register(Named('exits', SystemExit(7)))
atexit.register(Named('last', KeyError('k')), 'a', b=1)
atexit.unregister(print)         # never registered: nothing happens

try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
try:
    atexit.register()
except TypeError as e:
    print('TypeError:', e)


class Res:
    pass


r1 = Res()
r2 = Res()
f1 = weakref.finalize(r1, print, 'finalize r1 at exit')
f2 = weakref.finalize(r2, print, 'finalize r2 at exit')
f3 = weakref.finalize(Res(), print, 'finalize temp now')
r3 = Res()
f4 = weakref.finalize(r3, print, 'r3: not at exit')
f4.atexit = False
print(f1.atexit, f4.atexit, f3.alive)

print('main ends')
