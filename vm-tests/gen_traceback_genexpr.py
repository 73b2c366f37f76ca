# Errors inside a generator expression consumed by a builtin, then inside a handler (the
# context is chained) -- printed with both tracebacks.
def convert(items):
    return sorted(int(s) for s in items)


print(convert(["3", "1", "2"]))
try:
    convert(["1", "x"])
except ValueError:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
