# Circular imports: the partially initialised module is already in sys.modules; a
# `from m import name` of a name not defined yet gets CPython's "partially initialized"
# message, and both failed modules leave sys.modules.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
base = sys.path[0]

import circ_a

print(circ_a.A, circ_a.circ_b.B, circ_a.circ_b.circ_a is circ_a)

try:
    import circ_x
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(base, "<modlib>"))
    print(e.name, e.path.replace(base, "<modlib>"))
print("circ_x" in sys.modules, "circ_y" in sys.modules)
