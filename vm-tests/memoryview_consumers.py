# Every place that takes a bytes-like object accepts any buffer — bytes, bytearray,
# memoryview (also a slice or cast), array.array — and refuses a non-contiguous or
# released view with CPython's error for that place.
import array
import os
import struct


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


good = [b"12", bytearray(b"12"), memoryview(b"x12")[1:], array.array("B", b"12"),
        memoryview(array.array("h", [0x3231])).cast("B")]
strided = memoryview(b"1x2y")[::2]
released = memoryview(b"12")
released.release()

consumers = [
    ("bytes()", lambda v: bytes(v)),
    ("bytearray()", lambda v: bytearray(v)),
    ("join", lambda v: b"-".join([v, v])),
    ("bytes +", lambda v: b"<" + v),
    ("bytearray +", lambda v: bytearray(b"<") + v),
    ("bytearray +=", lambda v: bytearray(b"<").__iadd__(v)),
    ("extend", lambda v: (lambda b: (b.extend(v), b)[1])(bytearray())),
    ("in", lambda v: v in b"012"),
    ("find", lambda v: b"0123".find(v)),
    ("count", lambda v: bytearray(b"1212").count(v)),
    ("startswith", lambda v: b"123".startswith(v)),
    ("replace", lambda v: b"a12b".replace(v, b"-")),
    ("split", lambda v: b"a12b12c".split(v)),
    ("strip", lambda v: b"1a2".strip(v)),
    ("partition", lambda v: [(bytes(x), type(x).__name__) for x in b"a12b".partition(v)]),
    ("bytearray.partition", lambda v: bytearray(b"a12b").rpartition(v)),
    ("%b", lambda v: b"[%b]" % v),
    ("%s", lambda v: b"[%s]" % (v,)),
    ("str(x, enc)", lambda v: str(v, "ascii")),
    ("decode", lambda v: bytes(v).decode()),
    ("int", lambda v: int(v)),
    ("float", lambda v: float(v)),
    ("struct.unpack", lambda v: struct.unpack("<2s", v)),
    ("unpack_from", lambda v: struct.unpack_from("<B", v, 1)),
    ("iter_unpack", lambda v: list(struct.iter_unpack("<B", v))),
    ("==", lambda v: v == b"12"),
    ("memoryview", lambda v: memoryview(v).tolist()),
    ("array.frombytes", lambda v: (lambda a: (a.frombytes(v), a)[1])(array.array("B"))),
]
for name, use in consumers:
    print("--", name)
    for v in good:
        t(lambda: use(v))
    t(lambda: use(strided))
    t(lambda: use(released))
    t(lambda: use("12"))

print("-- file write")
d = "/tmp/pyvm-memoryview_consumers-" + str(os.getpid())
os.mkdir(d)
p = d + "/out.bin"
with open(p, "wb") as f:
    for v in good:
        print(f.write(v), end=" ")
    for bad in (strided, released, "12", 12):
        try:
            f.write(bad)
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)

print("-- writable targets")
for target in (bytearray(4), memoryview(bytearray(4)), array.array("B", [0] * 4),
               memoryview(bytearray(8))[::2], bytes(4), memoryview(bytes(4)), "abcd"):
    try:
        struct.pack_into("<H", target, 1, 0x0102)
        print(" ", bytes(target))
    except Exception as e:
        print(" ", type(e).__name__, e)

print("-- warm-up: one consumer 200 times over bytes, then over views")


def total(v):
    return sum(b"0123456789".find(v[i:i + 1]) for i in range(len(v)))


acc = 0
for k in range(200):
    acc += total(b"123")
print(acc, total(memoryview(b"987")), total(bytearray(b"55")), total(array.array("B", b"01")))
t(lambda: total("12"))
