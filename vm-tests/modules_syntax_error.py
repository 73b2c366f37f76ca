# A SyntaxError in an imported module, uncaught: the report shows the module's file.
import sys

sys.path.insert(0, sys.path[0] + "/modlib")
import badsyntax
