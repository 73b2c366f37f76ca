# WeakValueDictionary as a cache: entries leave when their values die; WeakKeyDictionary.
import weakref
import gc


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return 'Image(%r)' % self.name


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img


a = load('a')
b = load('b')
a2 = load('a')
print(a is a2, Image.loads, len(cache), sorted(cache.keys()))
print('a' in cache, 'z' in cache, cache['a'], cache.get('z', 'none'))
del a, a2
print(len(cache), 'a' in cache, sorted(cache))
try:
    cache['a']
except KeyError as e:
    print('KeyError', e)
a = load('a')
print(Image.loads, sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in cache.values()))

# dying during iteration does not break the loop
keep = {}
for k in 'cdef':
    keep[k] = load(k)
names = []
for k in cache.keys():
    names.append(k)
    if k == 'c':
        del keep['d']
print(sorted(names), len(cache), sorted(cache))
print(cache.pop('c').name, cache.pop('zz', 'dflt'), cache.setdefault('n', b) is b)
print(sorted(cache), cache.copy()['b'] is b)
del cache['n']
cache.update({'x': b}, y=b)
print(sorted(cache), len(cache.valuerefs()))
cache.clear()
print(len(cache), isinstance(cache, weakref.WeakValueDictionary))
try:
    cache['q'] = 1
except TypeError as e:
    print('TypeError', e)

# values in a cycle go at the next collection
class Node:
    pass


n = Node()
n.me = n
wv = weakref.WeakValueDictionary(node=n)
del n
print(len(wv))
gc.collect()
print(len(wv), list(wv.items()))

# WeakKeyDictionary: per-object data that goes with the object
meta = weakref.WeakKeyDictionary()
k1, k2 = Image('k1'), Image('k2')
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, 'x' in meta, meta.get(Image('tmp'), 0))
del k1
print(len(meta), [(k.name, v) for k, v in meta.items()])
meta.setdefault(k2, 5)
print(meta.pop(k2), len(meta))
