# str.format_map: fields looked up with mapping[name]; and the format-string parse errors
# format and format_map share.


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b!r} {c[0]} {d.real:>5} {e}".format_map(Default(a=1, c=[9], d=2)))
print("{name:^9}|{n:04d}|{x:.2f}".format_map({"name": "pyvm", "n": 7, "x": 3.14159}))
print("{a:{w}}|{a:>{w}}".format_map({"a": "x", "w": 4}))
print("{{literal}} {k}".format_map({"k": "v"}))
print("no fields".format_map(5))
print("{a[k]}".format_map({"a": {"k": "nested"}}))


class Mapping:
    """Not a dict: only __getitem__."""

    def __getitem__(self, key):
        return key * 2


print("{ab}-{x}".format_map(Mapping()))


class Loud(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return dict.__getitem__(self, key)


print("{a}{a}{b}".format_map(Loud(a=1, b=2)))


def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as x:
        print(type(x).__name__ + ":", x)


attempt(lambda: "{}".format_map({}))
attempt(lambda: "{0}".format_map({0: 1}))
attempt(lambda: "{a}{}".format_map({"a": 1}))
attempt(lambda: "{a}".format_map({}))
attempt(lambda: "{a}".format_map(5))
attempt(lambda: "{a}".format_map([1]))
attempt(lambda: "{0[1]}".format_map(Mapping()))
attempt(lambda: "{a.b}".format_map({"a": 1}))
attempt(lambda: "x".format_map())
attempt(lambda: "x".format_map({}, {}))
attempt(lambda: "x".format_map(mapping={}))
attempt(lambda: str.format_map(5, {}))


class Raising(dict):
    def __getitem__(self, key):
        raise LookupError(key)


attempt(lambda: "{z}".format_map(Raising()))

# Malformed templates: the same errors as str.format.
for t in ["{", "{a", "x{", "}", "a}b", "{a:{b", "{a:{b}", "{:{", "{a!", "{a!r", "{a!rx}",
          "{a{b}", "{a{", "{a[}", "{a!z}", "{a[}]}"]:
    attempt(lambda: t.format_map({"a": 1, "b": 2, "a[}]": 3}))
    attempt(lambda: t.format(a=1, b=2))
