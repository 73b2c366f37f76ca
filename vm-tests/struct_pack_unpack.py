# struct: pack/unpack of every format character in every byte order, round trips,
# alignment and calcsize, Struct objects, iter_unpack, pack_into/unpack_from.
import struct


def roundtrip(fmt, *values):
    data = struct.pack(fmt, *values)
    return data, struct.unpack(fmt, data)


# Warm-up: the same calls many times before the checks (inline caches must stay right).
for _ in range(200):
    roundtrip("<hHiIqQ", -2, 3, -4, 5, -6, 7)
    struct.calcsize("@bhiq")
    struct.Struct(">d").pack(1.5)

ints = {
    "b": [-128, -1, 0, 1, 127],
    "B": [0, 1, 200, 255],
    "h": [-32768, -2, 0, 300, 32767],
    "H": [0, 1, 65535],
    "i": [-2**31, -7, 0, 2**31 - 1],
    "I": [0, 2**32 - 1],
    "l": [-2**31, 0, 2**31 - 1],
    "L": [0, 2**32 - 1],
    "q": [-2**63, -1, 0, 2**63 - 1],
    "Q": [0, 2**63, 2**64 - 1],
}
for order in ["", "@", "=", "<", ">", "!"]:
    for code, values in ints.items():
        for v in values:
            data, back = roundtrip(order + code, v)
            print(repr(order + code), v, data, back)
for code, values in [("n", [-2**63, -5, 2**63 - 1]), ("N", [0, 2**64 - 1]), ("P", [0, 1, 2**64 - 1])]:
    for v in values:
        print(code, v, roundtrip(code, v))
print(struct.pack("P", -1), struct.pack("l", -2**63), struct.pack("L", 2**64 - 1))

# Floats: half, single, double, in every order.
for order in ["", "<", ">", "="]:
    for code in "efd":
        for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-7, 65504.0, 3.4e38, float("inf"), float("-inf")]:
            try:
                data, back = roundtrip(order + code, v)
                print(repr(order + code), v, data, back)
            except (OverflowError, struct.error) as e:
                print(repr(order + code), v, type(e).__name__, e)
        data = struct.pack(order + code, float("nan"))
        print(repr(order + code), "nan", data, struct.unpack(order + code, data))
for v in [65519.99, 5.96e-8, 2.98e-8, 3e-8, 1.00048828125, 1.0009765625, 1.00146484375, 6.1e-5, 2049.0, 2051.0]:
    print("e", v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack(">e", b"\xfc\x00"), struct.unpack("<e", b"\x01\x00"))
print(struct.pack("f", 1e300), struct.pack("d", 7), struct.pack("<f", True), struct.unpack("<f", b"\x00\x00\xc0\x7f"))


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


class Falsy:
    def __bool__(self):
        return False


print(struct.pack("<i", Idx()), struct.pack("<d", Flt()), struct.pack("<d", Idx()), struct.pack("<i", True))
print(struct.pack("????", 0, "x", None, Falsy()), struct.pack("?", []), struct.unpack("??", b"\x00\x05"))

# Chars and strings.
print(struct.pack("c", b"a"), struct.unpack("3c", b"xyz"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"abc"), struct.pack("s", bytearray(b"q")))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("0s", b""), struct.pack("s", b""))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("p", b"abc"), struct.pack("300p", b"z" * 400)[:3])
print(struct.unpack("5p", b"\x02ab\x00\x00"), struct.unpack("3p", b"\x09ab"), struct.unpack("p", b"\x05"))
print(struct.pack("2x"), struct.pack("b3xb", 1, 2), struct.unpack("b3xb", b"\x01\x00\x00\x00\x02"))
print(struct.pack("4sx2s", b"abcd", b"ef"), struct.unpack("<3h2s", b"\x01\x00\x02\x00\x03\x00hi"))

# Repeat counts, whitespace and native alignment.
for fmt in ["", "@", "b", "bh", "bi", "bq", "hb", "bd", "be", "bf", "b0i", "<b0i", "ib", "iq", "qi",
            "bP", "bn", "bN", "c?h", "3s i", " i h ", "2h3b", "0q", "b 0q", "10s", "10p", "x", "3x", "<qh",
            ">bi", "!bi", "=bl", "@bl", "ll", "<ll", b"ii", "5b2i", "bxi", "?i", "cxh"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("bi", 1, 2), struct.pack("<bi", 1, 2), struct.pack(">bi", 1, 2), struct.pack("bq", 1, 2))
print(struct.unpack("bhiq", struct.pack("bhiq", 1, 2, 3, 4)), struct.pack("b0i", 1))

# Struct objects.
s = struct.Struct("<2hi")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
sb = struct.Struct(b">I")
print(sb.format, type(sb.format).__name__, sb.size, sb.pack(7), struct.Struct(format="h").size)
s.__init__(">q")
print(s.format, s.size, s.pack(-1))
print(type(s), struct.Struct, type(s).__name__, isinstance(s, struct.Struct))

# unpack_from / pack_into with offsets.
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, 5, 6)
print(buf)
struct.pack_into("<h", buf, -2, -1)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<h", buf, -2), struct.unpack_from("<h", buf))
print(struct.unpack_from("<h", buffer=bytes(buf), offset=4), struct.unpack_from("<b", b"\x01\x02", offset=1))
st = struct.Struct("<H")
st.pack_into(buf, 0, 0xBEEF)
print(buf, st.unpack_from(buf), st.unpack_from(buf, 2), st.unpack_from(buffer=buf, offset=10))
print(struct.pack_into("0s", bytearray(), 0, b""))

# iter_unpack.
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04\x05\x00\x06")
print(type(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(list(struct.Struct(">H").iter_unpack(bytearray(b"\x00\x01\x00\x02"))), list(struct.iter_unpack("i", b"")))

# bytearray buffers and the module's names.
print(struct.unpack("<i", bytearray(b"\x01\x00\x00\x00")), struct.unpack(b"<i", b"\x02\x00\x00\x00"))
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith("__")))
import _struct
print(_struct.Struct is struct.Struct, _struct.error is struct.error, _struct.__name__)
struct._clearcache()
print(struct.calcsize("3i"))

# After all that, the warm paths again.
for _ in range(200):
    r = roundtrip("<hHiIqQ", -2, 3, -4, 5, -6, 7)
print(r, struct.calcsize("@bhiq"), struct.Struct(">d").pack(1.5))
