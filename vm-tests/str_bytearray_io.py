import os
p = "/tmp/pyvm-str_bytearray_io-%d" % os.getpid()
with open(p, "wb") as f:
    print(f.write(bytearray(b"abc")), f.write(b"d"))
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
print(bytearray(b"a") in [b"a"], bytearray(b"b") in b"abc", str(bytearray(b"hi"), "ascii"), bytearray(b"x").decode("latin-1"))
print(b"abc".startswith(bytearray(b"a")), b"a,b".split(bytearray(b",")), sorted([bytearray(b"b"), b"a"]), bytearray(b"ab").swapcase())
print(bytearray.fromhex("41 42"), bytearray(b"%d") if False else "", bytes(bytearray(b"xy")) == b"xy", bytearray(range(3)))
