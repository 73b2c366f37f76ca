# File errors: OSError subclasses with errno/strerror/filename, closed files, unsupported
# operations (io.UnsupportedOperation is both an OSError and a ValueError), bad arguments.
import os

d = "/tmp/pyvm-file_errors-" + str(os.getpid())
os.mkdir(d)
p = d + "/f.txt"
with open(p, "w") as f:
    f.write("content\n")


def attempt(what, fn):
    try:
        r = fn()
        print(what, "->", repr(r).replace(d, "<tmp>"))
    except Exception as e:
        name = type(e).__name__
        print(what, "!!", name + ":", str(e).replace(d, "<tmp>"))


try:
    open("nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
    print(str(e), repr(e))
try:
    open(d + "/missing/x.txt", "w")
except OSError as e:
    print(type(e).__name__, str(e).replace(d, "<tmp>"))

attempt("open dir", lambda: open(d))
attempt("open dir w", lambda: open(d, "w"))
attempt("x existing", lambda: open(p, "x"))
attempt("bad mode", lambda: open(p, "z"))
attempt("rw", lambda: open(p, "rw"))
attempt("rbt", lambda: open(p, "rbt"))
attempt("no kind", lambda: open(p, "+"))
attempt("rb encoding", lambda: open(p, "rb", encoding="utf-8"))
attempt("rb newline", lambda: open(p, "rb", newline=""))
attempt("bad newline", lambda: open(p, newline="x"))
attempt("unbuffered text", lambda: open(p, "r", 0))
attempt("bad encoding", lambda: open(p, encoding="no-such-codec"))
attempt("float name", lambda: open(3.5))
attempt("int mode", lambda: open(p, 5))
attempt("no args", lambda: open())
attempt("bad kw", lambda: open(p, foo=1))
attempt("closefd", lambda: open(p, closefd=False))

f = open(p)
attempt("write on r", lambda: f.write("x"))
attempt("read(str)", lambda: f.read("x"))
attempt("seek cur", lambda: f.seek(1, 1))
attempt("seek end", lambda: f.seek(-1, 2))
attempt("seek neg", lambda: f.seek(-1))
attempt("seek whence", lambda: f.seek(0, 7))
try:
    f.write("x")
except ValueError as e:
    print("caught as ValueError:", type(e).__module__, type(e).__name__, e)
try:
    f.write("x")
except OSError as e:
    print("caught as OSError:", e)
f.close()
for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "readable", "__enter__"]:
    attempt("closed text " + name, getattr(f, name))
attempt("closed text iter", lambda: iter(f))
attempt("closed text next", lambda: next(f))
attempt("closed text seek", lambda: f.seek(0))
attempt("closed text write", lambda: f.write("x"))
attempt("closed text writelines", lambda: f.writelines(["x"]))
attempt("closed closed", lambda: f.closed)
attempt("closed close", lambda: f.close())

w = open(p, "w")
attempt("read on w", lambda: w.read())
attempt("readline on w", lambda: w.readline())
attempt("write bytes to text", lambda: w.write(b"x"))
attempt("write int", lambda: w.write(5))
w.close()

b = open(p, "rb")
attempt("write on rb", lambda: b.write(b"x"))
attempt("read(-1) rb", lambda: b.read(-1))
b.close()
for name in ["read", "readline", "readlines", "tell", "seek", "flush", "readable", "__enter__"]:
    if name == "seek":
        attempt("closed rb " + name, lambda: b.seek(0))
    else:
        attempt("closed rb " + name, getattr(b, name))

bw = open(p, "wb")
attempt("str to wb", lambda: bw.write("abc"))
attempt("read on wb", lambda: bw.read())
bw.close()
attempt("closed wb write", lambda: bw.write(b"x"))
attempt("closed wb flush", lambda: bw.flush())

attempt("remove dir", lambda: os.remove(d))
attempt("rmdir nonempty", lambda: os.rmdir(d))
attempt("mkdir existing", lambda: os.mkdir(d))
attempt("listdir missing", lambda: os.listdir(d + "/none"))
attempt("rename missing", lambda: os.rename(d + "/none", d + "/other"))
attempt("mkdir int", lambda: os.mkdir(5))

os.remove(p)
os.rmdir(d)
print(os.path.exists(d), os.path.isdir("/"), os.path.isfile("/"))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"))
