# from m import *: __all__ (private names included when listed), else every public name;
# a package's __all__ naming a submodule imports it.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")

from starmod import *

print(alpha, beta, _gamma)
try:
    print(delta)
except NameError as e:
    print("NameError:", e)

from starplain import *

print(x, y)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)

from starpkg import *

print(one, two_mod.TWO)

try:
    from starbad import *
except AttributeError as e:
    print("AttributeError:", e)
print(exists)
