# import of a sibling module found through sys.path: binding forms, caching in sys.modules,
# module attributes and repr, a module replacing itself, __name__ == "__main__".
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
base = sys.path[0]


def clean(x):
    return repr(x).replace(base, "<modlib>")


print(__name__)
if __name__ == "__main__":
    print("running as the main script")

import basic_mod

print(clean(basic_mod))
print(basic_mod.__name__, repr(basic_mod.__package__))
print(clean(basic_mod.__file__))
print(basic_mod.VALUE, basic_mod.greet("world"), basic_mod._private)
print(type(basic_mod).__name__)

import basic_mod as bm

print(bm is basic_mod, sys.modules["basic_mod"] is basic_mod)

from basic_mod import VALUE, greet as g

print(VALUE, g("again"))

# A second import finds the module in sys.modules: the body does not run again.
basic_mod.counter = basic_mod.counter + 1
import basic_mod

print("counter", basic_mod.counter)

# Removing it from sys.modules makes the next import run the body afresh.
del sys.modules["basic_mod"]
import basic_mod

print(basic_mod is bm, basic_mod.counter, bm.counter)


def in_function():
    import basic_mod as local_mod
    from basic_mod import VALUE as v

    return local_mod.greet("local"), v


print(in_function())
print("local_mod" in globals())

import replacer

print(replacer)
print(sys.modules["replacer"])

import sys as system

print(system is sys, clean(sys))
print(sys.modules["__main__"].__name__, sys.modules["__main__"].VALUE)
print(clean(sys.modules["__main__"].__file__) == clean(__file__))

import nsdir.nsmod

print(nsdir.nsmod.WHERE, nsdir.__file__, nsdir.__package__)
