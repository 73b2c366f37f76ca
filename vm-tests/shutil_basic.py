# shutil: copyfile/copy/copy2/copymode/copystat, copytree (ignore, dirs_exist_ok,
# symlinks), rmtree (errors, onerror, ignore_errors), move, which, disk_usage,
# get_terminal_size, and their errors.
import os
import shutil
import stat

d = "/tmp/pyvm-shutil_basic-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(root, name)
            out.append((p, open(p).read() if not os.path.islink(p) else "-> " + os.readlink(p)))
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                out.append((os.path.join(root, name), "dirlink"))
    return out


def err(call):
    try:
        call()
    except (OSError, shutil.Error) as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"))


os.makedirs("src/sub/deeper")
for name, text in [("src/a.txt", "A"), ("src/b.py", "B"), ("src/sub/c.txt", "C"), ("src/sub/deeper/d.log", "D")]:
    with open(name, "w") as f:
        f.write(text)
os.chmod("src/a.txt", 0o600)
os.utime("src/a.txt", (1000000000, 1100000000))

print(shutil.copyfile("src/a.txt", "copy1.txt"), open("copy1.txt").read(), oct(os.stat("copy1.txt").st_mode & 0o777) != "0o600" or True)
print(shutil.copy("src/a.txt", "copy2.txt"), oct(os.stat("copy2.txt").st_mode & 0o777), os.stat("copy2.txt").st_mtime == 1100000000)
print(shutil.copy2("src/a.txt", "copy3.txt"), oct(os.stat("copy3.txt").st_mode & 0o777), os.stat("copy3.txt").st_mtime)
os.mkdir("dest")
print(shutil.copy("src/b.py", "dest"), shutil.copy2("src/a.txt", "dest/"), sorted(os.listdir("dest")))
shutil.copymode("src/a.txt", "dest/b.py")
shutil.copystat("src/a.txt", "copy1.txt")
print(oct(stat.S_IMODE(os.stat("dest/b.py").st_mode)), os.stat("copy1.txt").st_mtime)
err(lambda: shutil.copyfile("src/a.txt", "src/a.txt"))
err(lambda: shutil.copyfile("nope", "x"))
err(lambda: shutil.copyfile("src", "x"))
err(lambda: shutil.copyfile("src/a.txt", "nodir/x"))
err(lambda: shutil.copy("nope", "dest"))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

with open("src/a.txt") as fs, open("viaobj.txt", "w") as fd:
    shutil.copyfileobj(fs, fd)
print(open("viaobj.txt").read())

# copytree
os.symlink("a.txt", "src/link.txt")
print(shutil.copytree("src", "tree1"))
print(tree("tree1"))
print(shutil.copytree("src", "tree2", symlinks=True, ignore=shutil.ignore_patterns("*.log", "b*")))
print(tree("tree2"))
err(lambda: shutil.copytree("src", "tree1"))
print(shutil.copytree("src", "tree1", dirs_exist_ok=True))
err(lambda: shutil.copytree("nope", "tree3"))
seen = []
shutil.copytree("src", "tree4", ignore=lambda p, names: seen.append((p, sorted(names))) or [])
print(seen)

# move
print(shutil.move("copy1.txt", "moved1.txt"), os.path.exists("copy1.txt"))
print(shutil.move("moved1.txt", "dest"), sorted(os.listdir("dest")))
print(shutil.move("tree4", "dest"), os.path.isdir("dest/tree4"))
print(shutil.move("tree2", "tree5"), os.path.exists("tree2"))
err(lambda: shutil.move("nope", "x"))
err(lambda: shutil.move("tree1", "tree1/sub"))
err(lambda: shutil.move("copy2.txt", "dest") or shutil.copy("dest/copy2.txt", ".") and shutil.move("copy2.txt", "dest"))

# rmtree
shutil.rmtree("tree5")
print(os.path.exists("tree5"))
err(lambda: shutil.rmtree("nope"))
err(lambda: shutil.rmtree("copy3.txt"))
shutil.rmtree("nope", ignore_errors=True)
calls = []
shutil.rmtree("nope", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)
os.symlink("tree1", "treelink")
err(lambda: shutil.rmtree("treelink"))
print(os.path.exists("tree1"))

# which, disk_usage, get_terminal_size
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("sh", path=""))
print(shutil.which("sh", path="/nonexistent"), shutil.which("/bin/sh"), shutil.which("src/a.txt"))
u = shutil.disk_usage(".")
print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0, len(u))
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]
print(shutil.get_terminal_size((77, 11)))


# warm-up: a copy helper many times, then the source changes
def dup(src, dst):
    shutil.copyfile(src, dst)
    return open(dst).read()


for i in range(200):
    r = dup("src/a.txt", "warm.txt")
print(r)
with open("src/a.txt", "w") as f:
    f.write("changed")
print(dup("src/a.txt", "warm.txt"))

os.chdir("/")
shutil.rmtree(d)
print(os.path.exists(d))
