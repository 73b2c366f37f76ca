# open() returns the io classes: TextIOWrapper, BufferedReader/Writer/Random, FileIO
# (buffering=0); modes x/a/+; encodings; newline= on writing and reading; CPython's errors.
import io
import os

d = "/tmp/pyvm-io_open_types-" + str(os.getpid())
os.mkdir(d)
p = d + "/f.txt"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, "<tmp>"))


with open(p, "w") as f:
    print(type(f).__name__, type(f) is io.TextIOWrapper, isinstance(f, io.TextIOBase))
    f.write("héllo\n")
for mode, cls in [("rb", io.BufferedReader), ("wb", io.BufferedWriter), ("r+b", io.BufferedRandom),
                  ("ab", io.BufferedWriter), ("rb", io.FileIO)]:
    if mode == "rb" and cls is io.FileIO:
        f = open(p, mode, buffering=0)
    else:
        f = open(p, mode)
    print(mode, type(f).__name__, type(f) is cls, isinstance(f, io.IOBase), f.mode,
          repr(f).replace(d, "<tmp>"))
    f.close()
with open(p, "wb", buffering=0) as f:
    print(f.write(b"raw"), type(f).__name__, isinstance(f, io.RawIOBase))
with open(p, "rb", buffering=0) as f:
    print(f.read(), f.closed)
print(f.closed)

# x creates only; a appends; + reads and writes
t("x existing", lambda: open(p, "x"))
q = d + "/new.txt"
with open(q, "x") as f:
    f.write("new\n")
with open(q, "a") as f:
    print(f.write("more\n"), f.tell())
with open(q, "r+") as f:
    print(repr(f.read()), f.write("end"), f.seek(0), repr(f.read()))
with open(q, "w+") as f:
    print(repr(f.read()), f.write("w+"), f.seek(0), repr(f.read()))
with open(q, "a+") as f:
    print(repr(f.read()), f.write("!"), f.seek(0), repr(f.read()))

# Encodings
for enc in ["utf-8", "latin-1", "ascii", "UTF8", "Latin1"]:
    with open(q, "w", encoding=enc) as f:
        f.write("abc")
    with open(q, "rb") as f:
        data = f.read()
    with open(q, encoding=enc) as f:
        print(enc, f.encoding, data, repr(f.read()))
with open(q, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(q, "rb") as f:
    print(f.read())
t("ascii write", lambda: open(q, "w", encoding="ascii").write("caf\xe9"))
t("utf-8 read latin", lambda: open(q, encoding="utf-8").read())
t("unknown", lambda: open(q, encoding="nope"))

# newline= grid on writing, then on reading
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(q, "w", newline=nl) as f:
        f.write("a\nb\n")
    with open(q, "rb") as f:
        print(repr(nl), f.read())
with open(q, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(q, newline=nl) as f:
        print(repr(nl), f.readlines())
t("bad newline", lambda: open(q, newline="x"))

# Errors
t("rw", lambda: open(q, "rw"))
t("tb", lambda: open(q, "tb"))
t("rr", lambda: open(q, "rr"))
t("empty", lambda: open(q, ""))
t("plus only", lambda: open(q, "+"))
t("binary encoding", lambda: open(q, "rb", encoding="utf-8"))
t("binary errors", lambda: open(q, "rb", errors="strict"))
t("binary newline", lambda: open(q, "rb", newline=""))
t("unbuffered text", lambda: open(q, "r", buffering=0))
t("missing", lambda: open(d + "/missing.txt"))
t("directory", lambda: open(d))
t("mode type", lambda: open(q, 5))
t("file type", lambda: open(3.5))
try:
    open(d + "/nope/x.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(d, "<tmp>"))

# Warm-up: the same read 200 times, then the file changes
def first(path):
    with open(path) as f:
        return f.readline()


print({first(p) for _ in range(200)})
with open(p, "w") as f:
    f.write("changed\n")
print(first(p))

for name in sorted(os.listdir(d)):
    os.remove(d + "/" + name)
os.rmdir(d)
print(os.path.exists(d))
