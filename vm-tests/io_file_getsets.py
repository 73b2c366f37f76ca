# File objects' data attributes: getsets and read-only members of the types, as in CPython;
# a TextIOWrapper's `mode` is not a descriptor of its type.
import os

path = "io_file_getsets.tmp"
with open(path, "w") as f:
    f.write("a\nb\n")

T = type(open(path))
B = type(open(path, "rb"))
for cls, names in [(T, ["name", "closed", "newlines", "encoding", "errors", "line_buffering",
                        "mode"]), (B, ["name", "mode", "closed"])]:
    for n in names:
        d = cls.__dict__.get(n)
        print(cls.__name__, n, d, type(d).__name__)


def attrs(f, names):
    return [getattr(f, n) for n in names]


text_names = ["name", "mode", "closed", "encoding", "errors", "newlines", "line_buffering"]
f = open(path, encoding="utf-8", errors="replace")
b = open(path, "rb")
for _ in range(200):
    attrs(f, text_names)
    attrs(b, ["name", "mode", "closed"])
print(attrs(f, text_names), attrs(b, ["name", "mode", "closed"]))
f.close()
b.close()
print(f.closed, b.closed, attrs(f, text_names))

for obj, name in [(f, "encoding"), (f, "errors"), (f, "line_buffering"), (f, "closed"),
                  (f, "name"), (f, "newlines"), (b, "closed"), (b, "name"), (b, "mode")]:
    for op in ("set", "del"):
        try:
            if op == "set":
                setattr(obj, name, "x")
            else:
                delattr(obj, name)
            print(op, name, "ok")
        except AttributeError as e:
            print(op, name, "AttributeError:", e)
try:
    T.__dict__["closed"].__get__(1)
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
