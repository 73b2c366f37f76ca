# dict methods: get, setdefault, pop, popitem, keys/values/items, update, fromkeys, copy, clear.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), 'a' in d.keys(), 2 in d.values(), ('b', 2) in d.items())
d.update({'b': 20, 'd': 4})
print(d)
d.update([('e', 5), ('a', 10)])
print(d)
d.update(f=6, a=11)
print(d)
d.update({'g': 7}, h=8)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 'only in copy'
print(d, c)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0), dict.fromkeys(range(3), []))
keys = d.keys()
d['later'] = 'added'
print(keys)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
nested = {'outer': {'inner': [1, 2]}}
cp = nested.copy()
cp['outer']['inner'].append(3)
print(nested)
print({}.get('x', []), {'k': None}.get('k', 'dflt'))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
