# find/rfind/index/rindex/count, startswith/endswith.
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('o', 5, 8))
print(s.rfind('hello'), s.rfind('o'), s.rfind('xyz'), s.rfind('l', 0, 5))
print(s.index('world'), s.rindex('hello'), s.index('o', 5))
try:
    s.index('missing')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('missing')
except ValueError as e:
    print('ValueError:', e)
print(s.count('l'), s.count('hello'), s.count('o', 10), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith(('x', 'he')))
print(s.endswith('python'), s.endswith('hello'), s.endswith(('java', 'python')), s.endswith('hello', 0, 5))
print(''.startswith(''), 'abc'.startswith(''), 'abc'.endswith(''), 'a'.startswith('abc'))
print('abc'.find('c', -1), 'abc'.find('a', -1), 'abcabc'.rfind('abc', 1))
print('ab' in 'xaby', 'ba' in 'xaby', 'abc'.find('abcd'))
print('héllo'.find('l'), 'héllo'.index('o'), '中文中文'.rfind('中'))
positions = []
start = 0
while True:
    p = s.find('o', start)
    if p < 0:
        break
    positions.append(p)
    start = p + 1
print(positions)
