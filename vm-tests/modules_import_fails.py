# An exception in the body of an imported module, uncaught.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
print("importing")
import failing
