vals = [0, 1, -1, 3.5, -0.0, 1e100, 12345.678, 2**70, True, float("nan"), "txt", None, [1], (1,), {"a": 1}]
specs = ["", ">8", "<8", "^9", "=+10", "010", ",", "_", ".3", ".0", "#x", "x", "b", "o", "e", "E", "g", "G", "%", "n", "c", "s", "r", "+", " ", "-", ".2%", "08.3f", "#.0e", "*^12,.2f", "z"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(v), out)
fmts = ["%s", "%r", "%a", "%d", "%5.2f", "%-6d|", "%+i", "%x", "%#o", "%e", "%g", "%c", "%%", "%(k)s", "%*d", "%.*f", "%05s"]
for v in [5, -3.25, "é", [1], 65, True]:
    out = []
    for f in fmts:
        try:
            if "*" in f:
                out.append(f % (4, v))
            elif "(k)" in f:
                out.append(f % {"k": v})
            else:
                out.append(f % v)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(v), out)
for bad in ["%d %d" , "%(a)s %s", "%z", "%", "%d"]:
    for args in [(1,), (1, 2, 3), {"a": 1}, ()]:
        try:
            print(repr(bad % args))
        except Exception as e:
            print(bad, args, type(e).__name__, e)
