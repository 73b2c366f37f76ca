# json.loads / json.load / JSONDecoder: values, hooks and CPython's exact
# JSONDecodeError messages and positions, each after a 200-iteration warm-up.
import json
from collections import OrderedDict


class Dec:
    # A stand-in number type for parse_float (keeps `decimal` out of the test).
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return 'Dec(%r)' % self.text


docs = [
    '{"a": [1, 2.5, -3, 1e3, 1E-2, -0, 0.5e+2, true, false, null], "b": {"c": "d"}}',
    ' \n\t[ ]\r ',
    '{}',
    '"\\u00e9\\u20ac\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"',
    '"é€ plain"',
    '123456789012345678901234567890',
    '[NaN, Infinity, -Infinity]',
    '{"a": 1, "a": 2}',
    '[[[[]]], {"x": {"y": [{}]}}]',
    '-0.0',
]

for doc in docs:
    for _ in range(200):
        json.loads(doc)
    print(repr(json.loads(doc)))

hooks = [
    ('object_hook', lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))),
    ('object_pairs_hook', lambda: json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=OrderedDict)),
    ('pairs wins', lambda: json.loads('{"a": 1}', object_hook=dict, object_pairs_hook=tuple)),
    ('parse_float', lambda: json.loads('[1.5, 2, 1e2]', parse_float=Dec)),
    ('parse_int', lambda: json.loads('[1.5, 20, -3]', parse_int=lambda s: 'int:' + s)),
    ('parse_constant', lambda: json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'c:' + s)),
    ('strict=False', lambda: json.loads('"a\tb\x00"', strict=False)),
    ('bytes', lambda: json.loads(b'{"k": "\xc3\xa9"}')),
    ('bytearray', lambda: json.loads(bytearray(b'[1]'))),
    ('utf-8-sig bytes', lambda: json.loads(b'\xef\xbb\xbf{"a": 1}')),
    ('decoder', lambda: json.JSONDecoder().decode(' [1] ')),
    ('raw_decode', lambda: json.JSONDecoder().raw_decode('[1] trailing')),
    ('raw_decode idx', lambda: json.JSONDecoder().raw_decode('xx{"a": 2}', 2)),
    ('round trip', lambda: json.loads(json.dumps({'k': ['é', 1.25, None, {'n': 2 ** 64}]}))),
]

for name, f in hooks:
    for _ in range(200):
        f()
    print(name, repr(f()))


class Sink:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print('load', json.load(Sink('{"x": [1, 2]}')))
print('load hook', json.load(Sink('{"x": 1}'), object_pairs_hook=list))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print('cls', json.loads('"abc"', cls=UpperDecoder))

bad = [
    '', ' ', 'nul', '[', '[1', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":',
    '{"a":1', '{"a":1,}', '{1: 2}', "{'a': 1}", '{"a":1 "b":2}', '1 2', '[1]]',
    '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12x4"', '"\\ud800\\u12x4"', '"a\x01b"',
    '"a\nb"', '-', '-Inf', '01', '1.', '1e', '.5', '\ufeff[1]', '[1,\n 2,\n x]',
    'tru', '{"a": [1, }', '\n\n   ]', 'True',
]

for doc in bad:
    for _ in range(200):
        try:
            json.loads(doc)
        except ValueError:
            pass
    try:
        print(repr(doc), 'no error', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

for arg in (None, 1, [1]):
    try:
        json.loads(arg)
    except TypeError as e:
        print('TypeError', e)

e = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(isinstance(e, ValueError), e, e.args, e.lineno, e.colno)
try:
    json.loads('[1,]')
except ValueError as err:
    print('caught as ValueError', err)
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__name__)

# Positions are code points, also after non-ASCII text.
for doc in ['["é€", "x\\q"]', '{"日本": "語', '["é", 1 2]', '"é\x01"', '["é\\u00e9\\ud83d\\ude00", "\\u12"]', '"€"']:
    for _ in range(200):
        try:
            json.loads(doc)
        except ValueError:
            pass
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
print(json.JSONDecoder().raw_decode('é "ü" ', 2))
