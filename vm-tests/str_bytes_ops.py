data = b"Hello, World! hello again"
print(data.lower(), data.upper(), data.swapcase(), data.title(), data.capitalize())
print(data.split(), data.split(b","), data.split(b"l", 2), data.rsplit(b" ", 1))
print(data.replace(b"l", b"L"), data.replace(b"l", b"", 2), data.count(b"l"), data.count(b"ll"))
print(data.find(b"World"), data.rfind(b"l"), data.index(b"o"), data.rindex(b"o"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip())
print(b"a,b,,c".split(b","), b"line1\nline2\r\nline3".splitlines(), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-3".zfill(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b"ab" * 3, b"a" + b"b", b"x" in b"xyz", 120 in b"xyz")
print(data.startswith(b"Hell"), data.endswith((b"again", b"x")), data.removeprefix(b"Hello"), data.removesuffix(b"again"))
print(list(b"abc"), b"abc"[0], b"abc"[-1:], b"abcdef"[::2], bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b"abc".hex("-"), len(b"\x00\x01"))
print("héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode(), b"caf\xe9".decode("latin-1"))
print("x".encode("ascii"), "é".encode("utf-8", "ignore") if False else "", b"\xff".decode("utf-8", "replace"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), str(b"abc"))
print(b"a\tb".expandtabs(4), b"hello".translate(None, b"l"), bytes.maketrans(b"ab", b"xy")[97:99])
print(sorted([b"b", b"a", b"ab"]), b"abc" < b"abd", b"" < b"a", max(b"hello"), sum(b"\x01\x02"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (1).to_bytes(4, "little"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc" == "abc", bytes(b"x"))
print("%s|%r" % (b"x", b"y"))
print(f"{b'abc'}", format(b"ab"), "{!r}".format(b"\x00"))
for bad in [lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes([256]), lambda: b"x".decode("ascii") + 1,
            lambda: bytes("x"), lambda: "é".encode("ascii"), lambda: b"\xe9".decode(), lambda: bytes.fromhex("zz"),
            lambda: b"abc".index(b"z"), lambda: b"a".join(["b"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"a b  c".split(None, 1), b" a b c ".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"abc".split(b"b", 0))
print(b"aaa".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"aaaa".count(b"aa"), b"abc".count(b""))
print(b"abcabc".find(b"c", 3), b"abcabc".rfind(b"a", 0, 3), b"abc".find(b"", 5), b"abc".find(99), b"abc".index(b"c", -1))
print(b"x".center(4, b"-"), b"x".center(5, b"-"), b"xy".center(5), b"ab\r\ncd\n".splitlines(True), b"\n".splitlines())
print(b"hello world".title(), b"HELLO".capitalize(), b"a1b2".isalnum(), b"".isalpha(), b"\xe9".isalpha(), b"Hello World".istitle())
for bad in [lambda: b"abc".find("a"), lambda: b"abc".split(""), lambda: b"abc".split(b""), lambda: b"a".center(3, "x"),
            lambda: b"a".center(3, b"xy"), lambda: b"a".strip("a"), lambda: b"a".replace("a", b"b"), lambda: b"a".translate(b"x"),
            lambda: bytes.maketrans(b"a", b"bc"), lambda: b"a".partition(b""), lambda: b"a".upper(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
