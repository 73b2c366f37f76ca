# The str methods scripts lean on (split, join, strip, replace, find/count, partition, case
# conversion, splitlines), on ASCII and non-ASCII text, with their edge cases and errors,
# each also after warm-up.


class S(str):
    pass


TEXTS = ["a,b,,c", "", ",", "  lead and  trail  ", "x\x1cy\x1fz\u3000w\u00a0v", "é,日,,本",
         "aaa", "no-sep", "tab\tsep\nnew\rline\x0bvt\x0cff", "ab" * 5]


def splits(t):
    return (t.split(), t.split(","), t.split(",", 1), t.rsplit(",", 1), t.split(None, 1),
            t.rsplit(None, 1), t.split("aa"), t.rsplit("aa"), t.split(",", 0), t.rsplit(maxsplit=2),
            t.split(sep=",", maxsplit=-1))


for _ in range(200):
    r = [splits(t) for t in TEXTS]
for t, x in zip(TEXTS, r):
    print(repr(t), x)
for bad in [("",), (1,), (",", "x"), (",", 1.5)]:
    try:
        "a,b".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def joins():
    return (",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["solo"]),
            "é".join("abc"), " ".join(w for w in ["gen", "exp"]), "|".join({"k": 1}),
            ", ".join(map(str, range(5))), "".join([S("s"), "t"]))


for _ in range(200):
    r = joins()
print(r)
solo = "solo"
print("-".join([solo]) is solo, type("-".join([S("sub")])).__name__)
for bad in [["a", 1], ("a", None), 5, ["a", b"b"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)


def strips(t):
    return (t.strip(), t.lstrip(), t.rstrip(), t.strip("x"), t.strip(" a"), t.rstrip(".\n"),
            t.lstrip(None))


for _ in range(200):
    r = [strips(t) for t in ["  pad  ", "xxhixx", "\t\n\x1c mixed \x1f\u3000", "", "a.\n", " é "]]
print(r)
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)


def replaces(t):
    return (t.replace(",", ";"), t.replace("aa", "b"), t.replace("a", "", 2), t.replace("", "-"),
            t.replace("", "-", 2), t.replace("zz", "y"), t.replace(",", "日"), t.replace("b", "bb", -1),
            t.replace("a", "a", 0))


for _ in range(200):
    r = [replaces(t) for t in ["a,b,c", "aaaa", "", "ab,ab", "é,é"]]
print(r)
try:
    "x".replace(1, "y")
except TypeError as e:
    print("TypeError:", e)


def searches(t):
    return (t.find("b"), t.rfind("b"), t.find("bc", 2), t.find("", 3), t.rfind(""), t.find("", 99),
            t.count("b"), t.count(""), t.count("bb"), t.count("b", 1, -1), t.index("a"),
            t.rindex("a"), t.find("日"), t.rfind("本", 0, 3), t.startswith("ab"),
            t.endswith(("c", "本")), t.find("b", -3), t.count("a", 10))


for _ in range(200):
    r = [searches(t) for t in ["abcabc", "abbbba", "a日本b日本a"]]
print(r)
for bad in [("z",), (1,)]:
    try:
        "abc".index(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def parts(t):
    return (t.partition(","), t.rpartition(","), t.partition("::"), t.rpartition("é"))


for _ in range(200):
    r = [parts(t) for t in ["a,b,c", "none", "x::y::z", "éaé", ""]]
print(r)
p = "k=v".partition(S("="))
print(p, type(p[1]).__name__, "kv".partition("=")[0] == "kv")
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)


def cases(t):
    return (t.upper(), t.lower(), t.capitalize(), t.title(), t.swapcase(), t.casefold())


for _ in range(200):
    r = [cases(t) for t in ["hello World", "", "x", "mIxEd 12ab_cd", "ßtraße", "ΣΑΣ end"]]
print(r)


def lines(t):
    return (t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))


for _ in range(200):
    r = [lines(t) for t in ["a\nb\r\nc\rd", "x\n", "", "\n\n", "u\x1cv\u2028w", "é\né",
                            "a\x85b\u2029c\x0bd\x0ce\x1df\x1eg", "\r", "\r\r\n\n", "end\r",
                            "\u00c2\u0085", "日\u2028本\u2027語", "\x1f not a break"]]
print(r)
