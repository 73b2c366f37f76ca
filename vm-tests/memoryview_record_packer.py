# A binary record store: fixed-size records packed with struct into one bytearray through
# pack_into and memoryview slices, a checksum per record kept in an array('I'), an index of
# offsets in an array('q'), updates in place through views, a compaction pass, and reading
# back with unpack_from, iter_unpack and casts. Everything is checked and printed.
import array
import struct

HEADER = struct.Struct("<4sHH")          # magic, version, record count
RECORD = struct.Struct("<IhHd8s")        # id, delta, flags, value, name
MAGIC = b"RECS"


def checksum(view):
    """A small Fletcher-style checksum over a bytes-like view."""
    a = b = 0
    for byte in view:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


class Store:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buf = bytearray(HEADER.size + capacity * RECORD.size)
        self.sums = array.array("I")
        self.offsets = array.array("q")
        self.count = 0
        HEADER.pack_into(self.buf, 0, MAGIC, 1, 0)

    def record_view(self, i):
        start = HEADER.size + i * RECORD.size
        return memoryview(self.buf)[start:start + RECORD.size]

    def add(self, rid, delta, flags, value, name):
        if self.count == self.capacity:
            raise OverflowError("store full")
        off = HEADER.size + self.count * RECORD.size
        RECORD.pack_into(self.buf, off, rid, delta, flags, value, name.encode())
        with self.record_view(self.count) as v:
            self.sums.append(checksum(v))
        self.offsets.append(off)
        self.count += 1
        struct.pack_into("<H", self.buf, 6, self.count)

    def get(self, i):
        rid, delta, flags, value, name = RECORD.unpack_from(self.buf, self.offsets[i])
        return rid, delta, flags, value, name.rstrip(b"\0").decode()

    def verify(self):
        bad = []
        for i in range(self.count):
            with self.record_view(i) as v:
                if checksum(v) != self.sums[i]:
                    bad.append(i)
        return bad

    def set_flags(self, i, flags):
        # Write only the flags field, through a view of the record.
        with self.record_view(i) as v:
            struct.pack_into("<H", v, 6, flags)
            self.sums[i] = checksum(v)

    def scale(self, factor):
        # The value fields, rewritten in place through a cast view per record.
        for i in range(self.count):
            with self.record_view(i) as v:
                (value,) = struct.unpack_from("<d", v, 8)
                v[8:16] = struct.pack("<d", value * factor)
                self.sums[i] = checksum(v)

    def compact(self, keep):
        kept = [i for i in range(self.count) if keep(self.get(i))]
        data = memoryview(self.buf)
        for new, old in enumerate(kept):
            src = self.offsets[old]
            dst = HEADER.size + new * RECORD.size
            data[dst:dst + RECORD.size] = bytes(data[src:src + RECORD.size])
        data.release()
        self.sums = array.array("I", [self.sums[i] for i in kept])
        self.count = len(kept)
        self.offsets = array.array("q", [HEADER.size + k * RECORD.size for k in range(self.count)])
        struct.pack_into("<H", self.buf, 6, self.count)
        # Shrink the buffer: allowed now that no view is alive.
        del self.buf[HEADER.size + self.count * RECORD.size:]

    def records(self):
        body = memoryview(self.buf)[HEADER.size:]
        try:
            for rid, delta, flags, value, name in RECORD.iter_unpack(body):
                yield rid, delta, flags, value, name.rstrip(b"\0").decode()
        finally:
            body.release()


store = Store(12)
names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
for k, name in enumerate(names):
    store.add(1000 + k, (-1) ** k * k * 7, k % 3, k * 1.25, name)
magic, version, count = HEADER.unpack_from(store.buf)
print(magic, version, count, len(store.buf), store.sums.itemsize, store.offsets.typecode)
print(store.get(0), store.get(9))
print("checksums", store.sums.tolist())
print("verify", store.verify())

print("-- a view blocks resizing while records are read")
with store.record_view(2) as v:
    try:
        store.buf.extend(b"\0" * RECORD.size)
    except BufferError as e:
        print("BufferError:", e)
    print(bytes(v[:4]), v.nbytes, v.readonly, struct.unpack_from("<I", v)[0])
store.buf.extend(b"\0" * RECORD.size)
del store.buf[-RECORD.size:]

print("-- corrupt one byte, detect it, repair it")
raw = memoryview(store.buf)
pos = store.offsets[4] + 20
raw[pos] ^= 0xFF
print("verify", store.verify())
raw[pos] ^= 0xFF
raw.release()
print("verify", store.verify())

print("-- updates through views")
for i in range(0, store.count, 3):
    store.set_flags(i, 0x8000 | i)
store.scale(2)
for i in range(store.count):
    print(" ", store.get(i))
print("verify", store.verify())

print("-- bulk reads")
ids = array.array("I", (r[0] for r in store.records()))
values = array.array("d", (r[3] for r in store.records()))
print(ids, sum(values), max(values))
ids_view = memoryview(ids).cast("B")
print(ids_view.nbytes, ids_view[:4].tolist(), bytes(ids_view[:4]) == struct.pack("<I", 1000))
ids_view.release()
flagged = [name for (_, _, flags, _, name) in store.records() if flags & 0x8000]
print("flagged", flagged)
deltas = memoryview(bytearray(b"".join(struct.pack("<h", r[1]) for r in store.records()))).cast("h")
print(deltas.tolist(), sum(deltas))

print("-- compaction")
store.compact(lambda rec: rec[2] & 0x8000 or rec[1] > 0)
print(store.count, len(store.buf), HEADER.unpack_from(store.buf))
print([r[4] for r in store.records()])
print("verify", store.verify(), store.sums.tolist())

print("-- full store and bad input")
small = Store(1)
small.add(1, 2, 3, 4.5, "x")
for bad in (lambda: small.add(2, 0, 0, 0.0, "y"),
            lambda: Store(1).add(1, 40000, 0, 0.0, "big"),
            lambda: Store(1).add(-1, 0, 0, 0.0, "neg"),
            lambda: RECORD.unpack_from(small.buf, len(small.buf) - 4),
            lambda: RECORD.pack_into(bytes(64), 0, 1, 1, 1, 1.0, b"n"),
            lambda: RECORD.pack_into(memoryview(bytes(64)), 0, 1, 1, 1, 1.0, b"n")):
    try:
        bad()
    except Exception as e:
        print(" ", type(e).__name__, e)

print("-- warm-up: 200 adds and reads, then a record changes under a cached view")
big = Store(200)
for k in range(200):
    big.add(k, k % 100 - 50, k & 7, k / 8, "n%d" % k)
total = 0
for k in range(200):
    total += big.get(k)[0] + big.get(k)[1]
print(total, len(big.verify()), big.sums[:3].tolist())
cached = big.record_view(199)
cached[0:4] = struct.pack("<I", 4242)
print(big.get(199)[0], big.verify())
big.sums[199] = checksum(cached)
cached.release()
print(big.verify(), sum(1 for _ in big.records()))
