# An exception raised inside an imported module's function: the traceback names its file.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
import tb_mod

print(tb_mod.outer(1))
print(tb_mod.outer(5))
