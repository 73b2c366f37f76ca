# unicodedata: properties over a grid of code points, numeric values with defaults, names
# both ways (stored, Hangul, CJK), normalization forms, CPython's errors, warm-up loops.
import unicodedata as ud

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(ud.unidata_version)
points = list(range(0, 0x250)) + list(range(0x300, 0x380)) + [0x5d0, 0x627, 0x660, 0x669, 0x6f5, 0x905, 0x966,
          0xe01, 0x1100, 0x2028, 0x2029, 0x202e, 0x20ac, 0x2153, 0x2160, 0x216b, 0x2460, 0x2469, 0x24ea,
          0x3000, 0x3007, 0x3042, 0x4e00, 0x4e5d, 0x9fff, 0xac00, 0xd7a3, 0xd7a4, 0xe000, 0xf900, 0xfa6d,
          0xfeff, 0xff10, 0xff21, 0xffe0, 0x10000, 0x10107, 0x1d7ce, 0x1f600, 0x1f1e6, 0x20000, 0x2a6df,
          0x2fa1d, 0x30000, 0xe0001, 0xf0000, 0x10fffd, 0x10ffff, 0x1b170, 0x18b00, 0x17000, 0x18800]
for cp in points:
    c = chr(cp)
    print('%04X' % cp, ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          ud.name(c, None), ud.decomposition(c))

# every assigned code point's name round-trips through lookup (a sample of planes)
count = 0
for cp in list(range(0, 0x3400, 3)) + list(range(0xa000, 0xd800, 5)) + list(range(0xe000, 0x10000, 5)) + list(range(0x10000, 0x1fbff, 11)):
    n = ud.name(chr(cp), None)
    if n is not None:
        assert ud.lookup(n) == chr(cp), n
        if not n.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')):
            assert ud.lookup(n.lower()) == chr(cp), n
        count += 1
print(count)
print(ud.lookup('latin small letter a'), ud.lookup('HANGUL SYLLABLE GAG'), ud.lookup('CJK UNIFIED IDEOGRAPH-4E00'))
print(ud.lookup('SNOWMAN'), ud.lookup('cjk compatibility ideograph-f900'), ud.lookup('EURO SIGN'), ud.lookup('CJK COMPATIBILITY IDEOGRAPH-F900'), ud.lookup('HANGUL SYLLABLE HIH'))
print(ud.name('\uac00'), ud.name('\ud7a3'), ud.name('\u4e00'), ud.name('\U0002a6df'), ud.name('\U0001f600'))

for s in ['caf\u00e9', 'cafe\u0301', '\ufb01', '\u1e9b\u0323', 'A\u030a', '\u212b', '\u1100\u1161\u11a8',
          '\uac01', '\u0041\u0327\u0301', 'x\u0301\u0327', '\u00bd', '\u2460', '', 'plain ascii']:
    forms = [ud.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(x) for x in forms], [ud.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

show(ud.lookup, 'foo')
show(ud.lookup, 'x' * 300)
show(ud.lookup, 'HANGUL SYLLABLE QQQ')
show(ud.lookup, 'CJK UNIFIED IDEOGRAPH-0041')
show(ud.lookup, 'cjk unified ideograph-4e00')
show(ud.lookup, 'CJK UNIFIED IDEOGRAPH-4e00')
show(ud.lookup, 'hangul syllable ga')
show(ud.lookup, 5)
show(ud.name, '\x00')
show(ud.name, '\x00', 'dflt')
show(ud.name, 'ab')
show(ud.name, 5)
show(ud.name, '')
show(ud.category, 'ab')
show(ud.category, '')
show(ud.combining, 3)
show(ud.decimal, 'a')
show(ud.decimal, 'a', -1)
show(ud.numeric, 'a')
show(ud.digit, 'a')
show(ud.digit, '\u00b2')
show(ud.decimal, '\u00b2')
show(ud.numeric, '\u2155')
show(ud.normalize, 'XX', 'a')
show(ud.normalize, 'NFC', 5)
show(ud.normalize, 5, 'a')
show(ud.is_normalized, 'NFX', 'a')
show(ud.name)
show(ud.normalize, 'NFC')

def props(i):
    c = chr(i)
    return ud.category(c), ud.name(c, ''), ud.numeric(c, -1), ud.normalize('NFD', c)

res = [props(i) for i in range(0x3b0, 0x3b0 + 250)]
print(len(res), res[0], res[-1])
show(ud.lookup, 'GREEK SMALL LETTER ALFA')
print(props(0x1e9b))
