# Binary files: bytes in and out, read(n), readline, iteration, append, seek/tell.
import os

d = "/tmp/pyvm-file_binary-" + str(os.getpid())
os.mkdir(d)
p = d + "/data.bin"

with open(p, "wb") as f:
    print(repr(f).replace(d, "<tmp>"), f.mode, type(f).__name__)
    print(f.write(b"\x00\x01\xffabc\n"), f.write(b"second\n"), f.write(b"end"))
    print(f.tell())

with open(p, "rb") as f:
    print(repr(f).replace(d, "<tmp>"), f.mode, type(f).__name__)
    print(f.read(2), f.tell(), f.readline(), f.readline(3), f.readline())
    print(f.read(), f.read(), f.read(5))
    print(f.seek(3), f.read(1), f.seek(-2, 2), f.read(), f.seek(-3, 1), f.read())

with open(p, "rb") as f:
    print(f.readlines())
with open(p, "rb") as f:
    for line in f:
        print(line)
with open(p, "rb") as f:
    print(f.read(None), f.read(-1))

with open(p, "ab") as f:
    print(f.mode, f.tell(), f.write(b"+more"))
with open(p, "rb") as f:
    print(f.read())

with open(p, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    print(f.mode, f.write(b"fresh"), f.read(), f.seek(0), f.read())

with open(p, "wb") as f:
    f.writelines([b"a", b"b", b"c"])
print(open(p, "rb").read(), os.path.getsize(p))
with open(p) as f:
    print(repr(f.read()))

os.remove(p)
os.rmdir(d)
