# collections.defaultdict, OrderedDict, ChainMap, UserDict, UserList.
from collections import defaultdict, OrderedDict, ChainMap, UserDict, UserList

groups = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    groups[word[0]].append(word)
print(groups)
print(groups['z'], len(groups), 'z' in groups, groups.default_factory)
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict), type(counts).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {'k': 1})
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
print(plain, plain.copy(), defaultdict(set, a={1}) | {'b': 2})
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
print(counts.get('q'), 'q' in counts)

od = OrderedDict()
od['one'] = 1
od['two'] = 2
od['three'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('one')
print(list(od.items()))
od.move_to_end('three', last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict.fromkeys('abc', 0), a.copy(), a | {'z': 3})
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = str(key)
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap({}, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.get('nope', '-'))
cm['color'] = 'blue'
print(cm.maps[0], cm.parents, 'color' in cm)
child = cm.new_child({'depth': 1})
print(child['depth'], child['color'], len(child.maps))
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)

class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

r = Registry({'A': 1})
r['B'] = 2
r.update(C=3)
print(r, len(r), 'a' in r, r.get('b'), sorted(r.keys()), r == {'a': 1, 'b': 2, 'c': 3})

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print(s, s[-1], s[:2], type(s[:2]).__name__, len(s), s + [4], s.pop(), s)
