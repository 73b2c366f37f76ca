# difflib: Differ / ndiff on texts with similar lines ("?" hint lines, tabs kept), junk
# functions, unified and context diffs of multi-group texts with dates and lineterm.
import difflib

a = """The quick brown fox
jumps over
the lazy dog.
\tindented line
same
same
same
same
same
same
same
tail one
""".splitlines(True)
b = """The quick brown cat
jumps over
the lazy dog!
\tindented lime
same
same
same
same
same
same
same
tail two
extra
""".splitlines(True)
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK, charjunk=None)))
print("".join(difflib.unified_diff(a, b, "old", "new", "2020-01-01", "2020-01-02", n=1)))
print("".join(difflib.context_diff(a, b, "old", "new", n=2)))
print(list(difflib.unified_diff(a[:2], b[:2], lineterm="")))
print(list(difflib.context_diff([], ["x\n"])))
print(list(difflib.unified_diff(["x\n"], [])))
d = difflib.Differ()
print(list(d.compare(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
print(list(d.compare(["1\n", "2\n", "3\n"], ["4\n", "5\n"])))
print(list(d.compare(["same\n", "x\n"], ["y\n", "same\n"])))
words = ["apple", "ape", "apply", "maple", "applesauce", "happy"]
for w in ("appel", "aple", "zzz"):
    print(w, difflib.get_close_matches(w, words), difflib.get_close_matches(w, words, n=1, cutoff=0.3))


def diff_lines(x, y):
    return list(difflib.ndiff(x, y))


for _ in range(200):
    r = diff_lines(["a\n", "b\n"], ["a\n", "c\n"])
print(r)
print(diff_lines(["a\n", "bb\n"], ["a\n", "bc\n"]))
