# The native json scanner: values, hooks, subclass inputs, error messages and positions at
# every truncation point (ASCII and non-ASCII documents), deep nesting; each case also after
# a 200-iteration warm-up.
import json
from collections import OrderedDict


def attempt(f):
    try:
        return repr(f())
    except json.JSONDecodeError as e:
        return 'JSONDecodeError %s | %r %d %d %d' % (e, e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


class S(str):
    pass


docs = [
    '[1, -0, 0.0, -1.5e-3, 1E+2, 12345678901234567890123, -9223372036854775808, 9223372036854775807]',
    '[1e400, -1e400, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]',
    '{"k": 1, "k": 2, "\\u006b": 3}',
    '[{"a": 1, "b": 2}, {"a": 3, "b": 4}, {"b": 5, "a": 6}]',
    '"\\ud83d\\ude00 \\u00e9\\u20AC \\/ \\"x\\" \\\\ \\b\\f\\n\\r\\t"',
    '["é€😀", {"ключ": "значение", "😀": [1]}]',
    '  {  "a" :\n [ 1 ,\t2 ] ,\r\n "b" : { } }  ',
    '[NaN, Infinity, -Infinity, -0.0]',
    '[true, false, null, "true"]',
    '[[[[[[[[[[]]]]]]]]]]',
    '"a\\u0000b"',
    '123', '-0', '"x"', 'null', '  7  ',
]

for doc in docs:
    for _ in range(120):
        attempt(lambda: json.loads(doc))
    print(attempt(lambda: json.loads(doc)))
    print(' S', attempt(lambda: json.loads(S(doc))))

# Keys with the same text are one object (memo), values stay equal.
rows = json.loads('[{"name": 1}, {"name": 2}]')
print(rows, list(rows[0])[0] is list(rows[1])[0] or 'not shared (allowed)')

calls = []


def pf(s):
    calls.append(('float', s))
    return 'F' + s


def pi(s):
    calls.append(('int', s))
    return int(s) * 10


def pc(s):
    calls.append(('const', s))
    return s.lower()


def bad_hook(d):
    raise KeyError('hooked')


hooks = [
    ('object_hook', lambda: json.loads('{"a": {"b": [{"c": 1}]}}', object_hook=lambda d: ('O', sorted(d)))),
    ('pairs', lambda: json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda p: p)),
    ('pairs OrderedDict', lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)),
    ('pairs beats object_hook', lambda: json.loads('{"a": 1}', object_hook=len, object_pairs_hook=tuple)),
    ('parse_float', lambda: json.loads('[1.5, 2, 1e5, -0.0]', parse_float=pf)),
    ('parse_int', lambda: json.loads('[1.5, 20, -3, 123456789012345678901234567890]', parse_int=pi)),
    ('parse_constant', lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=pc)),
    ('parse_int=float', lambda: json.loads('[1, 2]', parse_int=float)),
    ('parse_float=str', lambda: json.loads('[1.10]', parse_float=str)),
    ('hook raises', lambda: json.loads('[{"a": 1}]', object_hook=bad_hook)),
    ('parse_int raises', lambda: json.loads('[1]', parse_int=lambda s: 1 / 0)),
    ('strict off', lambda: json.loads('{"a\tb": "c\nd\x00"}', strict=False)),
    ('strict on', lambda: json.loads('{"a\tb": 1}')),
    ('strict on value', lambda: json.loads('["ok", "c\nd"]')),
    ('decoder strict off', lambda: json.JSONDecoder(strict=False).decode('"\x1f"')),
    ('scan_once', lambda: json.JSONDecoder().scan_once('  [1, 2] x', 2)),
    ('scan_once none', lambda: json.JSONDecoder().scan_once('[1, x]', 0)),
    ('scan_once end', lambda: json.JSONDecoder().scan_once('[1]', 3)),
    ('scan_once negative', lambda: json.JSONDecoder().scan_once('[1]', -1)),
    ('raw_decode', lambda: json.JSONDecoder().raw_decode('{"é": [1]} tail')),
    ('raw_decode idx', lambda: json.JSONDecoder().raw_decode('ééé[1]', 3)),
    ('raw_decode bad idx', lambda: json.JSONDecoder().raw_decode('[1]', 10)),
    ('raw_decode negative', lambda: json.JSONDecoder().raw_decode('[1]', -1)),
    ('not a str', lambda: json.loads(5)),
    ('bytes', lambda: json.loads('{"é": "😀"}'.encode())),
]

for name, f in hooks:
    for _ in range(120):
        attempt(f)
    calls.clear()
    print(name, attempt(f), calls)

# Every prefix of a document is an error at a definite position.
for full in ['{"a": [1, 2.5e-3, true, null], "bé": {"c": "d\\u00e9"}, "e": -7}',
             '[{"x": "😀\\ud83d\\ude00"}, [NaN, -Infinity], "tail"]']:
    for n in range(len(full)):
        for _ in range(3):
            attempt(lambda: json.loads(full[:n]))
        print(n, attempt(lambda: json.loads(full[:n])))

bad = ['[1 2]', '{"a" 1}', '{"a": 1 "b": 2}', '{"a": 1,}', '[1,]', '{,}', '[,]', '{"a":}',
       '[01]', '[-]', '[1.]', '[1e]', '[.5]', '[+1]', '["\\x"]', '["\\u12"]', '["\\u12G4"]',
       '["\\ud800\\u12"]', '["abc', '["a\\', '"\\', 'tru', 'nul', 'Nan', '-Inf', '[1]]',
       '{"a": 1}}', '"é" x', '\ufeff[]', '[' * 10, '{"é":' * 3, '[1, {"x": [2, [3, ']
for doc in bad:
    for _ in range(120):
        attempt(lambda: json.loads(doc))
    print(repr(doc), attempt(lambda: json.loads(doc)))

for opener in ('[', '{"k": '):
    doc = opener * 100000
    try:
        json.loads(doc)
    except RecursionError as e:
        print('deep', e)
    except json.JSONDecodeError as e:
        print('deep decode error', e.pos)
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))
