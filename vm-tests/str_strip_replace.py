# strip/lstrip/rstrip (with chars) and replace (with count).
s = '   padded   '
print('[' + s.strip() + ']', '[' + s.lstrip() + ']', '[' + s.rstrip() + ']')
print('xxhixx'.strip('x'), 'xyhixy'.strip('yx'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('\t\n text \r\n'.strip(), repr(' \t\n'.strip()))
print('www.example.com'.strip('cmowz.'), '...dots...'.rstrip('.'))
print('abc'.strip(''), 'abc'.strip('abc'), repr(''.strip()))
print('hello world'.replace('o', '0'), 'hello world'.replace('l', 'L', 2))
print('aaaa'.replace('a', 'b', 0), 'aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('mississippi'.replace('ss', 'SS'), 'mississippi'.replace('issi', '!'))
print('no match'.replace('zz', 'yy'), 'x'.replace('x', ''))
print('a-b-c'.replace('-', ', ', -1))
text = 'The rain in Spain stays mainly in the plain'
print(text.replace('ain', 'AIN'))
print(text.replace(' ', ''))
print(text.lower().replace('the', 'a', 1))
