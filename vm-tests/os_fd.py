# File descriptors: os.open/read/write/close, lseek, pipe, dup/dup2, fdopen, isatty,
# inheritability, ftruncate, and their errors.
import os

d = "/tmp/pyvm-os_fd-" + str(os.getpid())
os.mkdir(d)
p = d + "/data"

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello "), os.write(fd, bytearray(b"world")), os.get_inheritable(fd))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.lseek(fd, 0, os.SEEK_CUR))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b"!")
os.ftruncate(fd, 4)
os.close(fd)
print(open(p, "rb").read())
try:
    os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(d, "<tmp>"))

# pipes
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)

# dup and dup2
fd = os.open(p, os.O_RDONLY)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2), os.read(fd2, 2), os.read(fd, 2))
r, w = os.pipe()
print(os.dup2(fd, w) == w, os.get_inheritable(w))
print(os.read(w, 10))
for x in (fd, fd2, r, w):
    os.close(x)

# fdopen: a file object over a descriptor (which it then owns)
fd = os.open(p, os.O_RDWR)
os.lseek(fd, 2, os.SEEK_SET)
with os.fdopen(fd, "w") as f:
    f.write("XY")
print(open(p).read())
r, w = os.pipe()
with os.fdopen(w, "w") as fw:
    fw.write("line1\nline2\n")
with os.fdopen(r) as fr:
    print(fr.readlines())
try:
    os.fdopen("x")
except TypeError as e:
    print("TypeError", e)

# errors
for call in [lambda: os.read(9999, 1), lambda: os.write(9999, b"x"), lambda: os.close(9999), lambda: os.dup(-1),
             lambda: os.lseek(9999, 0, 0), lambda: os.open(d + "/nope", os.O_RDONLY), lambda: os.read(0, -1),
             lambda: os.write(1, "str"), lambda: os.open(d, os.O_WRONLY)]:
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"))

# warm-up: a read helper many times, then the file is rewritten
def head(path, n):
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, n)
    finally:
        os.close(fd)


for i in range(200):
    r = head(p, 3)
print(r)
with open(p, "wb") as f:
    f.write(b"new content")
print(head(p, 3), head(p, 100))

os.remove(p)
os.rmdir(d)
