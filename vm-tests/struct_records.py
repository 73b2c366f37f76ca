# struct in a small program: a binary file format with a header, fixed-size records and a
# trailer checksum, written into a bytearray with pack_into and read back with
# unpack_from / iter_unpack; then corrupted inputs rejected with struct.error.
import struct

MAGIC = b"PYVR"
HEADER = struct.Struct("<4sHHI")  # magic, version, flags, record count
RECORD = struct.Struct("<IhBx8sd?3x")  # id, delta, kind, name, value, active
TRAILER = struct.Struct(">Q")


def checksum(data):
    total = 0
    for i in range(0, len(data) - len(data) % 2, 2):
        (word,) = struct.unpack_from("<H", data, i)
        total = (total * 31 + word) & 0xFFFFFFFFFFFFFFFF
    return total


def write_file(records, flags=0):
    size = HEADER.size + RECORD.size * len(records) + TRAILER.size
    buf = bytearray(size)
    HEADER.pack_into(buf, 0, MAGIC, 1, flags, len(records))
    offset = HEADER.size
    for rec in records:
        RECORD.pack_into(buf, offset, *rec)
        offset += RECORD.size
    TRAILER.pack_into(buf, offset, checksum(buf[:offset]))
    return bytes(buf)


def read_file(data):
    magic, version, flags, count = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    end = HEADER.size + count * RECORD.size
    (stored,) = TRAILER.unpack_from(data, end)
    if stored != checksum(data[:end]):
        raise ValueError("checksum mismatch")
    body = data[HEADER.size:end]
    out = []
    for rid, delta, kind, name, value, active in RECORD.iter_unpack(body):
        out.append((rid, delta, kind, name.rstrip(b"\0").decode(), value, active))
    return version, flags, out


def make_records(n):
    recs = []
    for i in range(n):
        recs.append((i * 7919 % 100000, (i * 37) % 600 - 300, i % 256, f"rec{i}".encode(), i / 8, i % 3 == 0))
    return recs


# Warm-up: write and read many files first.
for n in range(200):
    data = write_file(make_records(n % 5))
    read_file(data)

print(HEADER.size, RECORD.size, TRAILER.size, RECORD.format)
data = write_file(make_records(6), flags=3)
print(len(data), data[:12], data[-8:])
version, flags, recs = read_file(data)
print(version, flags)
for r in recs:
    print(r)

# A table of (format, values) packed with every byte order and summarised.
samples = [("h", -12345), ("I", 3000000000), ("q", -2**40), ("f", 0.5), ("e", -1.25), ("?", True), ("c", b"Z")]
for order in "@=<>!":
    row = []
    for code, v in samples:
        packed = struct.pack(order + code, v)
        row.append(packed.hex())
        assert struct.unpack(order + code, packed) == (v,)
    print(order, " ".join(row))

# Length-prefixed strings with 'p' and variable-length payloads via computed formats.
names = [b"", b"a", b"hello", b"x" * 20]
for nm in names:
    fmt = f"<H{len(nm)}s"
    blob = struct.pack(fmt, len(nm), nm)
    (n,) = struct.unpack_from("<H", blob)
    (back,) = struct.unpack_from(f"<{n}s", blob, 2)
    print(len(blob), n, back, struct.pack("8p", nm), struct.unpack("8p", struct.pack("8p", nm)))

# Corrupted inputs.
bad = bytearray(data)
bad[0:4] = b"XXXX"
for label, blob in [("magic", bytes(bad)), ("truncated", data[:20]), ("flipped", data[:-1] + b"\x00"), ("empty", b"")]:
    try:
        read_file(blob)
        print(label, "ok?")
    except (ValueError, struct.error) as e:
        print(label, type(e).__name__, e)

# Records that do not fit their fields.
for rec in [(2**32, 0, 0, b"n", 0.0, False), (1, 40000, 0, b"n", 0.0, False), (1, 0, 256, b"n", 0.0, False),
            (1, 0, 0, "n", 0.0, False), (1, 0, 0, b"n", "x", False), (1, 0, 0, b"n")]:
    try:
        write_file([rec])
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)

# The warm path again.
for n in range(200):
    v, f, r = read_file(write_file(make_records(n % 4)))
print(v, f, r)
