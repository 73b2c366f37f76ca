# pprint: line breaking of nested containers, strings and bytes at several widths, the
# collections types, recursion, depth, compact mode, sort_dicts, underscore_numbers.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserList
import types

data = {
    'name': 'pyvm', 'version': (3, 11, 0), 'tags': ['fast', 'small', 'honest'] * 4,
    'nested': {'a': [1, 2, {'deep': list(range(30))}], 'b': {'x': 1.5, 'y': None}},
    'text': 'lorem ipsum dolor sit amet consectetur adipiscing elit ' * 3,
    'blob': bytes(range(40)), 'empty': {}, 'one': (1,), 'set': {5, 3, 1, 4},
    'fs': frozenset({20, 10}), 'ba': bytearray(b'abcdefghij' * 5),
}
for width in (80, 40, 20, 5):
    print('--- width', width)
    pprint.pprint(data, width=width)

def warm():
    return pprint.pformat([list(range(12)), {'k': 'v' * 50}], width=30)
for _ in range(200):
    r = warm()
print(r)

print(pprint.pformat(OrderedDict((str(i), i) for i in range(12)), width=40))
dd = defaultdict(list, {'a': [1] * 20, 'b': [2] * 20})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter('abracadabra' * 5), width=20))
print(pprint.pformat(ChainMap({'a': 1, 'b': 2}, {'c': 3}), width=10))
print(pprint.pformat(deque(range(20), maxlen=25), width=30))
print(pprint.pformat(deque(range(20)), width=30))
print(pprint.pformat(UserList(range(30)), width=30))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(15)), beta='b' * 30), width=30))
print(pprint.pformat(types.MappingProxyType({'k%d' % i: i for i in range(8)}), width=30))

rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
import re
noid = lambda s: re.sub(r'id=\d+', 'id=N', s)
print(noid(pprint.pformat(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))
print(noid(pprint.saferepr(d)), pprint.isreadable({'a': 1}), pprint.isreadable(object()))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat([['x' * 10] * 3, ['y'] * 30], compact=True, width=30))
print(pprint.pformat({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_dicts=False))
print(pprint.pformat(12345678901234, underscore_numbers=True), pprint.pformat([10**8], underscore_numbers=True))
print(pprint.pformat({1: 'a', 'b': 2, (1,): 3, None: 4}))
pprint.pp({'z': 1, 'a': 2})
pprint.pprint('a short string')
pprint.pprint('a\nmulti-line\nstring that is long enough to need breaking ' * 3, width=30)
print(pprint.pformat(b'\x00\x01' * 30, width=20))
print(pprint.pformat(('a' * 30, 'b' * 30), width=20, indent=4))
print(pprint.pformat({'key': ['v' * 20] * 3}, indent=3, width=30))

class Custom:
    def __repr__(self):
        return 'Custom(' + 'z' * 90 + ')'
print(pprint.pformat([Custom()]))

class MyDict(dict):
    pass
print(pprint.pformat(MyDict({i: str(i) * 10 for i in range(6)}), width=30))

pp = pprint.PrettyPrinter(indent=2, width=50)
pp.pprint([{'a': list(range(20))}])
print(pp.isrecursive(rec), pp.isreadable([1]))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
import io
buf = io.StringIO()
pprint.pprint({'x': 1}, stream=buf)
print(repr(buf.getvalue()))
