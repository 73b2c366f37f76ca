# Text files: write/read/readline/readlines, iteration, with, append, exclusive create,
# r+/w+, print(file=), writelines, seek/tell, newline translation, encodings.
import os

d = "/tmp/pyvm-file_text-" + str(os.getpid())
os.mkdir(d)
p = d + "/a.txt"

f = open(p, "w")
print(repr(f).replace(d, "<tmp>"), f.name == p, f.mode, f.closed, f.encoding)
print(f.write("héllo\nworld\n"), f.write(""), f.tell())
print(f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed)
f.close()

f = open(p)
print(repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline()), repr(f.readline()))
print(f.seek(0), repr(f.read()), repr(f.read()), f.seek(0, 2))
f.close()

with open(p) as f:
    print(f.readlines())
print(f.closed)

with open(p, "a") as f:
    print(f.tell(), f.write("third line\nno newline"))

with open(p) as f:
    for line in f:
        print(repr(line))

with open(p, encoding="utf-8") as f:
    print(repr(f).replace(d, "<tmp>"), f.readline(2), f.readline(0) == "", f.readlines(1))

with open(p, "w") as f:
    print("printed", 1, 2, sep="-", file=f)
    print("second", file=f, end="!\n")
    f.writelines(["x\n", "y\n"])
    f.writelines([])
with open(p, "rt") as f:
    print(f.mode, repr(f.read()))

with open(p, "w+") as f:
    print(f.write("new content"), repr(f.read()), f.seek(0), repr(f.read()))
with open(p, "r+") as f:
    print(repr(f.read(3)))
    print(f.seek(0), f.write("NEW"), f.tell())
with open(p) as f:
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print(str(e).replace(d, "<tmp>"))
with open(d + "/b.txt", "x") as f:
    print(f.mode, f.write("created"))
print(open(d + "/b.txt").read())

with open(p, "wb") as f:
    f.write(b"l1\r\nl2\rl3\nl4")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))

with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())

with open(p, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café"))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(p, "w", encoding="ascii") as f:
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)

with open(p, "w") as f:
    f.write("0123456789")
with open(p, "r+") as f:
    print(f.truncate(4), repr(f.read()))
with open(p) as f:
    print(repr(f.read()))

with open(p, "w") as f:
    pass
with open(p) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
    for line in f:
        print("never")

# A file object freed at once (its last reference gone) is flushed and closed.
open(p, "w").write("written by a file object nobody kept")
print(open(p).read())

for name in sorted(os.listdir(d)):
    os.remove(d + "/" + name)
os.rmdir(d)
print(os.path.exists(d))
