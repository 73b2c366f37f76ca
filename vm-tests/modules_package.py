# Packages: __init__.py, submodules bound on their parent, `import a.b` binding `a`,
# relative imports at one, two and three levels, __package__ and __path__.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
base = sys.path[0]


def clean(x):
    return repr(x).replace(base, "<modlib>")


import pkg.sub

print(clean(pkg))
print(clean(pkg.sub))
print(pkg.__name__, pkg.__package__, pkg.sub.__name__, pkg.sub.__package__)
print(clean(pkg.__path__))
print(clean(pkg.__file__))
print(pkg.PKG_VALUE, pkg.sub.NAME)

import pkg.sub as s

print(s is pkg.sub)

from pkg import helpers

print(helpers.h(), pkg.helpers is helpers)

from pkg.inner import deep

print(deep.run())
print(pkg.inner.leaf_function())

from pkg.inner.deep import run as run2

print(run2())

import pkg.inner.deep

print(pkg.inner.deep is deep, pkg.inner.__package__)

names = []
for k in sys.modules:
    if k == "pkg" or k.startswith("pkg."):
        names.append(k)
print(sorted(names))

from pkg import sub as again

print(again is s)

print(__import__("pkg.sub").__name__)
print(__import__("pkg.sub", None, None, ["NAME"]).__name__)
print(__import__("inner.leaf", globals={"__package__": "pkg"}, level=1).__name__)
print(__import__("helpers", {"__name__": "pkg.sub"}, None, ["h"], 1).h())
