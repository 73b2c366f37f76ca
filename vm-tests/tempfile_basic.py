# tempfile: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile (delete, context manager),
# TemporaryFile, TemporaryDirectory (cleanup, repr), SpooledTemporaryFile, bytes names.
import os
import stat
import tempfile

base = "/tmp/pyvm-tempfile_basic-" + str(os.getpid())
os.mkdir(base)
print(tempfile.gettempdir() == "/tmp" or os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix(),
      tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))

fd, name = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.isabs(name), os.path.dirname(name) == base, os.path.basename(name).startswith("tmp"),
      len(os.path.basename(name)), oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(fd, b"data")
os.close(fd)
print(open(name, "rb").read())
os.remove(name)
fd, name = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
os.close(fd)
print(os.path.basename(name).startswith("pre_"), name.endswith(".txt"))
os.remove(name)
fd, bname = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(bname).__name__)
os.remove(bname)
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print("TypeError", e)

dname = tempfile.mkdtemp(dir=base, suffix="_d")
print(os.path.isdir(dname), dname.endswith("_d"), oct(stat.S_IMODE(os.stat(dname).st_mode)))
os.rmdir(dname)
names = {tempfile.mkdtemp(dir=base) for i in range(20)}
print(len(names))
for n in names:
    os.rmdir(n)

f = tempfile.NamedTemporaryFile(dir=base)
print(type(f).__name__, f.name.startswith(base), os.path.exists(f.name), f.mode if hasattr(f, "mode") else None)
print(f.write(b"hello"), f.seek(0), f.read(), f.tell())
f.close()
print(os.path.exists(f.name), f.closed)
with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".log", delete=False) as f:
    f.write("kept\n")
    kept = f.name
print(open(kept).read(), kept.endswith(".log"))
os.remove(kept)
with tempfile.NamedTemporaryFile(mode="w", dir=base) as f:
    print(f.write("abc"), f.name == f.name, os.path.exists(f.name))
    f.flush()
    print(open(f.name).read())
print(os.path.exists(f.name))

with tempfile.TemporaryFile(dir=base) as t:
    t.write(b"anon")
    t.seek(0)
    print(t.read(), os.listdir(base))
with tempfile.TemporaryFile("w+", dir=base) as t:
    t.write("text")
    t.seek(0)
    print(t.read())

with tempfile.TemporaryDirectory(dir=base) as td:
    print(type(td).__name__, os.path.isdir(td))
    os.makedirs(os.path.join(td, "x/y"))
    with open(os.path.join(td, "x/y/z.txt"), "w") as f:
        f.write("z")
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix="pp", dir=base)
print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name).startswith("pp"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
    s.write(b"spooled")
    s.seek(0)
    print(s.read())


# warm-up: a temp-file round trip many times, then different data
def roundtrip(data):
    with tempfile.NamedTemporaryFile(dir=base) as f:
        f.write(data)
        f.seek(0)
        return f.read()


for i in range(200):
    r = roundtrip(b"x")
print(r, roundtrip(b"other"), os.listdir(base))
os.rmdir(base)
