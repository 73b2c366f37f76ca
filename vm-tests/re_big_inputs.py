# Large subjects (no stack overflow: backtracking uses an explicit stack), many matches,
# and pathological-but-legal patterns on short inputs that must finish.
import re

big = 'ab' * 500000  # 1 MB
m = re.match(r'(a|b)*', big)
print(m.span(), m.group(1))
mid = big[:100000]
m = re.match(r'(?:a|b)*c', mid)
print(m)
m = re.fullmatch(r'(ab)+', mid)
print(m.span(), m.lastindex)
m = re.match(r'(a|b)*?$', 'ab' * 5000)
print(m.span(), m.group(1))
print(re.search(r'(?:ab)*+x', big[:2000] + 'x').span())
print(len(re.findall(r'ab', mid)), re.subn(r'b', 'c', mid)[1], len(re.split(r'a', mid)))
print(len(re.findall(r'.', 'x' * 30000)), re.search(r'y', 'x' * 30000 + 'y').span())
print(re.search(r'x*y', 'x' * 3000).__class__.__name__)
s = ('word ' * 10000).strip()
print(len(re.findall(r'\b\w+\b', s)), len(re.sub(r'\s+', '', s)))
deep = '(' * 200 + 'a' + ')' * 200
print(re.match(deep, 'a').span(), re.compile(deep).groups)
print(re.match('(?:' * 100 + 'a' + ')*' * 100, 'aaa').span())
print(re.match(r'((((a)*)*)*)*b', 'a' * 20 + 'b').span())

# pathological-but-legal on short inputs
for p, s in [(r'(a*)*b', 'a' * 18), (r'(a+)+b', 'a' * 18), (r'(a|aa)+b', 'a' * 18),
             (r'(a|a)*b', 'a' * 16), (r'(\w+\s?)+$', 'aaaa aaaa aaaa!'), (r'(x+x+)+y', 'x' * 16),
             (r'(a?){15}a{15}', 'a' * 15), (r'(?>a+)+b', 'a' * 25)]:
    print(p, re.match(p, s))

# a non-ASCII subject (code point indexes)
u = 'é' * 30000 + 'ω'
m = re.search(r'ω', u)
print(m.span(), re.match(r'é+', u).end(), len(re.findall(r'[éω]', u)))

# warm-up then a big input
r = re.compile(r'(\d+)-(\d+)')
for i in range(200):
    t = r.sub(r'\2-\1', '1-2 3-4')
print(t, len(r.sub(r'\2-\1', '12-34 ' * 5000)))
