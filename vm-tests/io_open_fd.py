# open() over an int file descriptor (closefd), opener=, and os.fdopen as open(fd).
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt")
with open(path, "w") as f:
    f.write("line one\nline two\n")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def read_via_fd(closefd):
    fd = os.open(path, os.O_RDONLY)
    f = open(fd, closefd=closefd)
    r = (f.name == fd, f.fileno() == fd, f.mode, f.readline(), f.read())
    f.close()
    still_open = True
    try:
        os.fstat(fd)
    except OSError:
        still_open = False
    if still_open:
        os.close(fd)
    return r, still_open


for _ in range(150):
    a = read_via_fd(True)
    b = read_via_fd(False)
print(a)
print(b)

fd = os.open(path, os.O_RDONLY)
f = open(fd, "rb", closefd=False)
print(repr(f).replace(str(fd), "FD"), type(f).__name__, f.read(4))
print(os.lseek(fd, 0, os.SEEK_CUR) >= 4)
f.close()
g = open(fd, "rb", buffering=0, closefd=False)
print(repr(g).replace(str(fd), "FD"), g.read())
g.close()
h = open(fd, "rb", buffering=0)
print(repr(h).replace(str(fd), "FD"))
del h
attempt("fd closed by freeing", lambda: os.fstat(fd))

fd = os.open(path, os.O_RDONLY)
t = open(fd)
print(repr(t).replace(str(fd), "FD"))
t.close()

# Writing through a descriptor keeps the offset (no truncation, unlike open(path, 'w')).
fd = os.open(path, os.O_WRONLY)
os.lseek(fd, 5, os.SEEK_SET)
with open(fd, "w") as w:
    print(w.tell())
    w.write("ONE")
with open(path) as r:
    print(repr(r.read()))
fd = os.open(path, os.O_WRONLY)
with open(fd, "a") as w:
    w.write("tail\n")
with open(path) as r:
    print(repr(r.read()))

attempt("negative fd", lambda: open(-1))
attempt("negative FileIO", lambda: io.FileIO(-5))
attempt("bad fd", lambda: open(987))
attempt("float", lambda: open(3.5))
attempt("huge fd", lambda: open(2 ** 40))
attempt("huge negative fd", lambda: open(-2 ** 40))
attempt("opener huge", lambda: open(path, opener=lambda p, fl: 2 ** 40))
attempt("closefd with name", lambda: open(path, closefd=False))
attempt("closefd with opener", lambda: open(path, closefd=False, opener=os.open))

fd = os.open(tmp, os.O_RDONLY)
try:
    open(fd, closefd=False)
except IsADirectoryError as e:
    print("directory fd", e.errno, e.strerror, e.filename == fd)
os.close(fd)

# opener=
seen = []


def opener(p, flags):
    seen.append((p == path, flags))
    return os.open(p, flags)


for mode in ["r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab"]:
    with open(path, mode, opener=opener) as f:
        print(mode, type(f).__name__, f.name == path)
    if mode.startswith("w"):
        with open(path, "w") as f:
            f.write("again\n")
print(seen)
os.unlink(path)
with open(path, "x", opener=opener) as f:
    f.write("made\n")
print(seen[-1], open(path).read())
attempt("opener None", lambda: open(path, opener=lambda p, fl: None))
attempt("opener str", lambda: open(path, opener=lambda p, fl: "3"))
attempt("opener -1", lambda: open(path, opener=lambda p, fl: -1))
attempt("opener -7", lambda: open(path, opener=lambda p, fl: -7))
attempt("opener not callable", lambda: open(path, opener=3))
attempt("opener raises", lambda: open(path, opener=lambda p, fl: 1 / 0))
f = io.FileIO(path, opener=opener)
print(type(f).__name__, f.read(), seen[-1])
f.close()


def opener_loop():
    with open(path, "rb", opener=os.open) as f:
        return f.read()


for _ in range(150):
    r = opener_loop()
print(r)

# os.fdopen is open(fd).
fd = os.open(path, os.O_RDWR)
f = os.fdopen(fd, "r+")
print(f.name == fd, f.fileno() == fd, f.read())
f.write("more\n")
f.close()
attempt("fdopen closed fd", lambda: os.fstat(fd))
fd = os.open(path, os.O_RDONLY)
f = os.fdopen(fd, "rb", closefd=False)
print(type(f).__name__, f.read())
f.close()
print(os.fstat(fd).st_size)
os.close(fd)
attempt("fdopen str", lambda: os.fdopen("x"))
r, w = os.pipe()
wf = os.fdopen(w, "w")
rf = os.fdopen(r)
wf.write("through a pipe\n")
wf.close()
print(rf.read(), rf.name == r)
rf.close()
os.unlink(path)
os.rmdir(tmp)
