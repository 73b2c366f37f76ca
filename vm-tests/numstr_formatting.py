# The format-spec mini-language, str.format and %-formatting.
for v, spec in [(1234567.891, ',.2f'), (0.000012345, 'g'), (1e16, ''), (255, '#010x'),
                (-3, '=+5'), ('ab', '^7'), (3.0, ''), (3, '.2f'), (1234, '09,'),
                (12345, '_b'), (-0.0, 'z.1f'), (0.25, '%'), (65, 'c'), (True, ''),
                (True, '5'), (float('nan'), '010'), (1234.5, '.2'), (1.0, '#.0e')]:
    print(repr(format(v, spec)))
for v, spec in [('x', 'd'), (1, '.2'), (1234, ',x'), ('x', '=5'), (1.5, 'c')]:
    try:
        format(v, spec)
    except ValueError as e:
        print('ValueError', e)
print('{0} {name} {0!r:>10}'.format('a', name='n'))
print('{:{}}|{:>{w}.{p}f}'.format('ab', 5, 3.14159, w=10, p=2))
print('%s %d %r %5.2f %x %%' % ('a', 42, 'b', 3.14159, 255))
print('%(a)s-%(b)r' % {'a': 1, 'b': 'x'}, '%*d|%-5s|%05.1f' % (5, 3, 'x', -2.34))
print('%#o %#x %+.3e %g %c %a' % (8, 255, 12345.678, 1e-5, 65, 'é'))
for expr in ["'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % 'x'", "'%z' % 1", "'{'.format()",
             "'{0}{}'.format(1, 2)", "'{}'.format()", "'{x}'.format()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
