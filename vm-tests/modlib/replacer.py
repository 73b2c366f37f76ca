# A module that replaces itself in sys.modules: the importer gets the replacement.
import sys

sys.modules[__name__] = "I replaced the module"
