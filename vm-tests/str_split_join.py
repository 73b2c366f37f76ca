# str.split, rsplit, join, splitlines, partition, rpartition.
s = '  the quick  brown\tfox\njumps  '
print(s.split())
print(s.split(' '))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.split(',', maxsplit=2))
print('a,b,c'.rsplit(',', 1), 'a b c d'.rsplit(None, 2), '  a b  '.rsplit())
print(''.split(), ''.split(','), ' '.split(), ' '.split(' '))
print('abc'.split('abc'), 'xxaxx'.split('x'), 'one::two::three'.split('::'))
print('1 2 3'.split(maxsplit=1), 'a  b  c'.split(None, 1))
print('a,b,c'.split(',', 0), 'a,b,c'.split(',', -1))
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]), '|'.join('abc'))
print(' '.join(('t', 'u')), '\n'.join(['l1', 'l2']))
print('/'.join(['single']), '/'.join(['a', '', 'b']))
print('line1\nline2\r\nline3\rline4'.splitlines())
print('a\n\nb\n'.splitlines(), ''.splitlines(), '\n'.splitlines())
print('keep\nends\n'.splitlines(True), 'x\r\ny'.splitlines(keepends=True))
print('key=value=more'.partition('='), 'novalue'.partition('='), '=start'.partition('='))
print('key=value=more'.rpartition('='), 'novalue'.rpartition('='))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'))
csv = 'name,age,city\nann,31,oslo\nbob,27,rome'
rows = []
for line in csv.splitlines():
    rows.append(line.split(','))
print(rows)
header = rows[0]
for row in rows[1:]:
    pairs = []
    for i in range(len(header)):
        pairs.append(header[i] + '=' + row[i])
    print('; '.join(pairs))
print('a b'.split(' ', 5), 'a'.rsplit('a'), 'aaa'.split('a'))
words = 'the cat sat on the mat'.split()
print(len(words), words[::-1], ' '.join(reversed(words)))
