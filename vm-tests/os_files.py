# Directories and names: mkdir/makedirs, remove/rmdir/removedirs, rename/renames/replace,
# listdir, scandir and DirEntry, walk (topdown, onerror, followlinks), links, errors.
import os

d = "/tmp/pyvm-os_files-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)
print(os.getcwd() == d, os.path.samefile(".", d))


def show(e):
    print(type(e).__name__, str(e).replace(d, "<tmp>"), e.errno, e.filename, getattr(e, "filename2", None))


os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
try:
    os.makedirs("a/b/c")
except FileExistsError as e:
    show(e)
try:
    os.mkdir("a")
except FileExistsError as e:
    show(e)
try:
    os.mkdir("x/y")
except FileNotFoundError as e:
    show(e)
for name in ["a/one.txt", "a/two.py", "a/b/three.txt", "top.txt"]:
    with open(name, "w") as f:
        f.write(name)
try:
    os.makedirs("top.txt", exist_ok=True)
except FileExistsError as e:
    show(e)

print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir("a")), sorted(os.listdir(b"a")))
with os.scandir("a") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.inode() == e.stat().st_ino, os.fspath(e))
print(type(entries[0]).__name__, sorted(e.name for e in os.scandir()))
print([e.path for e in sorted(os.scandir(), key=lambda e: e.name)])
it = os.scandir("a")
it.close()
print(list(it))

# walk: topdown with pruning, bottom-up, onerror
for top, dirs, files in os.walk("a"):
    dirs.sort()
    print(top, dirs, sorted(files))
for top, dirs, files in os.walk("."):
    dirs[:] = [x for x in dirs if x != "b"]
    print(top, sorted(dirs), sorted(files))
print([top for top, dirs, files in os.walk("a", topdown=False)])
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)

# symlinks: walk does not follow them unless asked
os.symlink("a/b", "lb")
print(os.readlink("lb"), os.path.islink("lb"), os.path.isdir("lb"), sorted(os.listdir("lb")))
print(sorted(t for t, _, _ in os.walk(".") if "lb" in t), sorted(t for t, _, _ in os.walk(".", followlinks=True) if "lb" in t))
e = [x for x in os.scandir() if x.name == "lb"][0]
print(e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file())
os.link("top.txt", "hard.txt")
print(os.stat("top.txt").st_nlink, os.path.samefile("top.txt", "hard.txt"))
for call in [lambda: os.symlink("a", "lb"), lambda: os.link("nope", "x"), lambda: os.readlink("top.txt"),
             lambda: os.readlink("nope")]:
    try:
        call()
    except OSError as e:
        show(e)

# rename, replace, renames, removedirs
os.rename("top.txt", "moved.txt")
print(os.path.exists("top.txt"), open("moved.txt").read())
with open("other.txt", "w") as f:
    f.write("other")
os.replace("other.txt", "moved.txt")
print(open("moved.txt").read())
try:
    os.rename("nope", "x")
except FileNotFoundError as e:
    show(e)
try:
    os.rename("a", "moved.txt")
except NotADirectoryError as e:
    show(e)
os.renames("a/b/three.txt", "n1/n2/three.txt")
print(os.path.exists("n1/n2/three.txt"), os.path.exists("a/b/three.txt"), os.path.exists("a/b/c"))
os.removedirs("a/b/c")
print(os.path.exists("a/b"), os.path.exists("a"))

# remove/unlink/rmdir errors
for call in [lambda: os.remove("nope"), lambda: os.unlink("a"), lambda: os.rmdir("a"), lambda: os.rmdir("moved.txt"),
             lambda: os.remove(1.5), lambda: os.rmdir(None), lambda: os.listdir("moved.txt"), lambda: os.listdir(1.5),
             lambda: os.chdir("nope"), lambda: os.scandir("nope")]:
    try:
        call()
    except (OSError, TypeError) as e:
        if isinstance(e, OSError):
            show(e)
        else:
            print(type(e).__name__, e)

# warm-up: a listing helper many times, then the directory changes
def names(path):
    return sorted(os.listdir(path)), sorted(e.name for e in os.scandir(path) if e.is_file())


for i in range(200):
    r = names("a")
print(r)
os.remove("a/one.txt")
os.mkdir("a/newdir")
print(names("a"))

os.chdir("/")
for top, dirs, files in os.walk(d, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        p = os.path.join(top, name)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(d)
print(os.path.exists(d))
