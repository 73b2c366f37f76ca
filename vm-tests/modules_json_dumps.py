# json.dumps / json.dump: CPython's exact output for the everyday options,
# each case run after a 200-iteration warm-up of the same call.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


data = {'name': 'pyvm', 'n': [1, 2.5, -0.0, 1e100, 1e-7, 3.0, True, False, None],
        'nested': {'a': [], 'b': {}, 'c': [[]], 'd': ('t', 1)}, 'big': 2 ** 70}

cases = [
    ('plain', lambda: json.dumps(data)),
    ('scalars', lambda: [json.dumps(x) for x in (None, True, False, 0, -5, 1.5, 'x', 1e16, 0.1 + 0.2, 123456789.123)]),
    ('indent 2', lambda: json.dumps(data, indent=2)),
    ('indent 0', lambda: json.dumps([1, {'a': 2}], indent=0)),
    ('indent str', lambda: json.dumps({'a': [1, 2]}, indent='\t')),
    ('indent -1', lambda: json.dumps([1, [2]], indent=-1)),
    ('indent empty', lambda: json.dumps({'a': [], 'b': {}}, indent=4)),
    ('sort_keys', lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)),
    ('separators', lambda: json.dumps({'a': [1, 2]}, separators=(',', ':'))),
    ('separators+indent', lambda: json.dumps({'a': [1, 2]}, indent=1, separators=(' ,', ' = '))),
    ('ensure_ascii', lambda: json.dumps('é\u20ac\U0001f600\n\t"\\\x00\x1f\x7f/')),
    ('no ensure_ascii', lambda: json.dumps('é\u20ac\U0001f600\n\x01', ensure_ascii=False)),
    ('keys', lambda: json.dumps({1: 'i', 2.5: 'f', True: 't', None: 'n', False: 'f2', -3: 'neg'})),
    ('float key', lambda: json.dumps({float('inf'): 1, float('nan'): 2})),
    ('nan', lambda: json.dumps([float('nan'), float('inf'), -float('inf')])),
    ('int/float subclass', lambda: json.dumps([MyInt(5), MyFloat(2.5), {MyInt(3): MyFloat(1.0)}])),
    ('tuple', lambda: json.dumps((1, (2, 3)))),
    ('default fn', lambda: json.dumps(Point(1, 2), default=lambda o: [o.x, o.y])),
    ('cls', lambda: json.dumps([Point(3, 4)], cls=PointEncoder)),
    ('cls indent', lambda: json.dumps([Point(3, 4)], cls=PointEncoder, indent=2, sort_keys=True)),
    ('skipkeys', lambda: json.dumps({(1, 2): 'x', 'a': 1, 3: 'y'}, skipkeys=True)),
    ('skipkeys first', lambda: json.dumps({(1, 2): 'x', 'a': 1}, skipkeys=True, indent=1)),
    ('encoder', lambda: json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 'é'})),
    ('iterencode', lambda: ''.join(json.JSONEncoder().iterencode([1, {'a': None}]))),
    ('same list twice', lambda: json.dumps([[1]] * 3)),
    ('no check_circular', lambda: json.dumps([[1], [1]], check_circular=False)),
]

for name, f in cases:
    for _ in range(200):
        f()
    print(name, f())

sink = Sink()
for _ in range(200):
    json.dump({'k': [1, 2]}, Sink())
json.dump({'k': [1, 2], 's': 'é'}, sink, indent=1)
print('dump', repr(''.join(sink.parts)))
sink = Sink()
json.dump({'k': 'é'}, sink, ensure_ascii=False)
print('dump no ascii', repr(''.join(sink.parts)))

circ = []
circ.append(circ)
circ_d = {}
circ_d['self'] = circ_d

errors = [
    ('unserializable', lambda: json.dumps({'a': {1, 2}})),
    ('unserializable obj', lambda: json.dumps(Point(1, 2))),
    ('unserializable cls', lambda: json.dumps([Point(1, 2), object()], cls=PointEncoder)),
    ('bytes', lambda: json.dumps(b'x')),
    ('bad key', lambda: json.dumps({(1, 2): 3})),
    ('bad key indent', lambda: json.dumps({'a': {b'k': 3}}, indent=2)),
    ('circular list', lambda: json.dumps(circ)),
    ('circular dict', lambda: json.dumps(circ_d, indent=2)),
    ('circular default', lambda: json.dumps(Point(1, 2), default=lambda o: o)),
    ('allow_nan', lambda: json.dumps([1.0, float('nan')], allow_nan=False)),
    ('allow_nan inf', lambda: json.dumps(float('inf'), allow_nan=False)),
    ('allow_nan indent', lambda: json.dumps([float('-inf')], allow_nan=False, indent=2)),
    ('allow_nan key', lambda: json.dumps({float('nan'): 1}, allow_nan=False)),
    ('sort mixed', lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True)),
    ('bad kwarg', lambda: json.dumps(1, bogus=True)),
    ('positional', lambda: json.dumps(1, True)),
    ('bad indent', lambda: json.dumps([1], indent=1.5)),
    ('default raises', lambda: json.dumps(Point(1, 2), default=lambda o: 1 / 0)),
]

for name, f in errors:
    for _ in range(200):
        try:
            f()
        except Exception:
            pass
    try:
        print(name, 'no error', f())
    except Exception as e:
        print(name, type(e).__name__, e)
