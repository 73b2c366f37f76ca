samples = [b"", b"a", b"  a b  ", b"Hello World", b"a,b,,c", b"\tx\ty\n", b"\xe9\xff A", b"aaa", b"-12", b"+7", b"ab\rcd\r\n\nef", b"Title Case", b"x1Y2"]
args = {
    "split": [(), (None, 1), (b",",), (b",", 1), (b"a",), (None, 0), (b"aa",)],
    "rsplit": [(), (None, 1), (b",", 1), (b"a", 2)],
    "strip": [(), (b"a",), (b" a",)], "lstrip": [(), (b"-+",)], "rstrip": [(), (b"\n",)],
    "count": [(b"a",), (b"",), (b"a", 1), (b"a", -2, -1), (97,)],
    "find": [(b"a",), (b"",), (b"a", 1, 3), (b"zz",)], "rfind": [(b"a",), (b"", 2), (b"a", 0, 1)],
    "replace": [(b"a", b"X"), (b"a", b"", 1), (b"", b"."), (b"aa", b"b")],
    "partition": [(b",",), (b"a",)], "rpartition": [(b",",), (b"a",)],
    "center": [(7,), (8, b"*"), (0,)], "ljust": [(5,)], "rjust": [(6, b"0")], "zfill": [(5,), (1,)],
    "expandtabs": [(), (4,), (0,)], "splitlines": [(), (True,)],
    "upper": [()], "lower": [()], "swapcase": [()], "title": [()], "capitalize": [()],
    "isalpha": [()], "isdigit": [()], "isalnum": [()], "isspace": [()], "islower": [()], "isupper": [()], "istitle": [()], "isascii": [()],
    "removeprefix": [(b"a",), (b"He",)], "removesuffix": [(b"c",), (b"d",)], "startswith": [(b"a",), ((b"x", b"H"),)], "endswith": [(b"c",)],
}
for name, arglists in args.items():
    for s in samples:
        out = []
        for a in arglists:
            try:
                out.append(getattr(s, name)(*a))
            except Exception as e:
                out.append(f"{type(e).__name__}: {e}")
        print(name, s, out)
