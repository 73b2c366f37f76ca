# Hostile inputs against struct, os, bytes searching and file objects: huge sizes give
# MemoryError (never an abort), __index__ needles, descriptors closed behind a file's back.
import os
import struct


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# --- huge allocations are MemoryError ---
def huge_pack():
    return struct.pack("1000000000000s", b"")


def huge_urandom():
    return len(os.urandom(2 ** 50))


for _ in range(200):
    struct.pack("4s", b"ab")
show("pack huge count", huge_pack)
show("urandom huge", huge_urandom)
show("urandom neg", lambda: os.urandom(-1))
show("pack ok after", lambda: struct.pack("3s", b"abcd"))
show("urandom ok after", lambda: len(os.urandom(5)))


# --- an object with __index__ is a byte needle in find/count/index/in ---
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise ValueError("no index")


def search_all(b, needle):
    out = []
    for name in ("find", "rfind", "index", "rindex", "count"):
        try:
            out.append(getattr(b, name)(needle))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(needle in b)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


for _ in range(200):
    search_all(b"abca", 97)
for kind in (bytes, bytearray):
    b = kind(b"abca")
    print(kind.__name__, "int", search_all(b, 97))
    print(kind.__name__, "idx", search_all(b, Idx(97)))
    print(kind.__name__, "idx missing", search_all(b, Idx(120)))
    print(kind.__name__, "idx big", search_all(b, Idx(300)))
    print(kind.__name__, "idx neg", search_all(b, Idx(-1)))
    print(kind.__name__, "bad idx", search_all(b, BadIdx()))
    print(kind.__name__, "bytes", search_all(b, b"ca"))
    print(kind.__name__, "float", search_all(b, 1.5))
    print(kind.__name__, "bounds", b.find(Idx(97), 1), b.count(Idx(97), 0, 3))


class Shrink:
    # __index__ empties the bytearray being searched.
    def __init__(self, b):
        self.b = b

    def __index__(self):
        self.b.clear()
        return 97


ba = bytearray(b"abc")
show("shrinking find", lambda: ba.find(Shrink(ba)))
ba = bytearray(b"abc")
show("shrinking in", lambda: Shrink(ba) in ba)


# --- a descriptor closed behind a file object's back ---
def closed_behind(buffering):
    f = open("/dev/null", "rb", buffering=buffering)
    os.close(f.fileno())
    try:
        f.close()
    except OSError as e:
        print("close", buffering, type(e).__name__, e.errno)
    print("closed", f.closed)


def dropped_behind():
    f = open("/dev/null", "rb", buffering=0)
    os.close(f.fileno())
    del f


for _ in range(200):
    with open("/dev/null", "rb", buffering=0) as f:
        f.read()
closed_behind(0)
closed_behind(-1)
for _ in range(3):
    dropped_behind()
print("still alive")
