samples = ["", "a", "  a b  ", "Hello World", "a,b,,c", "\tx\ty\n", "éß ǅ Ä", "aaa", "-12", "+7", "ab\rcd\r\n\nef\x0bg\x1ch\u2028i", "Title Case", "x1Y2", "١٢٣", "ﬁ straße", "½ ² ⅷ"]
args = {
    "split": [(), (None, 1), (",",), (",", 1), ("a",), (None, 0), ("aa",)],
    "rsplit": [(), (None, 1), (",", 1), ("a", 2)],
    "strip": [(), ("a",), (" a",)], "lstrip": [(), ("-+",)], "rstrip": [(), ("\n",)],
    "count": [("a",), ("",), ("a", 1), ("a", -2, -1), (97,)],
    "find": [("a",), ("",), ("a", 1, 3), ("zz",)], "rfind": [("a",), ("", 2), ("a", 0, 1)],
    "replace": [("a", "X"), ("a", "", 1), ("", "."), ("aa", "b")],
    "partition": [(",",), ("a",)], "rpartition": [(",",), ("a",)],
    "center": [(7,), (8, "*"), (0,)], "ljust": [(5,)], "rjust": [(6, "0")], "zfill": [(5,), (1,)],
    "expandtabs": [(), (4,), (0,)], "splitlines": [(), (True,)],
    "upper": [()], "lower": [()], "swapcase": [()], "title": [()], "capitalize": [()],
    "isalpha": [()], "isdigit": [()], "isalnum": [()], "isspace": [()], "islower": [()], "isupper": [()], "istitle": [()], "isascii": [()], "isdecimal": [()], "isnumeric": [()], "isidentifier": [()], "isprintable": [()], "casefold": [()],
    "removeprefix": [("a",), ("He",)], "removesuffix": [("c",), ("d",)], "startswith": [("a",), (("x", "H"),)], "endswith": [("c",)],
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
