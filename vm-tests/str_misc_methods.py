# Other common str methods.
print('a\tb\tc'.expandtabs(4), 'x\ty'.expandtabs())
print('Hello'.startswith('H') and 'Hello'.endswith('o'))
print('hello world'.count('o'), 'abc'.isascii(), 'é'.isascii())
print('   '.isspace(), ''.isspace(), 'a b'.isspace())
print('Python'.removeprefix('Py'), 'Python'.removesuffix('on'), 'Python'.removeprefix('x'))
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print('ab'.join(['1', '2', '3']))
print(' '.join(['word'] * 3).title())
s = 'Hello, World'
print(s.lower().count('l'), s.upper().index('W'), s.swapcase().find('w'))
print(','.join(sorted('a,c,b'.split(','))))
chars = list('hello')
chars.reverse()
print(''.join(chars))
print('AbC'.lower() == 'abc', 'hello'.capitalize().center(9, '~'))
print(repr('line\n'.rstrip('\n')), 'x,y,'.rstrip(','), '0042'.lstrip('0'))
