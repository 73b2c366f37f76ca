# os.path: the string functions (join, split, splitext, normpath, relpath, commonpath, ...)
# and the file-system ones (exists, isfile, isdir, islink, realpath, getsize, samefile).
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__)
cases = ["", "/", "//", "///", "a", "a/", "/a/b/", "a/b/c.txt", ".bashrc", "a/.b.c", "..", "a/../b",
         "/a/./b//c/", "a.tar.gz", "foo.", "//a//b", "./x", "x/..", "../../a"]
for c in cases:
    print(repr(c), os.path.split(c), os.path.splitext(c), repr(os.path.basename(c)), repr(os.path.dirname(c)),
          os.path.normpath(c), os.path.isabs(c), os.path.splitdrive(c))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("a", ""),
      os.path.join("", "b"), os.path.join("/"), os.path.join(b"a", b"b") if False else "")
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/a/b"),
      os.path.relpath("/a", "/a"), os.path.relpath("a/b", "a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])),
      os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b"]),
      os.path.commonpath(["/a"]), os.path.commonpath(["/a//b/", "/a/./b/c"]))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        os.path.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.environ["PYVM_PATH_T"] = "val"
print(os.path.expandvars("$PYVM_PATH_T/x ${PYVM_PATH_T}y $NOPE_PYVM ${NOPE_PYVM} $ $1 ${unclosed"),
      os.path.expandvars("no vars"), os.path.expandvars(b"$PYVM_PATH_T"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("a/~"), os.path.expanduser("~other/x"))
os.environ["HOME"] = home
print(os.path.normcase("A/B"), os.path.abspath("/a/../b"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.normpath(b"/a//b/../c"), os.path.split(b"a/b"), os.path.splitext(b"x.py"), os.path.isabs(b"/"))
for p in [b"a/b", b"/", b"//x//y", b"", b"a/b/"]:
    print(repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.join(p, b"z"), os.path.split(p))
for bad in [1, None]:
    for f in (os.path.split, os.path.basename, os.path.normpath, os.path.splitext, os.path.isabs):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
for args in [(1,), ("a", 1), ()]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("join TypeError", e)
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)

d = "/tmp/pyvm-os_path-" + str(os.getpid())
os.mkdir(d)
f = os.path.join(d, "file.txt")
with open(f, "w") as fh:
    fh.write("12345")
os.symlink(f, d + "/link")
os.symlink(d + "/missing", d + "/dangling")
for p in [d, f, d + "/link", d + "/dangling", d + "/missing", "", "a\0b", b"/", 99999]:
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p))
    try:
        print(os.path.islink(p), os.path.lexists(p))
    except TypeError as e:
        print("TypeError", e)
for f_ in (os.path.exists, os.path.isdir, os.path.islink):
    try:
        f_(None)
    except TypeError as e:
        print("TypeError", e)
print(os.path.getsize(f), os.path.samefile(f, d + "/link"), os.path.realpath(d + "/link") == os.path.realpath(f))
print(os.path.realpath(d + "/dangling") == os.path.realpath(d) + "/missing", os.path.ismount("/"), os.path.ismount(d))
print(os.path.realpath("/./usr/../tmp"), os.path.getmtime(f) == os.stat(f).st_mtime)
try:
    os.path.getsize(d + "/missing")
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(d, "<tmp>"))

# warm-up: a path helper called many times, then with other inputs
def parts(p):
    head, tail = os.path.split(p)
    root, ext = os.path.splitext(tail)
    return os.path.join(head, root + ".bak"), ext, os.path.normpath(p)


for i in range(200):
    r = parts("/a/b/c.txt")
print(r)
print(parts("rel/x"), parts("/"), parts("a/b/.hidden"))

for name in ("link", "dangling", "file.txt"):
    os.remove(os.path.join(d, name))
os.rmdir(d)
