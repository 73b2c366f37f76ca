print(format(b"ab"), f"{b'x'!s:>6}", "{}".format(b"a"), format([1]), format(None), format(object)[:6])
for spec in ["10", "s"]:
    for v in [b"a", [1], None]:
        try:
            format(v, spec)
        except TypeError as e:
            print(e)
