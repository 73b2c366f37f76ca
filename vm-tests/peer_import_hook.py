# The import statement calls a replaced builtins.__import__ with (name, globals, locals,
# fromlist, level); warm imports (200) first, then the hook, then the original again.
import builtins
import os  # (imported before the hook: CPython has it from startup)

real_import = builtins.__import__


def use_math():
    import math
    from math import sqrt
    return math.floor(2.5), sqrt(16)


for _ in range(200):
    r = use_math()
print(r)

calls = []


class Fake:
    floor = staticmethod(lambda x: "fake floor")
    sqrt = staticmethod(lambda x: "fake sqrt")


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, globals is not None and globals.get("__name__"),
                  "locals is globals" if locals is globals else locals, fromlist, level))
    if name == "math":
        return Fake
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = hook
print(use_math())
import os.path
from os import sep
print(os.path is not None, sep)
exec("import math as m2")
for c in calls:
    print(c)


class Body:
    import math as m3


print(calls[-1][2] is not None and type(calls[-1][2]).__name__)
builtins.__import__ = real_import
print(use_math())

del builtins.__import__
try:
    import json
except ImportError as e:
    print("ImportError", e)
builtins.__import__ = real_import
import json
print(json.dumps([1]))
