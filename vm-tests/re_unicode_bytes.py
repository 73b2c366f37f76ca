# str and bytes patterns: Unicode classes, case-insensitive matching, ASCII mode, escapes.
import re

# Unicode \w \d \s follow str.isalnum/isdecimal/isspace
s = 'héllo wörld ١٢٣ ½ ² x_y\u2003z\x1cq Ωμέγα'
print(re.findall(r'\w+', s))
print(re.findall(r'\d+', s), re.findall(r'\s', s))
print(re.findall(r'(?a)\w+', s), re.findall(r'\w+', s, re.ASCII), re.findall(r'(?a)\s', s))
print(re.findall(r'\b\w', 'Ωμέγα über'), re.findall(r'(?a)\b\w', 'Ωμέγα über'))
print(re.findall(r'[^\W\d_]+', 'ab_12cd٣ef'), re.findall(r'\D+', 'a1٣b'))

# case-insensitive: simple folding with sre's equivalences
pairs = [('k', '\u212a'), ('K', '\u212a'), ('s', '\u017f'), ('S', '\u017f'), ('i', '\u0131'),
         ('I', '\u0130'), ('\u00b5', '\u03bc'), ('\u03c3', '\u03c2'), ('\u03a3', '\u03c2'),
         ('\u00df', '\u1e9e'), ('\u01c4', '\u01c5'), ('\u01c6', '\u01c5'), ('\u03b8', '\u03d1'),
         ('a', 'A'), ('\u00e9', '\u00c9'), ('ǅ', 'ǆ'), ('ß', 'SS')]
for a, b in pairs:
    r1 = re.fullmatch(re.escape(a), b, re.I)
    r2 = re.fullmatch('[' + a + ']', b, re.I)
    r3 = re.fullmatch(a, b, re.I | re.A)
    print(ascii(a), ascii(b), bool(r1), bool(r2), bool(r3))
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD \u212aelvin \u017ftraße'))
print(re.findall(r'(?i)[^a-z]+', 'ab\u212aCD'), re.findall(r'(?i)[k-m]', '\u212a L'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)(\u017f)\1', '\u017fS'), re.match(r'(a)\1', 'aA'))
print(re.findall(r'(?i:a)b', 'ab Ab aB'), re.findall(r'(?i)a(?-i:b)', 'ab Ab aB AB'))

# escapes
print(re.findall('\\x41\\u00e9\\U0001F600', 'A\u00e9\U0001F600'), re.match(r'\N{EM DASH}', '\u2014'))
print(re.match(r'\0\01\101\x20\t\n\r\f\v\a', '\x00\x01A \t\n\r\f\v\a'))
print(re.match(r'[\0-\x1f]+', '\x00\x05\x1f!'), re.match(r'[\u0400-\u04ff]+', 'Привет!'))
print(re.findall('[😀-😂]', 'a😀😁😂😃'), re.findall('.', 'a😀b'))

# bytes patterns: ASCII semantics
b = b'caf\xe9 na\xefve ABC_1 \xb5'
print(re.findall(rb'\w+', b), re.findall(rb'(?i)abc', b'ABC abc aBc'), re.findall(rb'\s+', b'a \x1cb\x0bc'))
print(re.findall(rb'(?i)\xe9', b'\xe9\xc9'), re.findall(rb'[\x80-\xff]+', b), re.sub(rb'\d', b'#', b'a1b2'))
print(re.split(rb',', b'a,b'), re.match(rb'(?L)a', b'a'), re.compile(rb'x', re.L))
print(re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'), re.escape(b'\xff.+'))
m = re.search(rb'(?P<n>\d+)', bytearray(b'ab12'))
print(m, m.group(), m.groupdict(), m.span())
print(re.sub(b'a', b'\\\\x', b'a'), re.sub(b'(a)', br'\1\1', b'xa'), re.sub(b'a', lambda m: b'Z', b'aba'))
print(re.findall(rb'\d', memoryview(b'a1')) if False else 'skip')
for p, f in (('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), (b'(?u)a', 0), ('(?L)a', 0)):
    try:
        print(re.compile(p, f))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

# dot, anchors, multiline, dotall
t = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', t), re.findall(r'(?m)^\w+', t), re.findall(r'\w+$', t), re.findall(r'(?m)\w+$', t))
print(re.findall(r'.+', t), re.findall(r'(?s).+', t), re.search(r'e\Z', t), re.search(r'e\n\Z', t))
print(re.search(r'$', 'a\n').span(), re.findall(r'$', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb\n'), re.search(r'\Aa', 'ba'))

# warm-up then a different subject type
r = re.compile(r'(?i)ß|k')
for i in range(200):
    x = r.findall('ẞ \u212a K')
print(x, r.findall('STRASSE k'))
rb_ = re.compile(rb'[a-c]+')
for i in range(200):
    y = rb_.findall(b'xabcyb')
print(y, rb_.findall(bytearray(b'cab')))
