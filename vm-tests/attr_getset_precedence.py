# Special attributes of functions, builtin functions and bound methods are data
# descriptors on their types (getset/member descriptors): an entry of the same name in
# the object's __dict__ never shadows them. Each access also runs after a warm-up so a
# cached attribute lookup cannot go stale.

def read_all(f):
    return (f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__,
            f.__class__.__name__, type(f.__dict__).__name__)

def target(a=1):
    "the doc"
    return a

for _ in range(200):
    before = read_all(target)
print("before:", before)

for name, value in [("__name__", "x"), ("__qualname__", 3), ("__doc__", "d2"),
                    ("__module__", 4), ("__defaults__", 6), ("__class__", 1),
                    ("__dict__", 2), ("__code__", 7), ("__globals__", 8)]:
    target.__dict__[name] = value

for _ in range(200):
    after = read_all(target)
print("after: ", after)
print("dict keeps:", sorted(target.__dict__))
print("code still a code:", type(target.__code__).__name__, target.__globals__ is globals())
print("call still works:", target(), target(5))

# Instances of a class: object's __class__/__dict__ descriptors win over the dict.
class C:
    "class doc"

c = C()
for _ in range(200):
    k = c.__class__
c.__dict__['__class__'] = 5
c.__dict__['__dict__'] = 7
for _ in range(200):
    k = c.__class__
print(k, type(c.__dict__).__name__, c.__dict__['__class__'])
# __doc__ and __module__ are plain class attributes: the instance dict wins.
c.__dict__['__doc__'] = 'inst'
c.__dict__['__module__'] = 'm'
print(c.__doc__, c.__module__, C.__doc__)

# Setting the special attributes goes through their setters.
def g(a, b=2):
    pass

for _ in range(200):
    g.__name__ = 'n2'
print(g.__name__, '__name__' in g.__dict__)
for bad in [5, None]:
    try:
        g.__name__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError", e)
try:
    g.__qualname__ = 1
except TypeError as e:
    print("TypeError", e)
g.__defaults__ = (1,)
print(g.__defaults__, g(0))
del g.__defaults__
print(g.__defaults__)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)
g.__kwdefaults__ = {'z': 1}
print(g.__kwdefaults__)
try:
    g.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError", e)
try:
    g.__code__ = 5
except TypeError as e:
    print("TypeError", e)
for attr in ['__globals__', '__closure__', '__builtins__']:
    try:
        setattr(g, attr, {})
    except AttributeError as e:
        print("AttributeError", attr, e)
g.__doc__ = 'new doc'
print(g.__doc__)
del g.__doc__
print(g.__doc__)
g.__annotations__ = {'a': int}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
g.custom = 1
print(g.custom, g.__dict__)

# The descriptors themselves.
F = type(g)
print(type(F.__dict__['__name__']).__name__, F.__dict__['__name__'])
print(F.__dict__['__code__'], F.__dict__['__defaults__'])
print(F.__dict__['__name__'].__get__(g, F))
try:
    F.__dict__['__name__'].__get__(5, int)
except TypeError as e:
    print("TypeError", e)

# Builtin functions and methods.
import math
print(len.__name__, len.__qualname__, math.sqrt.__name__, math.sqrt.__qualname__)
print([].append.__name__, [].append.__qualname__, list.append.__qualname__, dict.get.__qualname__)
print([].append.__self__)
print(type(len).__dict__['__name__'])
try:
    len.__name__ = 'x'
except AttributeError as e:
    print("AttributeError", e)

# Bound methods: __self__/__func__ are theirs, other names come from the function.
class E:
    def meth(self):
        "meth doc"

e = E()
for _ in range(200):
    bm = e.meth
    r = (bm.__name__, bm.__qualname__, bm.__self__ is e, bm.__func__ is E.meth, bm.__doc__,
         bm.__module__, bm.__class__.__name__)
print(r)
E.meth.tag = 'tagged'
print(e.meth.tag, e.meth.__dict__)
try:
    bm.__name__ = 'q'
except AttributeError as e2:
    print("AttributeError", e2)
try:
    bm.missing
except AttributeError as e2:
    print("AttributeError", e2)
