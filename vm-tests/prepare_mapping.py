# A metaclass __prepare__ returning a mapping that is not a dict: every store, load and
# delete of the class body goes through it, with fallback to globals/builtins on KeyError;
# errors as CPython (non-mapping namespaces, type.__new__ argument 3).
class Log:
    """A mapping that is not a dict."""
    def __init__(self): self.d = {}; self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k)); return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k)); self.d[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k)); del self.d[k]
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Log()
    def __new__(mcls, name, bases, ns, **kw):
        print('log', ns.log)
        return super().__new__(mcls, name, bases, ns.d)
gx = 'global'
class C(metaclass=M):
    """doc"""
    a = 1
    b = a + 1
    c = gx
    d = len
    del a
    def m(self): return __class__
    try:
        zz
    except NameError as e:
        print('NameError', e)
print(C.b, C.c, C.d, C.__doc__, C().m() is C, C.__qualname__)
try:
    class E(metaclass=M):
        x = 1
        del y
except NameError as e: print(type(e).__name__, e)
class M2(type):
    def __prepare__(name, bases): return 5
try:
    class F(metaclass=M2): pass
except TypeError as e: print(e)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Log()
try:
    class G(metaclass=M3): pass
except TypeError as e: print(e)
try:
    type('X', (), [])
except TypeError as e: print(e)
try:
    type.__new__(type, 'X', (), Log())
except TypeError as e: print(e)
class M4(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('kw', kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class H(metaclass=M4, flag=True): pass
print(H.__name__)
# KeyError raised by getitem -> falls back; other errors propagate
class Bad(dict):
    def __getitem__(self, k):
        if k == 'boom': raise ValueError('boom!')
        return super().__getitem__(k)
class M5(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Bad()
try:
    class I(metaclass=M5):
        x = len
        y = boom
except ValueError as e: print('ValueError', e)
class M6(type):
    @classmethod
    def __prepare__(mcls, name, bases): return None
try:
    class J(metaclass=M6): pass
except TypeError as e: print(e)
# __prepare__ without classmethod: called on the metaclass with name, bases
class M7(type):
    def __prepare__(*a, **k): print('prep args', len(a), k); return {}
class K(metaclass=M7): pass
print(type(K).__name__)


# warm-up: the same metaclass and namespace machinery 200 times, then the mapping's
# __setitem__ changes, then again
def make(i):
    class W(metaclass=M):
        v = i
    return W.v


print(sum(make(i) for i in range(200)))
Log.__setitem__ = lambda self, k, v: self.d.__setitem__(k, v * 2 if k == 'v' else v)
print(sum(make(i) for i in range(200)))
Log.__setitem__ = lambda self, k, v: self.d.__setitem__(k, v)
print(sum(make(i) for i in range(200)))


# a mapping whose __delitem__ fails: `del` in the body is a NameError, as in CPython
class NoDel(dict):
    def __delitem__(self, k):
        raise TypeError('no deleting')


class M8(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDel()


try:
    class Z(metaclass=M8):
        a = 1
        del a
except NameError as e:
    print('NameError', e)
