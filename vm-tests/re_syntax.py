# Pattern syntax: literals, classes, anchors, groups, repeats (greedy/lazy/possessive),
# back references, look-around, atomic groups, conditionals, inline flags, verbose mode.
import re

def show(p, s, flags=0):
    try:
        r = re.compile(p, flags)
    except re.error as e:
        print(repr(p), 'error:', e)
        return
    m = r.search(s)
    print(repr(p), repr(s), '->', m and (m.group(), m.groups(), m.lastindex), r.findall(s))

# literals and classes
show(r'abc', 'xxabcxx')
show(r'a.c', 'abc a\nc')
show(r'[abc]+', 'xxcabz')
show(r'[^abc]+', 'abxyzc')
show(r'[a-cx-z]+', 'wbyazq')
show(r'[]a]+', 'a]]b')
show(r'[^]a]+', 'a]bc]')
show(r'[a-]+', 'a--b')
show(r'[-a]+', '-a-b')
show(r'[\]\\\-]+', 'x]\\-y')
show(r'[\d\s]+', 'ab1 2c')
show(r'[\w.-]+@[\w.-]+', 'mail: jo.e-x@ex-ample.org!')
show(r'[.*+?]+', 'a.*+?b')
show(r'\.\*\+\?\(\)\[\]\{\}\|\^\$', '.*+?()[]{}|^$')
show(r'a{', 'a{')
show(r'a{}', 'a{}')
show(r'a{1', 'a{1')
show(r'a{1,x}', 'a{1,x}')
show(r'x{,}', 'xxx')
show(r'{1,2}', '{1,2}')

# repeats
for p in [r'a*', r'a+', r'a?', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,2}', r'a*?', r'a+?', r'a??',
          r'a{2,}?', r'a{1,2}?', r'a*+', r'a++', r'a?+', r'a{1,2}+', r'(?:ab)*', r'(?:ab)+?',
          r'(?:ab){2}', r'(ab)*', r'(a|b)*?c', r'(?:a|b)*+c', r'a{0}', r'(a){0}b']:
    show(p, 'aaabababc')
show(r'a*+a', 'aaa')
show(r'(?:a|ab)++c', 'ababc')
show(r'<.*>', '<a><b>')
show(r'<.*?>', '<a><b>')
show(r'<[^>]*+>', '<a><b>')

# anchors
show(r'^a', 'ba')
show(r'a$', 'a\n')
show(r'(?m)^b$', 'a\nb\nc')
show(r'\Aa', 'aa')
show(r'a\Z', 'aa\n')
show(r'\bis\b', 'this is it')
show(r'\Bis\B', 'this island')
show(r'\b', '')
show(r'\B', '')
show(r'^$', '')
show(r'(?m)^$', 'a\n\nb')

# groups
show(r'(a)(b)(c)', 'abc')
show(r'((a)(b))', 'ab')
show(r'(?:a)(b)', 'ab')
show(r'(?P<x>a)(?P<y>b)?', 'ac')
show(r'(a)|(b)', 'b')
show(r'(a|b)+', 'abba')
show(r'(a+|b+)*', 'aabbba')
show(r'((a)|b)+', 'ab')
show(r'(a)?b', 'b')
show(r'()', 'x')
show(r'(|a)+', 'aa')
show(r'(a*)+', 'aa')
show(r'(a*)*', 'aa')
show(r'(a*?)+?x', 'aax')

# back references
show(r'(a+)\1', 'aaaa')
show(r'(?P<q>["\']).*?(?P=q)', 'say "hi" \'x\'')
show(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj')
show(r'(a)\1?b', 'ab aab')
show(r'(a)|\1b', 'b')
show(r'\11', '\t')
show(r'\1', 'x')
show(r'(a)\2', 'aa')
show(r'\141', 'a')
show(r'(?i)(ab)\1', 'abAB')

# look-around
show(r'foo(?=bar)', 'foobaz foobar')
show(r'foo(?!bar)', 'foobar foobaz')
show(r'(?<=\$)\d+', 'cost: $42')
show(r'(?<!\$)\b\d+', '$42 17')
show(r'(?<=a|b)c', 'ac bc cc')
show(r'(?<=ab|cd)e', 'abe cde')
show(r'(?<=(a))b', 'ab')
show(r'(?<!(a))b', 'cb')
show(r'(?=(a+))a*b\1', 'baaabac')
show(r'(?!a)\w', 'ab')
show(r'\w+(?<!s)\b', 'cats dog')
show(r'(?<=a+)b', 'ab')
show(r'(?<=a{2})b', 'aab')
show(r'(?<=a(?=b))b', 'ab')

# atomic groups and possessive repeats
show(r'(?>a+)b', 'aaab')
show(r'(?>a+)ab', 'aaab')
show(r'(?>ab|a)c', 'abc ac')
show(r'(?>(a)|b)c', 'bc')
show(r'x(?>a*)*y', 'xaay')

# conditionals
show(r'(a)?(?(1)b|c)', 'ab')
show(r'(a)?(?(1)b|c)', 'c')
show(r'(a)?(?(1)b)', 'x')
show(r'(?P<q><)?\w+(?(q)>)', '<tag> word')
show(r'^(\()?\d+(?(1)\))$', '(12)')
show(r'^(\()?\d+(?(1)\))$', '(12')

# inline flags
show(r'(?i)abc', 'xABC')
show(r'(?i:a)b', 'Ab AB')
show(r'a(?i:b)c', 'aBc aBC')
show(r'(?-i:a)b', 'ab Ab', re.I)
show(r'(?s).', '\n')
show(r'(?s:.)(.)', '\n\n')
show(r'(?m)a$', 'a\nb')
show(r'(?x) a b c # comment', 'abc')
show(r'(?x) a \  b [ ] c', 'a bc a  b c')
show(r'(?x: a b ) c', 'abc ab c')
show(r'(?x)(?-x: a ) b', ' a b  ab')
show(r'(?#comment)a', 'a')
show(r'a(?#x)+', 'aaa')
show('(?x)a#b\nc', 'ac')
show(r'(?ims)A.B$', 'a\nb\nc')
show(r'(?a)\w+', 'éa')
show(r'(?u)\w+', 'éa')
show(r'x(?i)', 'x')
show(r'(?i)(?m)a', 'A')
show(r'a|(?i)b', 'b')

# alternation
show(r'a|b|c', 'xcba')
show(r'ab|ac|ad', 'ad')
show(r'|a', 'a')
show(r'a|', 'b')
show(r'(a|ab)(c|bcd)(d*)', 'abcd')
show(r'(?:x|y|z)+', 'zyxw')
show(r'cat|category', 'category')

# warm-up then the same pattern text under other flags
def count(p, s, f=0):
    return len(re.findall(p, s, f))
for i in range(200):
    n = count(r'a.b', 'a\nb aXb')
print(n, count(r'a.b', 'a\nb aXb', re.S), count(r'A.B', 'a\nb aXb', re.I), count(r'a.b', 'a\nb aXb'))
