# The native json encoder: every scalar/container type and subclass, the options, errors,
# circular references and deep nesting; each case also after a 200-iteration warm-up.
import json
from collections import OrderedDict


class I(int):
    def __repr__(self):
        return 'I!'

    def __str__(self):
        return 'I?'


class F(float):
    def __repr__(self):
        return 'F!'


class S(str):
    def __str__(self):
        return 'S?'


class D(dict):
    def items(self):
        return [('from_items', 1)] + list(dict.items(self))


class L(list):
    def __iter__(self):
        return iter(['from_iter'])


class T(tuple):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('no ' + type(o).__name__)


values = [
    None, True, False, 0, -1, 2 ** 63, -(2 ** 100), 1.5, -0.0, 1e300, 1e-300, 0.1 + 0.2,
    '', 'plain', 'q"b\\s/\n\r\t\b\f\x00\x1f\x7f', 'é€😀 naïve', '\u2028\u2029',
    [], (), {}, [1, [2, [3, []]]], (1, (2,)), {'a': {'b': {}}},
    I(5), F(2.5), S('sub'), D(k=2), L([1, 2]), T((3, 4)), [I(1), F(0.5), S('x')],
    {1: 'int key', 2.5: 'float key', True: 't', False: 'f', None: 'n', I(7): 'I key',
     F(1.25): 'F key', S('s'): 'S key'},
    OrderedDict([('z', 1), ('a', 2)]),
]

options = [
    {},
    {'ensure_ascii': False},
    {'sort_keys': True},
    {'indent': 2},
    {'indent': '\t', 'sort_keys': True},
    {'indent': 0},
    {'separators': (',', ':')},
    {'separators': (' , ', ' : '), 'indent': 1},
]


def run(v, kw):
    try:
        return json.dumps(v, **kw)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for n, kw in enumerate(options):
    for v in values:
        # Warm up on the first two option sets (the cost of a debug build adds up).
        for _ in range(120 if n < 2 else 1):
            run(v, kw)
        print(kw, repr(run(v, kw)))

# default, skipkeys, allow_nan, check_circular
cases = [
    ('default', lambda: json.dumps([Point(1, 2), {3, 1}], default=point_default)),
    ('default nested', lambda: json.dumps({'p': Point(Point(0, 0), [Point(1, 1)])}, default=point_default)),
    ('no default', lambda: json.dumps([1, {2}])),
    ('default raises', lambda: json.dumps(object(), default=point_default)),
    ('default returns self', lambda: json.dumps(Point(0, 0), default=lambda o: o)),
    ('bad key', lambda: json.dumps({(1, 2): 3})),
    ('skipkeys', lambda: json.dumps({(1, 2): 3, 'a': 1, frozenset(): 2}, skipkeys=True)),
    ('skipkeys all', lambda: json.dumps({(1, 2): 3}, skipkeys=True)),
    ('skipkeys indent', lambda: json.dumps({(1,): 3, 'a': [1]}, skipkeys=True, indent=2)),
    ('nan', lambda: json.dumps([float('nan'), float('inf'), -float('inf')])),
    ('nan keys', lambda: json.dumps({float('nan'): 1, float('inf'): 2})),
    ('allow_nan off', lambda: json.dumps([float('nan')], allow_nan=False)),
    ('allow_nan off inf', lambda: json.dumps([1, float('-inf')], allow_nan=False)),
    ('allow_nan off indent', lambda: json.dumps([float('inf')], allow_nan=False, indent=1)),
    ('allow_nan off key', lambda: json.dumps({float('inf'): 1}, allow_nan=False)),
    ('allow_nan F', lambda: json.dumps(F('nan'))),
    ('sort mixed', lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True)),
    ('sort D', lambda: json.dumps(D(b=1, a=2), sort_keys=True)),
    ('huge int', lambda: len(json.dumps(10 ** 1000))),
    ('no ascii astral', lambda: json.dumps('\U0001f600\u00e9', ensure_ascii=False)),
    ('ascii astral', lambda: json.dumps({'\U0001f600': '\U00010000\U0010ffff'})),
    ('str only', lambda: json.dumps(S('top'))),
    ('encoder', lambda: json.JSONEncoder(indent=3).encode({'a': [1, 2]})),
    ('iterencode', lambda: list(json.JSONEncoder().iterencode([1, {'a': None}]))[:0] == []),
]

for name, f in cases:
    for _ in range(200):
        try:
            f()
        except Exception:
            pass
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

# Circular references: lists, dicts, through default; and with check_circular off.
a = []
a.append(a)
d = {}
d['self'] = d
p = Point(0, 0)
for name, v, kw in [('list', a, {}), ('dict', d, {}), ('nested', [[a]], {}),
                    ('default', p, {'default': lambda o: [o]}),
                    ('list indent', a, {'indent': 2})]:
    for _ in range(50):
        try:
            json.dumps(v, **kw)
        except ValueError:
            pass
    try:
        print(name, json.dumps(v, **kw))
    except ValueError as e:
        print(name, 'ValueError', e)

for v in (a, d):
    try:
        json.dumps(v, check_circular=False)
    except RecursionError as e:
        print('unchecked', type(e).__name__)

# The same object twice (not a cycle) is fine.
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))

# Deep nesting: RecursionError, not a crash.
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('deep', e)
deep = None


# Subclass overrides still take part.
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


class Wrapping(json.JSONEncoder):
    def encode(self, o):
        return '<' + super().encode(o) + '>'


class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return iter(['[', 'custom', ']'])


for _ in range(200):
    json.dumps(1j, cls=MyEnc)
print(json.dumps([1j, 2], cls=MyEnc))
print(json.dumps({'a': 1}, cls=Wrapping))
print(json.dumps('s', cls=Chunks), json.dumps([1], cls=Chunks))
try:
    json.dumps(object(), cls=MyEnc)
except TypeError as e:
    print('MyEnc', e)


# Mutating a list while default() runs.
victim = [1, Point(0, 0), 3]


def grow(o):
    victim.append(4)
    victim.pop(0)
    return 'p'


print(json.dumps(victim, default=grow))
