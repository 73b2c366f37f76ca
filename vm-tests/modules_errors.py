# Import failures caught: ModuleNotFoundError (and its `name`), "not a package", missing
# names, a module whose body raises (it leaves sys.modules and runs again next time), a
# SyntaxError in an imported file, None in sys.modules, relative-import errors.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
base = sys.path[0]


def show(e):
    print(type(e).__name__ + ":", str(e).replace(base, "<modlib>"))


try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    show(e)
    print(e.name, e.path, isinstance(e, ImportError))

try:
    import basic_mod.sub
except ModuleNotFoundError as e:
    show(e)
    print(e.name)

try:
    from basic_mod import nothing_here
except ImportError as e:
    show(e)
    print(e.name)

try:
    from sys import no_such_name
except ImportError as e:
    show(e)

try:
    import pkg.nope
except ImportError as e:
    show(e)

try:
    from pkg import nope
except ImportError as e:
    show(e)

for attempt in range(2):
    try:
        import failing
    except ZeroDivisionError as e:
        show(e)
    print("failing" in sys.modules)

try:
    import badsyntax
except SyntaxError as e:
    show(e)
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename.replace(base, "<modlib>"))
print("badsyntax" in sys.modules)

sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)

try:
    import pkg.inner.too_far
except ImportError as e:
    show(e)

try:
    __import__("")
except ValueError as e:
    show(e)

try:
    __import__("x", level=-1)
except ValueError as e:
    show(e)

try:
    exec("from . import something")
except ImportError as e:
    show(e)
