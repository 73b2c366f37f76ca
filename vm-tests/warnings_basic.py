# warnings.warn and the default filters: output format, registry, categories, stacklevel,
# messages that are Warning instances, error paths.
import sys, io, warnings

buf = io.StringIO()
sys.stderr = buf

HERE = __file__.rpartition("/")[0]

def out():
    # (the script's absolute path depends on where the repository lives)
    text = buf.getvalue().replace(HERE, "HERE")
    buf.seek(0)
    buf.truncate()
    return text

def f(msg, cat=None, level=1):
    warnings.warn(msg, cat, stacklevel=level)

f("hello")
print(repr(out()))
f("hello")
print("again:", repr(out()))
print(__warningregistry__)
f("dep", DeprecationWarning)
print("deprecation in __main__:", repr(out()))
f("pending", PendingDeprecationWarning)
f("imp", ImportWarning)
f("res", ResourceWarning)
print("ignored by default:", repr(out()))
f("rt", RuntimeWarning)
f("user", UserWarning)
f("fut", FutureWarning)
print(out())

def g():
    f("level two", level=2)
g()
print(out())
def h():
    f("level three", RuntimeWarning, 3)
h()
print(out())
f("far", level=50)
print(repr(out()))
print(sys.__dict__.get("__warningregistry__"))

class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("instance"))
print(out())
warnings.warn(MyWarning("instance wins"), RuntimeWarning)
print(out())
warnings.warn(123)
print(out())

for bad in (int, "x", KeyError, 3):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)

print(warnings.filters[:5] == [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0)])
print(warnings.defaultaction, warnings.onceregistry)
print(sorted(warnings.__all__))

# formatwarning / showwarning directly
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 7)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 7, "  code line  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 7, "")))
warnings.showwarning("shown", RuntimeWarning, "x.py", 3)
print(repr(out()))
s = io.StringIO()
warnings.showwarning("to file", RuntimeWarning, "x.py", 3, s, "line text")
print(repr(s.getvalue()))
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(m))
print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source)

# warn_explicit
reg = {}
warnings.warn_explicit("explicit", UserWarning, "mod.py", 12, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "mod.py", 12, registry=reg)
print(repr(out()), reg)
warnings.warn_explicit("no registry", UserWarning, "mod.py", 13)
warnings.warn_explicit("no registry", UserWarning, "mod.py", 13)
print(repr(out()))
try:
    warnings.warn_explicit("bad reg", UserWarning, "mod.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)

# warm-up: many warnings from one line are shown once; new text shows again
def many(n):
    for i in range(n):
        warnings.warn("loop")
    return len(out())
print(many(300))
warnings.warn("loop")
print(repr(out()))
for i in range(200):
    f(f"text {i % 3}")
print(out().count("UserWarning"))
sys.stderr = sys.__stderr__
