# str methods, indexing, slicing, repr.
s = 'Hello, Wörld! 日本'
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::2], s[100:], repr(s))
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), 'ß'.upper())
print(s.split(), s.split(', '), s.rsplit(None, 1), '  a  b  '.split(None, 1))
print('a\nb\r\nc'.splitlines(), 'a\nb\r\nc'.splitlines(True), ','.join(['x', 'y']))
print(s.find('o'), s.rfind('o'), s.count('l'), s.index('W'), s.startswith(('x', 'He')))
print(repr('  x  '.strip()), 'xxhixx'.strip('x'), '42'.zfill(5), '-42'.zfill(5))
print('ab'.center(7, '*'), 'ab'.ljust(5) + '|', 'ab'.rjust(5), 'a\tbc\td'.expandtabs(4))
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.replace('', '-'))
print('ΣΑΣ ΟΔΟΣ'.lower(), "they're bill's".title(), 'ǆemal'.capitalize())
print('x1'.isidentifier(), '²'.isdigit(), '½'.isnumeric(), ''.isprintable(), 'Ab'.istitle())
print(repr("'"), repr('\'"'), repr('\x00\x7f\u200b\n'), ascii('é日'))
print('é'.encode(), 'é'.encode('ascii', 'replace'), b'caf\xc3\xa9'.decode())
print('abc' * 3, 'x' * -1, 'ab' < 'b', 'é' > 'z', 'b' in 'abc', list('héllo'))
for expr in ["'abc'[5]", "'abc'['a']", "','.join(['a', 1])", "'abc'.index('d')",
             "'x'.center(5, 'ab')", "'a' + 1", "'ab' * 1.5", "ord('abc')", "chr(0x110000)",
             "'é'.encode('ascii')", "b'\\xff'.decode()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
