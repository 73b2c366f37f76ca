# pathlib's pure paths: parsing, str/repr, parts, name/stem/suffix(es), parent(s),
# with_name/with_suffix/with_stem, joinpath and '/', relative_to, match, comparisons,
# hashing, __fspath__, and the errors.
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ["", ".", "a", "a/b", "/a/b/", "//a/b", "///a/b", "a//b/./c", "../x/..", "/", "a/b.tar.gz", ".bashrc",
          "foo.", "a/.b.c", "dir/file.TXT", "a b/c d.e"]:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.parent,
          p.anchor, p.root, repr(p.drive), p.is_absolute())
p = PurePosixPath("/usr/lib/python3.11/os.tar.gz")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(list(PurePosixPath("a/b/c").parents), PurePosixPath("a").parent, PurePosixPath("/").parent)
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("q"), PurePosixPath("a").with_suffix(".txt"))
print(p.relative_to("/usr"), p.relative_to("/usr/lib/python3.11/os.tar.gz"), p.relative_to("/", "usr"), p.is_relative_to("/usr"), p.is_relative_to("/x"))
print(p.match("*.gz"), p.match("lib/*/*.gz"), p.match("/usr/*/*/*.gz"), p.match("/lib/*/*.gz"), p.match("*.py"), p.match("python3.11/*"))
print(PurePosixPath("a/b.py").match("b.py"), PurePosixPath("a/b.py").match("a/*/b.py"), PurePosixPath("b.py").match("*.PY"))
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath("a") / "/abs", PurePosixPath("a").joinpath("b", PurePosixPath("c"), "d"))
print(PurePath("a", "/b", "c"), PurePosixPath(PurePosixPath("a"), "b"), type(PurePath("x")).__name__, PurePosixPath())
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"), PurePosixPath("a") == "a",
      PurePosixPath("a") != PurePosixPath("b"), PurePosixPath("a") == Path("a"))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), len({PurePosixPath("x"), PurePosixPath("x/"), PurePosixPath("y")}))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a"), PurePosixPath("/z")]))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a/b") > PurePosixPath("a"), PurePosixPath("a") <= PurePosixPath("a"))
print(os.fspath(PurePosixPath("q/r")), str(PurePosixPath("q")), bytes(PurePosixPath("q")), PurePosixPath("/a b").as_uri(), PurePosixPath("/x").as_posix())
print(isinstance(PurePosixPath("a"), os.PathLike), isinstance(Path("a"), PurePath), isinstance(Path("a"), PosixPath))
print({PurePosixPath("k"): 1}[PurePosixPath("k")], PurePosixPath("a").is_reserved())

for call in [lambda: PurePosixPath(1), lambda: PurePosixPath("a").with_name("b/c"), lambda: PurePosixPath("a").with_name(""),
             lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_suffix("b"),
             lambda: PurePosixPath("a").with_suffix("."), lambda: PurePosixPath("").with_suffix(".x"),
             lambda: PurePosixPath("a/b").relative_to("c"), lambda: PurePosixPath("/a").relative_to("a"),
             lambda: PurePosixPath("a") < "b", lambda: PurePosixPath("a") / 1, lambda: 1 / PurePosixPath("a"),
             lambda: PurePosixPath("a").parents[5], lambda: PurePosixPath("a/b").match(""),
             lambda: PurePosixPath("a").as_uri(), lambda: PurePosixPath("a").with_stem("")]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)


# warm-up: the same accessors many times, then other paths
def describe(p):
    return p.name, p.stem, p.suffix, str(p.parent), p.parts[-1:], str(p.with_suffix(".bak"))


for i in range(200):
    r = describe(PurePosixPath("/data/report.csv"))
print(r)
print(describe(PurePosixPath("x.tar.gz")), describe(Path("rel/dir/file")), describe(PurePosixPath(".profile")))
