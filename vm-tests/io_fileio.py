# io.FileIO: the unbuffered binary file, made directly or by open(buffering=0).
import io
import os

d = "/tmp/pyvm-io_fileio-" + str(os.getpid())
os.mkdir(d)
p = d + "/f.bin"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, "<tmp>"))


f = io.FileIO(p, "w")
print(f.write(b"abc"), f.mode, f.name == p, repr(f).replace(d, "<tmp>"), isinstance(f, io.RawIOBase))
f.close()
f = io.FileIO(p)
print(f.read(), f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
f.close()
with io.FileIO(p, "a") as f:
    f.write(bytearray(b"de"))
with open(p, "rb", buffering=0) as f:
    print(type(f) is io.FileIO, f.read(2), f.read(), f.read())
t("rt", lambda: io.FileIO(p, "rt"))
t("rb", lambda: io.FileIO(p, "rb").mode)
t("r+", lambda: io.FileIO(p, "r+").mode)
t("missing", lambda: io.FileIO(d + "/nope/x"))
t("bad mode", lambda: io.FileIO(p, "q"))
t("kw", lambda: io.FileIO(file=p, mode="a").mode)
t("no args", lambda: io.FileIO())


def size(path):
    with io.FileIO(path) as f:
        return len(f.read())


print({size(p) for _ in range(200)})
with io.FileIO(p, "w") as f:
    f.write(b"x")
print(size(p))
os.remove(p)
os.rmdir(d)
