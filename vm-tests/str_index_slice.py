# Indexing/slicing, repetition, concatenation, comparison, iteration, non-ASCII.
s = 'abcdefgh'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1])
print(s[100:], s[-100:2], repr(s[5:2]), s[2:100])
print('ab' * 3, 3 * 'xy', 'a' * 0, repr('a' * -1), 'abc' + 'def', '' + '')
print('a' < 'b', 'abc' < 'abd', 'abc' < 'ab', 'A' < 'a', 'Z' < 'a', 'abc' == 'abc', 'a' != 'A')
print('apple' > 'Apple', 'b' > 'abc', '10' < '9', 'é' > 'z')
print(min('hello'), max('hello'), sorted('hello'), len('hello'))
out = []
for ch in 'héllo':
    out.append(ch.upper())
print(out)
w = 'héllo wörld'
print(len(w), w[1], w[7], w[1:4], w[::-1], w.upper(), w.title())
cjk = '日本語テキスト'
print(len(cjk), cjk[0], cjk[-1], cjk[2:4], cjk[::2])
emoji = 'a😀b'
print(len(emoji), emoji[1] == '\U0001F600', emoji[2])
print('ab' in 'cabd', 'é' in 'café', 'x' not in 'abc')
s2 = 'abc'
s2 = s2 + 'd'
s2 += 'e'
print(s2, len(s2))
acc = ''
for i in range(5):
    acc += str(i)
print(acc)
print('abc'[1:2] == 'b', 'abc'[-1:] + 'abc'[:-1])
try:
    'abc'[3]
except IndexError as e:
    print('IndexError:', e)
try:
    s = 'abc'
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
print(str(123)[::-1], int(str(123)[::-1]) + 1)
print('racecar' == 'racecar'[::-1], 'python' == 'python'[::-1])
