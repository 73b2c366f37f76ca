# functools: lru_cache (hits/misses, true LRU eviction, typed, keywords), cache, wraps,
# update_wrapper.
import functools
from functools import lru_cache, cache, wraps, update_wrapper

calls = []

@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(x)
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info()[1], tuple(sq.cache_info()), sq.cache_info() == (4, 5, 3, 3))
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())

@lru_cache
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__(10))
print(fib.cache_parameters(), sq.cache_parameters())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(30), fact.cache_info(), fact.__qualname__)

seen = []

@lru_cache(maxsize=None)
def f(*args, **kw):
    seen.append((args, kw))
    return len(seen)

print(f(1), f(1), f(1.0), f(True), f(1, 2), f(1, b=2), f(1, b=2), f(b=2, a=1), f(a=1, b=2), f.cache_info())

@lru_cache(typed=True)
def g(x):
    return type(x).__name__

print(g(1), g(1.0), g(True), g('1'), g.cache_info())

@lru_cache(maxsize=0)
def h(x):
    return x + 1

print(h(1), h(1), h.cache_info())

@lru_cache(maxsize=-10)
def h2(x):
    return x

print(h2(5), h2.cache_info())

try:
    f([1])
except TypeError as e:
    print('TypeError', e)
for bad in ['a', 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    lru_cache(5)(3)
except TypeError as e:
    print('TypeError', e)

order = []

@lru_cache(maxsize=2)
def k(x):
    order.append(x)
    return x

k(1); k(2); k(1); k(3); k(2); k(1)
print(order, k.cache_info())
print(type(sq).__name__, type(sq.cache_info()).__name__, functools._CacheInfo)

def deco(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('wrapped', func(*args, **kwargs))
    return wrapper

@deco
def greet(name):
    """Say hello."""
    return 'hello ' + name

greet.extra = 1
print(greet('bob'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__('x'))
print(greet.__module__, greet.extra, sorted(greet.__dict__))

def inner():
    pass
inner.tag = 'T'

def outer():
    """outer doc"""

res = update_wrapper(outer, inner)
print(res is outer, outer.__name__, outer.__doc__, outer.tag, outer.__wrapped__ is inner)

def plain():
    pass

update_wrapper(plain, inner, assigned=('__name__',), updated=())
print(plain.__name__, plain.__doc__, hasattr(plain, 'tag'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
w = wraps(len)
print(type(w).__name__, w(plain).__name__, plain.__wrapped__ is len)
