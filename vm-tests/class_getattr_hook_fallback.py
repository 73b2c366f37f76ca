# __getattr__ runs when normal lookup raises AttributeError (a property getter, a
# __getattribute__ override), once, also for a metaclass; other errors propagate.
class A:
    calls = 0
    @property
    def x(self):
        raise AttributeError("no")
    def __getattr__(self, n):
        A.calls += 1
        if n == 'boom': raise AttributeError('inner ' + n)
        return "ga"
a = A()
print(sum(a.x == 'ga' for _ in range(300)), A.calls)
try: a.boom
except AttributeError as e: print(e, A.calls)
class G:
    def __getattribute__(self, n):
        if n == 'y': raise AttributeError('ga-' + n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        G.n = getattr(G, 'n', 0) + 1
        raise AttributeError('hook ' + n)
try: G().y
except AttributeError as e: print(e, G.n)
print(hasattr(a, 'x'), getattr(G(), 'y', 'dflt'), G.n)
class P:
    @property
    def v(self): raise ValueError('v')
    def __getattr__(self, n): return 'hook'
try: P().v
except ValueError as e: print('ValueError', e)
def rd(o): return o.x
for i in range(300): rd(a)
A.x = property(lambda self: 'prop')
print(rd(a))
del A.x
print(rd(a), A.calls)
