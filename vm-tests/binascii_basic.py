# binascii: known vectors, error grid, and a warm-up loop over each converter.
import binascii

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__)

for data in [b'', b'\x00', b'abc', bytes(range(256))[:40], bytearray(b'xyz\xff')]:
    print(binascii.hexlify(data), binascii.b2a_hex(data))
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
    print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
    print(binascii.unhexlify(binascii.hexlify(data)) == data)
    print(binascii.b2a_uu(data[:45]), binascii.a2b_uu(binascii.b2a_uu(data[:45])) == data[:45])

print(binascii.b2a_uu(b'', backtick=True), binascii.b2a_uu(b'\x00\x00\x00', backtick=True))
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'#86)C\n'), binascii.a2b_uu(b'#86)C'))

# hexlify with separators
for sep, per in [('-', 1), (b':', 2), ('_', -2), (' ', 3), ('.', 0), ('|', -1), ('x', 100)]:
    print(sep, per, binascii.hexlify(b'\x01\x02\x03\x04\x05', sep, per))
print(binascii.hexlify(b'abcde', sep='-'), binascii.hexlify(data=b'ab', sep=b'/', bytes_per_sep=1))
show(binascii.hexlify, b'abc', '--')
show(binascii.hexlify, b'abc', '')
show(binascii.hexlify, b'abc', 1)
show(binascii.hexlify, b'abc', '\u20ac')
show(binascii.hexlify, 'abc')
show(binascii.hexlify, b'abc', '-', 2**70)
show(binascii.hexlify)

# unhexlify
for s in ['', '0A', 'aBcD', b'ff00', bytearray(b'12'), 'abc', 'zz', '0g', '\xe9\xe9', 12, ' 1']:
    show(binascii.unhexlify, s)
    show(binascii.a2b_hex, s)

# base64 decoding grid
cases = [b'QQ', b'QQ=', b'QQ==', b'Q', b'QQQQQ', b'=QQ==', b'QQ==QQ', b'Q=Q=', b'QQ=Q',
         b'QQ!!==', b'QUJD===', b'QQ===', b'', b'QUJD\nRUY=\n', 'YWJj', b'Y W\tJ j', b'YW=Jj',
         b'YWJjZA', b'YWJjZA=', b'YWJjZA==', b'YWJjZA===', b'!!!!', b'====', b'QUJDRA==QQ==']
for c in cases:
    for strict in (False, True):
        try:
            print(repr(c), strict, binascii.a2b_base64(c, strict_mode=strict))
        except binascii.Error as e:
            print(repr(c), strict, 'Error', e)
show(binascii.a2b_base64, 3)
show(binascii.a2b_base64, '\xe9')
show(binascii.b2a_base64, 'abc')
show(binascii.b2a_base64, b'ab', True)
show(binascii.a2b_base64, b'ab', True)

# checksums with start values
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(b'a', -1), binascii.crc32(b'a', 2**40), binascii.crc32(b'', 7))
print(binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'a', -1), binascii.crc_hqx(b'a', 2**40))
show(binascii.crc32)
show(binascii.crc32, b'', 1, 2)
show(binascii.crc32, 'a')
show(binascii.crc32, b'a', 1.5)
show(binascii.crc_hqx, b'')
show(binascii.b2a_uu, b'x' * 46)
show(binascii.a2b_uu, b'#\x01\x02\x03')
show(binascii.a2b_uu, b'!86)Cxx')

# warm-up: the same paths many times, then again
def work(i):
    d = bytes([i % 256, (i * 7) % 256, 65]) * (i % 5)
    h = binascii.hexlify(d, '-')
    b = binascii.b2a_base64(d)
    assert binascii.a2b_base64(b) == d
    assert binascii.unhexlify(binascii.hexlify(d)) == d
    return binascii.crc32(d) ^ binascii.crc_hqx(d, i) ^ len(h)

acc = 0
for i in range(300):
    acc ^= work(i)
print(acc)
try:
    binascii.a2b_base64(b'Q')
except binascii.Error as e:
    print('after warm-up', e)
print(work(3), work(299))
