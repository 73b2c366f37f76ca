# Modules removed from sys.modules are imported again, `sys` and `builtins` too (CPython makes
# new module objects over the same state). Found by hostile runs next to the fuzzers.
import sys


def reimport(name):
    old = sys.modules.pop(name, None)
    try:
        new = __import__(name)
    except ImportError as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%s same=%s name=%s" % (name, new is old, new.__name__)


for name in ["math", "gc", "itertools", "collections", "builtins", "sys", "atexit", "functools"]:
    print(reimport(name))

import sys as again
print(again.maxsize == 2**63 - 1, "sys" in sys.modules)
import builtins
print(builtins.len("abc"), builtins.__name__)

# after warm-up: the import statement run 200 times, then the module removed again
def imp():
    import sys
    return sys.__name__


for _ in range(200):
    imp()
del sys.modules["sys"]
print(imp())
sys.modules["sys"] = None
try:
    imp()
except ImportError as e:
    print(type(e).__name__, e)
