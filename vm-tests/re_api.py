# The re API: module functions, Pattern and Match methods and attributes, keyword names.
import re

p = re.compile(r'(?P<word>\w+)\s+(?P<num>\d+)?')
print(p)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(p).__module__, type(p) is re.Pattern)

m = p.match('hello 42 rest')
print(m)
print(type(m).__name__, type(m) is re.Match, bool(m))
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num', 0))
print(m[0], m[1], m['word'])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('num'), m.span('word'))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.re is p, m.string)
print(m.expand(r'<\2:\g<word>:\g<1>>'))

m2 = p.match('hello ')
print(m2.groups(), m2.groups('-'), m2.groupdict(), m2.groupdict(default='?'))
print(m2.span(2), m2.start('num'), m2.group(2), m2.lastindex, m2.lastgroup)

for bad in (3, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
try:
    m[5]
except IndexError as e:
    print('IndexError', e)

# pos / endpos
q = re.compile(r'\w')
print(q.match('abc', 1), q.match('abc', pos=2), q.search('abc', 1, 2), q.search('abc', endpos=0))
print(q.match('abc', -5), q.match('abc', 10), q.search('abc', 2, 1), q.fullmatch('abc', 1, 2))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(q.findall('abcdef', 2, 4), [x.span() for x in q.finditer('abcdef', pos=3, endpos=5)])
m = q.search(string='xyz', pos=1, endpos=2)
print(m, m.pos, m.endpos)

# module functions
print(re.match('a', 'ab'), re.fullmatch('ab', 'ab'), re.fullmatch('a', 'ab'), re.search('b', 'ab'))
print(re.findall(r'\d', 'a1b22c'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(\d)', 'a1b2'))
print(list(re.finditer(r'\d+', 'a1b22c')))
print(re.sub(r'\d', '#', 'a1b22c'), re.sub(r'\d', '#', 'a1b22c', 2), re.sub(r'\d', '#', 'a1b22c', count=1))
print(re.subn(r'\d', '#', 'a1b22c'), re.subn(r'x', '#', 'abc'))
print(re.split(r'\W+', 'a, b  c'), re.split(r'(\W+)', 'a, b  c'), re.split(r'\W+', 'a, b  c', 1))
print(re.split(r'\W+', 'a, b  c', maxsplit=-1), re.split(r'x', ''), re.split(r'(x)|y', 'axbyc'))
print(re.sub('a', 'b', 'aaa', flags=re.I), re.split('A', 'bab', flags=re.I))
print(p.sub(repl='X', string='ab 1 cd', count=1), p.split(string='ab 1 cd', maxsplit=1))
print(re.escape('a.b*c?d[e]f{g}h(i)j|k^l$m\\n o#p&q~r-s'), re.escape(b'a.b\x00'), re.escape('\u00e9\t'))

# replacement templates and functions
print(re.sub(r'(\w)(\w)', r'\2\1', 'abcdef'))
print(re.sub(r'(?P<a>\w)', r'[\g<a>\g<0>\g<1>]', 'xy'))
print(re.sub(r'(a)|b', r'<\1>', 'ab'))
print(re.sub(r'a', r'\n\t\\', 'a'), repr(re.sub('a', r'\0\01\012', 'a')))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'ab cd'))
print(re.sub(r'\w', lambda m: None, 'ab cd'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*', '-', ''), re.sub('', '-', 'ab'))
for repl in (r'\3', r'\g<x>', r'\g<', r'\g<1', r'\g<>', r'\g<a b>', r'\q', '\\', r'\777', r'\g<-1>'):
    try:
        print(re.sub(r'(a)(b)', repl, 'ab'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in (1, lambda m: 1, b'x'):
    try:
        print(re.sub('a', repl, 'a'))
    except TypeError as e:
        print('TypeError', e)

# type errors
for f in (lambda: re.compile('a').match(1), lambda: re.compile('a').match(b'a'),
          lambda: re.compile(b'a').match('a'), lambda: re.compile(1),
          lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a').match(),
          lambda: re.compile('a').match('a', foo=1), lambda: re.compile('a').match('a', 1, 2, 3),
          lambda: re.compile('a').split('a', 1, 2), lambda: re.compile('a').sub('a'),
          lambda: re.compile('a').match('a', 'x')):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# compiled pattern reuse, equality, hashing, copying
print(re.compile('a+') == re.compile('a+'), re.compile('a+') == re.compile('a+', re.I),
      re.compile('a') == re.compile(b'a'), re.compile('a') != 'a')
print(hash(re.compile('a+')) == hash(re.compile('a+')))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
re.purge()
print(re.compile('abc').pattern)

# flags
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.I | re.M, re.IGNORECASE | re.DOTALL | re.ASCII)
print(repr(re.I), int(re.I), re.I == 2, isinstance(re.I, int), type(re.I | re.M).__name__)
print(re.I.name, re.I.value, (re.I | re.M).name, re.I + 1, re.I & re.M, re.I | 1024)
print(re.compile('a', re.I | re.M), re.compile(b'a', re.I), re.compile('a', re.A), re.compile('a', re.U))
print(re.compile('(?ims)a'), re.compile('(?x)a b').flags, re.compile('x' * 300))
print(re.compile('a', 0).flags, re.compile(b'a').flags, re.compile('a', re.X | re.DEBUG & 0).flags)

# Scanner
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)),
                 (r'\s+', None)])
print(sc.scan('abc 12 de 3 !x'))
s = re.compile(r'\d').scanner('a1b2')
print(s.match(), s.search(), s.search(), s.search(), s.pattern.pattern)

# warm-up: the same calls 200 times, then on a new pattern
def use(pat, s):
    m = pat.search(s)
    return (m.span(), m.group(1), m.groups(), pat.sub(r'<\1>', s), pat.findall(s), pat.split(s))
a = re.compile(r'(\d+)')
for i in range(200):
    r1 = use(a, 'x12y345z')
print(r1)
b = re.compile(r'([a-z])')
print(use(b, 'X1y2Z'))
print(use(a, 'no digits 7 here'))
