# struct: the error paths — bad formats, wrong counts, out-of-range values, wrong types,
# buffer sizes, offsets — each with CPython's exception type and message.
import struct


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)


# Warm-up: the failing and succeeding paths many times first.
for _ in range(200):
    attempt(struct.pack, "h", 40000)
    attempt(struct.pack, "<i", 1)
    attempt(struct.unpack, "i", b"abc")

for order in ["", "=", "<", ">", "!"]:
    for code in "bBhHiIlLqQ":
        for v in [-2**70, -2**63 - 1, -2**31 - 1, -32769, -129, -1, 256, 65536, 2**32, 2**64, 2**70]:
            print(repr(order + code), v, attempt(struct.pack, order + code, v))
for code in "nNP":
    for v in [-2**64, -2**63 - 1, -1, 2**64, 2**70]:
        print(code, v, attempt(struct.pack, code, v))


class NotIdx:
    pass


class BadIdx:
    def __index__(self):
        return "x"


class RaisingIdx:
    def __index__(self):
        raise ValueError("no index")


for code in "bBhHiIlLqQnNP":
    for v in [1.5, "1", None, b"x", NotIdx()]:
        print(code, type(v).__name__, attempt(struct.pack, code, v))
print(attempt(struct.pack, "i", BadIdx()), attempt(struct.pack, "i", RaisingIdx()))
for code in "efd":
    for v in ["1", None, b"x", 10**400, 10**6, 1e300, NotIdx()]:
        print(code, type(v).__name__, attempt(struct.pack, code, v))
for code in ["<e", ">e", "<f", ">f", "=f", "@e"]:
    print(code, attempt(struct.pack, code, 1e300), attempt(struct.pack, code, 65520.0), attempt(struct.pack, code, 10**50))
for fmt, v in [("c", b"ab"), ("c", b""), ("c", "a"), ("c", bytearray(b"a")), ("c", 97), ("s", "a"), ("s", 1),
               ("p", "ab"), ("p", None), ("3s", ["a"])]:
    print(fmt, repr(v), attempt(struct.pack, fmt, v))

# Bad formats.
for fmt in ["2", "i2", "z", "<n", ">N", "=P", "i i2", "2 i", "99999999999999999999i", "9223372036854775807q",
            "4611686018427387904h", "é", "<<i", "i<", "-1i", 5, None, bytearray(b"i")]:
    print(repr(fmt), attempt(struct.calcsize, fmt), attempt(struct.Struct, fmt))

# Counts of values and arguments.
print(attempt(struct.pack, "2h", 1))
print(attempt(struct.pack, "h", 1, 2))
print(attempt(struct.pack, "3s", b"a", b"b"))
print(attempt(struct.pack, "x", 1))
print(attempt(struct.pack))
print(attempt(struct.pack, fmt="i"))
print(attempt(struct.pack_into))
print(attempt(struct.pack_into, "i"))
print(attempt(struct.pack_into, "i", bytearray(4)))
print(attempt(struct.pack_into, "i", bytearray(4), 0))
print(attempt(struct.pack_into, "i", bytearray(4), 0, 1, 2))
print(attempt(struct.unpack, "i"))
print(attempt(struct.unpack, "i", b"abcd", 1))
print(attempt(struct.unpack, format="i", buffer=b"abcd"))
print(attempt(struct.unpack_from, "i"))
print(attempt(struct.unpack_from, "i", b"abcd", 0, 1))
print(attempt(struct.unpack_from, "i", b"abcd", offset=0, x=1))
print(attempt(struct.unpack_from, "i", b"abcd", bogus=1))
print(attempt(struct.calcsize))
print(attempt(struct.calcsize, "i", "i"))
print(attempt(struct.iter_unpack, "i"))
print(attempt(struct.Struct))
print(attempt(struct.Struct, "i", "h"))
print(attempt(struct.Struct, fmt="i"))
s = struct.Struct("<hh")
print(attempt(s.pack, 1))
print(attempt(s.pack, 1, 2, 3))
print(attempt(s.pack, 1, x=2))
print(attempt(s.pack_into))
print(attempt(s.pack_into, bytearray(4)))
print(attempt(s.pack_into, bytearray(4), 0, 1))
print(attempt(s.unpack))
print(attempt(s.unpack, b"ab", b"cd"))
print(attempt(s.unpack_from))
print(attempt(s.unpack_from, b"abcd", 0, 1))
print(attempt(s.iter_unpack))
print(attempt(s.unpack, b"abc"))

# Buffers: types and sizes.
print(attempt(struct.unpack, "i", "abcd"))
print(attempt(struct.unpack, "i", 5))
print(attempt(struct.unpack, "i", b"abc"))
print(attempt(struct.unpack, "i", b"abcde"))
print(attempt(struct.unpack, "", b"x"))
print(attempt(struct.unpack, "<3h", bytearray(5)))
print(attempt(struct.pack_into, "i", b"xxxx", 0, 1))
print(attempt(struct.pack_into, "i", "xxxx", 0, 1))
print(attempt(struct.pack_into, "i", bytearray(4), "0", 1))
print(attempt(struct.pack_into, "i", bytearray(4), 1.0, 1))
print(attempt(struct.pack_into, "i", bytearray(4), 2**70, 1))
for off in [2, 4, 5, -1, -2, -3, -4, -5, -9]:
    print(off, attempt(struct.pack_into, "i", bytearray(6), off, 1), attempt(struct.unpack_from, "i", b"abcdef", off))
print(attempt(struct.unpack_from, "i", b"ab", -3), attempt(struct.pack_into, "i", bytearray(2), -3, 1))
print(attempt(struct.unpack_from, "i", b"abcd", "1"), attempt(struct.unpack_from, "i", b"abcd", 2**70))
print(attempt(struct.unpack_from, "i", "abcd"))
print(attempt(struct.iter_unpack, "i", b"abcdef"))
print(attempt(struct.iter_unpack, "", b""))
print(attempt(lambda: list(struct.iter_unpack("3x", b"abc"))))
print(attempt(struct.iter_unpack, "i", buffer=b"abcd"), attempt(struct.pack_into, "i", bytearray(4), 0, 1, x=1))
print(attempt(struct.iter_unpack, "i", "abcd"))
print(attempt(struct.pack, 5))
print(attempt(struct.unpack, None, b""))

# struct.error is an ordinary exception class.
try:
    struct.pack("h", 70000)
except struct.error as e:
    print(type(e), e.args, isinstance(e, Exception))
try:
    struct.unpack(">i", b"\x00")
except Exception as e:
    print(type(e).__module__, type(e).__qualname__, e)


class MyError(struct.error):
    pass


print(MyError("x"), MyError.__mro__[1])

# The warm paths again after the errors.
for _ in range(200):
    a = attempt(struct.pack, "h", 40000)
    b = attempt(struct.pack, "<i", 1)
    c = attempt(struct.unpack, "i", b"abc")
print(a, b, c)
