# Empty matches in findall, finditer, sub, subn and split (CPython 3.7+ rules: an empty
# match may follow a non-empty one at the same place; the next search after an empty match
# must not be empty there).
import re

cases = [(r'x*', 'abxd'), (r'x*', ''), (r'', 'abc'), (r'\b', 'ab cd'), (r'\B', 'ab cd'),
         (r'a|', 'baac'), (r'|a', 'baac'), (r'a*?', 'aa'), (r'(?=a)', 'aba'), (r'$', 'a\nb\n'),
         (r'(?m)^', 'a\nb\n'), (r'(?m)$', 'a\nb\n'), (r'\s*', 'a b  c'), (r'(a)|b*', 'abbca'),
         (r'(?:)', 'xy'), (r'a??', 'aa'), (r'(?<=a)', 'aab'), (r'\W*', 'a, b')]
for p, s in cases:
    r = re.compile(p)
    print(repr(p), repr(s))
    print('  findall', r.findall(s))
    print('  finditer', [m.span() for m in r.finditer(s)])
    print('  sub', repr(r.sub('-', s)), r.subn('<\\g<0>>', s))
    print('  split', r.split(s), r.split(s, 1), r.split(s, maxsplit=2))
    print('  sub count', r.sub('#', s, 2), r.sub(lambda m: '[%d]' % m.start(), s))

print(re.split(r'(?=[A-Z])', 'HelloWorldFoo'))
print(re.split(r'(\s*)', 'a b  c'), re.split(r'(?:\s*)', 'ab'))
print(re.sub(r'(?<=\w)(?=(\w{3})+\b)', ',', '1234567 12 1234'))
print(re.findall(r'\w*', 'ab cd'), re.findall(r'\w*?', 'ab'))

# scanner().search/match follow the same rules
s = re.compile(r'x*').scanner('axx')
print([s.search() for _ in range(5)])
s = re.compile(r'a*').scanner('aab')
print(s.match(), s.match(), s.match())

# warm-up: the same split 200 times, then other inputs
r = re.compile(r'\s*')
for i in range(200):
    out = r.split('a b')
print(out, r.split(''), r.split('  '), r.sub('.', '  '))
