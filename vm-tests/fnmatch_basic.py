# fnmatch: fnmatch, fnmatchcase, filter and translate (CPython's exact regex strings).
import fnmatch

pats = ["*.py", "a?c", "[abc]x", "[!abc]x", "[a-z]*", "[z-a]", "[!]", "[]]", "[!]]", "a[", "*a*b*", "[a-c-e]",
        "[-a]", "[a-]", "[\\]", "**", "x*y*z", "[&~|]", "[^a]", "[[]", "a.b", "?*?", "", "*", "[!a-c]*",
        "data_[0-9][0-9].csv", "(x)+{y}$ #", "*.[ch]", "[a-cx-z]", "[!-]", "[a-z-]", "[--0]", "[b-a-c]",
        "a*", "*a", "[*]", "[?]x", "\\*", "[a\\-c]"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ["a.py", "abc", "ax", "dx", "z", "]", "!", "a[", "xaybz", "-", "d", "e", "b", "\\", "xyz", "&", "^", "[",
         "a.b", "ab", "a", ".py", "x\ny", "", "data_07.csv", "data_7.csv", "(x)+{y}$ #", "m.c", "m.h", "m.o",
         "*", "?x", "/", "a/b", "A.PY", "0"]
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.py"))
print(fnmatch.fnmatch("a/b", "a*b"), fnmatch.fnmatch(".hidden", "*"), fnmatch.fnmatch("x", "[!x]"))
print(fnmatch.fnmatch(b"abc", b"a*"), fnmatch.filter([b"x.py", b"y.c"], b"*.py"), fnmatch.translate(b"a*".decode()))
print(fnmatch.fnmatchcase("a" * 50 + "b", "*a*a*a*a*a*c"), fnmatch.fnmatchcase("a" * 30, "*a*a*a*"))
for bad in [(1, "a"), ("a", 1)]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print("TypeError", type(e).__name__)


# warm-up: the same match many times, then other patterns and names
def match_all(names, pat):
    return [n for n in names if fnmatch.fnmatch(n, pat)]


for i in range(200):
    r = match_all(["a.py", "b.txt", "c.py"], "*.py")
print(r)
print(match_all(["a.py", "b.txt", "c.py"], "[ab].*"), match_all(["x", "yy", "zzz"], "??"))
