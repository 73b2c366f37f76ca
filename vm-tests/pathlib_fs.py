# pathlib's concrete paths: mkdir (parents, exist_ok), read/write text and bytes, open,
# exists/is_file/is_dir/is_symlink, iterdir, glob/rglob, stat, touch, unlink (missing_ok),
# rmdir, rename/replace, resolve/absolute/cwd/home/expanduser, samefile, symlinks, errors.
import os
from pathlib import Path

base = Path("/tmp/pyvm-pathlib_fs-" + str(os.getpid()))
base.mkdir()
os.chdir(base)


def rel(paths):
    return sorted(str(p.relative_to(base)) if p.is_absolute() else str(p) for p in paths)


def err(call):
    try:
        r = call()
        print("ok", r)
    except (OSError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, str(e).replace(str(base), "<tmp>"))


print(Path.cwd() == base, Path.cwd().samefile("."), base.exists(), base.is_dir(), base.is_file())
(base / "a" / "b").mkdir(parents=True)
(base / "a" / "b").mkdir(parents=True, exist_ok=True)
err(lambda: (base / "a").mkdir())
err(lambda: (base / "x" / "y").mkdir())
print((base / "a/b/notes.txt").write_text("line1\nline2\n"), (base / "a/data.bin").write_bytes(b"\x00\x01"))
print(repr((base / "a/b/notes.txt").read_text()), (base / "a/data.bin").read_bytes(), Path("a/b/notes.txt").read_text().splitlines())
err(lambda: Path("a/data.bin").write_text(b"x"))
err(lambda: Path("a/data.bin").write_bytes("x"))
err(lambda: Path("nope.txt").read_text())
err(lambda: Path("a").read_text())
with Path("a/b/notes.txt").open() as f:
    print(f.readline())
with open(base / "a/b/notes.txt") as f:
    print(f.name == str(base / "a/b/notes.txt"), f.read().count("line"))
err(lambda: open(Path("nope.txt")))
with Path("a/log.txt").open("a") as f:
    f.write("appended")
print(Path("a/log.txt").read_text(), Path("a/log.txt").stat().st_size, Path("a/log.txt").lstat().st_size)

print(rel(base.iterdir()), rel(Path("a").iterdir()), sorted(p.name for p in Path("a").iterdir()))
Path("a/.hidden").touch()
Path("a/b/c.py").touch()
Path("top.py").write_text("x = 1\n")
print(rel(Path(".").glob("*")), rel(Path(".").glob("*.py")), rel(Path("a").glob("*")))
print(rel(Path(".").glob("**/*.py")), rel(Path(".").rglob("*.py")), rel(Path(".").glob("**")))
print(rel(Path(".").glob("a/*/c.py")), rel(Path(".").glob("*/")), rel(Path(".").glob("a/b")), rel(Path(".").glob("zz*")))
print(rel(base.glob("a/?ata.bin")), rel(base.rglob("*.txt")), rel(Path("a").rglob("[bc]*")))
err(lambda: list(Path(".").glob("")))
err(lambda: list(Path(".").glob("/abs")))

# touch, unlink, rmdir
t = Path("touched")
t.touch()
print(t.exists(), t.stat().st_size)
t.touch()
err(lambda: t.touch(exist_ok=False))
t.unlink()
print(t.exists())
err(lambda: t.unlink())
t.unlink(missing_ok=True)
err(lambda: Path("a").rmdir())
err(lambda: Path("a").unlink())

# rename / replace return the new path
p = Path("top.py").rename("renamed.py")
print(repr(p), p.exists(), Path("top.py").exists())
Path("other.py").write_text("other")
q = Path("other.py").replace(p)
print(repr(q), q.read_text())
err(lambda: Path("nope").rename("x"))

# resolve, absolute, expanduser, symlinks
Path("link").symlink_to("a/b")
print(Path("link").is_symlink(), Path("link").is_dir(), str(Path("link").readlink()), Path("link").resolve() == base / "a" / "b")
print(Path("link/notes.txt").resolve() == base / "a/b/notes.txt", Path("a/../a/./b").resolve() == base / "a/b")
print(Path("missing/x").resolve() == base / "missing/x", Path("rel").absolute() == base / "rel", Path("/x").absolute())
err(lambda: Path("missing").resolve(strict=True))
Path("hard").hardlink_to("renamed.py")
print(Path("hard").samefile("renamed.py"), Path("hard").samefile(base / "renamed.py"), Path("hard").stat().st_nlink)
err(lambda: Path("hard").samefile("nope"))
home = os.environ["HOME"]
os.environ["HOME"] = "/home/someone"
print(Path("~/docs").expanduser(), Path("~").expanduser(), Path("x/~").expanduser(), Path.home())
os.environ["HOME"] = home
Path("a/data.bin").chmod(0o600)
print(oct(Path("a/data.bin").stat().st_mode & 0o777), Path("a").is_mount(), Path("/").is_mount())
print(Path("nope").exists(), Path("nope").is_file(), Path("nope").is_dir(), Path("nope").is_symlink(), Path("a\0b").exists())


# warm-up: one helper many times, then the tree changes under it
def summary(top):
    files = [p for p in top.iterdir() if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


for i in range(120):
    r = summary(Path("a"))
print(r)
(Path("a") / "b" / "big.txt").write_text("x" * 100)
(Path("a") / "data.bin").unlink()
print(summary(Path("a")))

os.chdir("/")
for p in sorted(base.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_symlink() or p.is_file():
        p.unlink()
    else:
        p.rmdir()
base.rmdir()
print(base.exists())
