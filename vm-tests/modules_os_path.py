import os
import os.path
from os.path import join, split, splitext, normpath

for p in ["a/b/c.txt", "/usr/lib/", "file", "/", "//x", "a.tar.gz", ".bashrc", "dir/.hidden", "..", "a/b.", "x/..y", "", "///a//b"]:
    print(repr(p), split(p), splitext(p), os.path.basename(p), os.path.dirname(p), normpath(p), os.path.isabs(p))
print(normpath("a/./b/../../c"), normpath("../../x/.."), normpath("/../a"), normpath("a//b///c/"))
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])))
print(os.path.abspath("/x/y/../z"), os.path.abspath("rel") == join(os.getcwd(), "rel"))
print(os.path.expanduser("~/x") == join(os.getenv("HOME"), "x"), os.path.expanduser("nohome"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.path.sep, repr(os.linesep))
base = "/tmp/pyvm-modules_os_path-%d" % os.getpid()
deep = join(base, "a", "b", "c")
os.makedirs(deep)
os.makedirs(deep, exist_ok=True)
try:
    os.makedirs(deep)
except FileExistsError as e:
    print("FileExistsError", e.errno)
for name in ["a/one.txt", "a/b/two.txt"]:
    with open(join(base, name), "w") as f:
        f.write(name)
found = []
for top, dirs, files in os.walk(base):
    dirs.sort()
    found.append((os.path.relpath(top, base), sorted(dirs), sorted(files)))
print(sorted(found))
print(sorted(os.listdir(join(base, "a"))), os.path.isfile(join(base, "a/one.txt")), os.path.getsize(join(base, "a/b/two.txt")))
os.remove(join(base, "a/one.txt"))
os.remove(join(base, "a/b/two.txt"))
os.removedirs(deep)
print(os.path.exists(base))
try:
    split(5)
except TypeError as e:
    print(e)
for fn in (os.path.basename, os.path.dirname, os.path.splitext, os.path.normpath, os.path.isabs):
    try:
        fn(None)
    except TypeError as e:
        print(fn.__name__, e)
try:
    join("a", 3)
except TypeError as e:
    print(e)
