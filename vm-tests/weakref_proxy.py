# weakref.proxy: attribute get/set/del, operators and protocols forwarded to the referent;
# ReferenceError once it died; shared proxy without callback; counted by getweakrefcount.
import weakref


class Vec:
    def __init__(self, x):
        self.x = x

    def meth(self, k=1):
        return ('meth', self.x * k)

    def __add__(self, o):
        return ('add', o)

    def __radd__(self, o):
        return ('radd', o)

    def __iadd__(self, o):
        return ('iadd', o)

    def __mul__(self, o):
        return ('mul', o)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, k, v):
        print('setitem', k, v)

    def __delitem__(self, k):
        print('delitem', k)

    def __iter__(self):
        return iter([1, 2, 3])

    def __contains__(self, x):
        return x == 5

    def __eq__(self, o):
        return ('eq', o)

    def __lt__(self, o):
        return ('lt', o)

    def __bool__(self):
        return False

    def __neg__(self):
        return 'neg'

    def __invert__(self):
        return 'invert'

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 7

    def __abs__(self):
        return 'abs'

    def __bytes__(self):
        return b'bytes'

    def __reversed__(self):
        return iter('cba')

    def __str__(self):
        return 'str of Vec'

    def __repr__(self):
        return 'Vec(%r)' % (self.x,)

    __hash__ = object.__hash__


class Fn:
    def __call__(self, *args, **kwargs):
        return ('called', args, sorted(kwargs.items()))


v = Vec(10)
p = weakref.proxy(v)
print(type(p) is weakref.ProxyType, type(p).__name__, weakref.ProxyTypes)
print(p.x, p.meth(), p.meth(k=3), getattr(p, 'x'), hasattr(p, 'nope'))
p.y = 'set via proxy'
print(v.y)
del p.y
print(hasattr(v, 'y'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
print(p + 1, 1 + p, p * 2, p == 3, p != 3, p < 4, 3 > p)
print(len(p), p[5], list(p), 5 in p, 6 in p, bool(p), not p, -p, ~p)
print(int(p), float(p), abs(p), bytes(p), list(reversed(p)), [10, 20, 30, 40, 50, 60, 70, 80][p])
p[1] = 'one'
del p[2]
print(str(p), '%s' % p, f'{p}', format(p))
r = repr(p)
print(r.startswith('<weakproxy at 0x'), r.endswith('>'), ' to Vec at 0x' in r)
q = p
q += 5
print(q)
print(isinstance(p, Vec), isinstance(p, weakref.ProxyType), p.__class__ is Vec)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)

# a callable referent gives a CallableProxyType
fn = Fn()
cp = weakref.proxy(fn)
print(type(cp) is weakref.CallableProxyType, type(cp).__name__)
print(cp(1, 2, k='v'))
try:
    p()
except TypeError as e:
    print('TypeError:', e)
f2 = weakref.proxy(len)
print(type(f2).__name__, f2([1, 2]))

# one proxy without a callback is shared; each with a callback is new
print(weakref.proxy(v) is p, weakref.proxy(v, None) is p)
log = []
p2 = weakref.proxy(v, lambda w: log.append(('callback', type(w).__name__)))
print(p2 is p, weakref.getweakrefcount(v))
r0 = weakref.ref(v)
print(weakref.getweakrefcount(v))
refs = weakref.getweakrefs(v)
print(refs[0] is r0, refs[1] is p, refs[2] is p2)

# dead: every operation raises ReferenceError, the callback ran
del v, refs
print(log, r0())
for what, op in [('attribute', lambda: p.x), ('setattr', lambda: setattr(p, 'x', 1)),
                 ('add', lambda: p + 1), ('radd', lambda: 1 + p), ('len', lambda: len(p)),
                 ('str', lambda: str(p)), ('bool', lambda: bool(p)),
                 ('getitem', lambda: p[0]), ('iter', lambda: iter(p)),
                 ('eq', lambda: p == 1), ('call', lambda: p())]:
    try:
        op()
        print(what, 'no error')
    except ReferenceError as e:
        print(what, 'ReferenceError:', e)
    except TypeError as e:
        print(what, 'TypeError:', e)
r = repr(p)
print(r.startswith('<weakproxy at 0x'), ' to NoneType at 0x' in r)
del fn
try:
    cp()
except ReferenceError as e:
    print('call: ReferenceError:', e)

# what cannot be weakly referenced cannot be proxied
for x in [1, 'text', (1,), [1], {}]:
    try:
        weakref.proxy(x)
    except TypeError as e:
        print('TypeError:', e)

# a proxy to an iterator forwards next(); to a non-iterator it refuses
it = iter([1, 2])


class Holder:
    pass


h = Holder()
h.it = it
hp = weakref.proxy(h)
print(hp.it is it)
try:
    next(hp)
except TypeError as e:
    print('TypeError:', e)
