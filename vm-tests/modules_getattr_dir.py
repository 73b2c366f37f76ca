# PEP 562: a module's own __getattr__ answers for names found nowhere else (also through
# `from m import name`, getattr defaults and hasattr), and its __dir__ for dir(m).
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
import lazy_getattr_mod as m


def attempt(label, f):
    try:
        print(label, "->", f())
    except AttributeError as e:
        print(label, "!! AttributeError:", e)
    except ImportError as e:
        print(label, "!! ImportError:", str(e).split(" (")[0])


attempt("real", lambda: m.real)
attempt("lazy", lambda: m.lazy_x)
attempt("missing", lambda: m.other)
attempt("getattr default", lambda: getattr(m, "other", "default"))
attempt("hasattr", lambda: (hasattr(m, "lazy_q"), hasattr(m, "nope")))
attempt("module attrs win", lambda: (m.__name__, type(m.__class__).__name__))
attempt("dir", lambda: dir(m))
from lazy_getattr_mod import lazy_imported
print(lazy_imported)
try:
    from lazy_getattr_mod import not_there
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])


def read():
    return m.lazy_w


for i in range(200):
    read()
attempt("warm", read)
m.lazy_w = "set for real"
attempt("after set", read)
del m.lazy_w
attempt("after del", read)
del m.__getattr__
attempt("hook removed", read)
del m.__dir__
attempt("dir without hook", lambda: [n for n in dir(m) if not n.startswith("__")])
attempt("loaded", lambda: (len(m.loaded), sorted(set(m.loaded))))
try:
    del m.never_set
except AttributeError as e:
    print("AttributeError:", e)
