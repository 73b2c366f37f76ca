# glob: wildcards per component, recursive '**', hidden files, trailing slashes,
# root_dir, bytes patterns, escape and has_magic.
import glob
import os

d = "/tmp/pyvm-glob_basic-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)
for path in ["src/pkg/sub", "docs", ".git/objects", "src/.cache"]:
    os.makedirs(path)
for path in ["README.md", "setup.py", ".env", "src/a.py", "src/b.txt", "src/.hidden.py", "src/pkg/__init__.py",
             "src/pkg/sub/deep.py", "docs/index.md", ".git/config", "src/.cache/x.py", "weird[1].txt", "q?.txt"]:
    with open(path, "w") as f:
        f.write(path)


def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))


show("*")
show("*.py")
show("*/")
show("src/*.py")
show("*/*.py")
show("*/*/*.py")
show("src/*")
show("src/.*")
show(".*")
show("**", recursive=True)
show("**/*.py", recursive=True)
show("**/", recursive=True)
show("src/**", recursive=True)
show("src/**/*.py", recursive=True)
show("**/*.py")
show("**/*.py", recursive=True, include_hidden=True)
show("*", include_hidden=True)
show("s?c/[ab].*")
show("src/[!a]*")
show("nothing*")
show("README.md")
show("missing.txt")
show("src/")
show("src/pkg/")
show("")
show("weird[1].txt")
show(glob.escape("weird[1].txt"))
show(glob.escape("q?.txt"))
show("*.py", root_dir="src")
show("**/*.py", root_dir="src", recursive=True)
print([x.replace(d, "<tmp>") for x in glob.glob(d + "/src/*.txt")], sorted(x.replace(d, "<tmp>") for x in glob.glob(d + "/*/")))
show(b"*.md")
print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
it = glob.iglob("*.md")
print(type(it).__name__ in ("generator", "chain", "filter", "map"), sorted(it))

# warm-up: the same glob many times, then files appear and disappear
def count(pattern):
    return len(glob.glob(pattern, recursive=True))


for i in range(120):
    r = count("src/*/*.py")
print(r)
with open("src/pkg/new.py", "w") as f:
    f.write("")
os.remove("src/a.py")
print(count("src/*/*.py"), count("src/**/*.py"), sorted(glob.glob("src/**/*.py", recursive=True)))

os.chdir("/")
for top, dirs, files in os.walk(d, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        os.rmdir(os.path.join(top, name))
os.rmdir(d)
