# __getattr__, __setattr__, __call__, __enter__/__exit__, __del__, __class__, __new__, metaclasses
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
class T:
    a = 1
t = T()
p = Proxy(t)
print(p.a, p.upper if False else 'x')
p.b = 2
print(t.b, p.log)
try:
    p.nothing
except AttributeError as e:
    print(e)

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, typ, val, tb):
        print('exit', typ.__name__ if typ else None, val)
        return self.suppress
with Ctx(False) as c:
    print('body', type(c).__name__)
with Ctx(True):
    raise KeyError('k')
print('after suppressed')
try:
    with Ctx(False):
        raise ValueError('v')
except ValueError as e:
    print('caught', e)

class Del:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = Del(1)
d.n = 2
d.__del__()
# (when __del__ runs on its own is the memory tests' business)
Del.__del__ = lambda self: None
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add3 = Adder(3)
print(add3(4), add3(1, times=3), callable(add3), callable(Adder), callable(3))

class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), isinstance(pr, tuple), pr + (3,), type(pr).__name__)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['created_by'] = 'Meta'
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.via_meta = True
        return obj
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
w = WithMeta(5)
print(WithMeta.created_by, w.x, w.via_meta, type(WithMeta).__name__, isinstance(WithMeta, Meta))

Dyn = type('Dyn', (object,), {'x': 1, 'get': lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__, type(Dyn))

# class decorators and function decorators
def register(cls):
    cls.registered = True
    return cls
def twice(f):
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper
@register
class Deco:
    @twice
    def val(self):
        return 21
print(Deco.registered, Deco().val())

# __class__ and __name__ of instances and classes
print(w.__class__.__name__, WithMeta.__class__.__name__, int.__name__, type(None).__name__)

# builtin subclasses
class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def push(self, x):
        self.append(x)
        return self
ml = MyList([3, 1], 't')
ml.push(2).sort()
print(ml, ml.tag, len(ml), ml[0], type(ml).__name__, ml == [1, 2, 3])
class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
dd = DefaultDict(list)
dd['a'].append(1)
print(dd, dict(dd))
class MyErr(Exception):
    def __init__(self, code, msg='failed'):
        super().__init__(f'{msg} ({code})')
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code, e.args, repr(e))
class Upper(str):
    def shout(self):
        return self.upper() + '!'
print(Upper('hi').shout(), Upper('a') + 'b', len(Upper('abc')))
class Int2(int):
    def double(self):
        return self * 2
print(Int2(21).double(), Int2(5) + 1, isinstance(Int2(1), int))
