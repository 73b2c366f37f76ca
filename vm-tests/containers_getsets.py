# range/slice start/stop/step as member descriptors, dict views' mapping getset:
# reprs, read-only errors, wrong receivers, values after warm-up.
print(range.start, range.__dict__['stop'], slice.step)
print(slice.__dict__['start'], type(range.start) is type(slice.stop))
r = range(1, 10, 2); s = slice(1, None, 3)
def get(o):
    return (o.start, o.stop, o.step)
for _ in range(200):
    get(r); get(s)
print(get(r), get(s), get(range(5)), get(slice(4)))
print(range.start.__get__(r), slice.stop.__get__(s), range.step.__get__(r, range))
print(range.start.__get__(None, range) is range.start)
for o, name in ((r, 'start'), (s, 'stop')):
    try:
        setattr(o, name, 5)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        delattr(o, name)
    except AttributeError as e:
        print('AttributeError', e)
for d, o in ((range.start, s), (slice.start, r), (range.stop, 1)):
    try:
        d.__get__(o)
    except TypeError as e:
        print('TypeError', e)
print(get(r), get(s))
print(hasattr(r, 'foo'), 'start' in dir(r), 'indices' in dir(s))
try:
    r.foo
except AttributeError as e:
    print('AttributeError', e)
try:
    s.foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(range(2**70, 2**71, 3).step, range(-5).stop)

# dict views' mapping: a read-only proxy of the viewed dict
d = {1: 2}
views = (d.keys(), d.values(), d.items())
def maps():
    return [v.mapping for v in views]
for _ in range(200):
    maps()
print(maps())
d[3] = 4
print(maps(), maps()[0]['3' if 0 else 3], maps()[1] == d)
print(type({}.keys()).__dict__['mapping'], type({}.values()).mapping)
try:
    views[0].mapping = {}
except AttributeError as e:
    print('AttributeError', e)
try:
    maps()[0][5] = 6
except TypeError as e:
    print('TypeError', e)
try:
    type({}.items()).mapping.__get__(d)
except TypeError as e:
    print('TypeError', e)

# methods are non-data descriptors: a subclass instance's dict entry shadows them
class D(dict): pass
class S(set): pass
class T(tuple): pass
class L(list): pass
def probe(o, name):
    return getattr(o, name)
objs = [(D({1: 2}), 'keys'), (S({1}), 'add'), (T((1,)), 'count'), (L([1]), 'append')]
for o, name in objs:
    for _ in range(200):
        probe(o, name)
    print(type(o).__name__, name, callable(probe(o, name)))
    o.__dict__[name] = 'shadow'
    print(probe(o, name), getattr(type(o), name) is getattr(type(o).__mro__[1], name))
    del o.__dict__[name]
    print(callable(probe(o, name)))
print(D({1: 2}).keys().mapping, dict.keys(D({3: 4})).mapping)
