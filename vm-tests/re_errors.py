# re.error messages, positions, line/column for bad patterns; ValueError/OverflowError for bad flags and counts.
import re
pats = ['a**', '*a', '(', ')', 'a)', '(?', '(?P', '(?P<', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=', '\\q', '[a', '[z-a]', '[a-\\d]', '(?<x)', '(?x', '(?i', '(?z)', '\\1', '(a)\\2', 'a{2,1}', 'a(?i)b', '(?<=a+)b', '(?#abc', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(a)(?(2)b)', '\\x1', '\\u12', '\\U0011ffff', '\\777', '[\\777]', '\\N', '\\N{', '\\N{foo}', 'a\\', '(?i-i:a)', '(?-a:a)', '(?L)a', '(?au)a', '(?-:a)', '(?i', '(?i:', '(?ix-', 'x{99999999999}', '(?P>a)', '((a)', 'a|*', '^*', '$+', '\\b*', '(?:)*', 'a{,2}{3}', '\\8', '[\\8]', '[]', '[^]', '(?<!a{1,2})', '(a)(?<=\\1)', '(?P<a>a)(?<=(?P=a))', '\\g', 'a\nb)', '[\\z]', '(?u)x', '(?t:x)', '\\c', '(?-x)a']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups)
    except re.error as e:
        print(repr(p), 'error', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\u1234', b'(?u)x', b'(?L)a', b'\\N{x}', b'\\xff\\q', b'[\xff-a]']:
    try: print(re.compile(p))
    except Exception as e: print(type(e).__name__, e)
for p, f in [('a', re.L), ('a', re.A|re.U), (b'a', re.U), (b'a', re.A|re.L)]:
    try: print(re.compile(p, f))
    except Exception as e: print(type(e).__name__, e)
# multi-line patterns: lineno/colno and the message suffix
for p in ['a\nb\n(c', '(?x)\n  a  # x\n  [b', b'ab\n\\q']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
# the error class is re.error
try:
    re.compile('(')
except Exception as e:
    print(type(e) is re.error, type(e).__name__)
# warm-up: a good pattern 200 times through the cache, then bad ones
def comp(p):
    try:
        return re.compile(p).pattern
    except re.error as e:
        return 'error: %s' % e
for i in range(200):
    r = comp('a+b' if i % 2 else '[x-y]')
print(r, comp('[y-x]'), comp('a+b'), comp('a++*'))
