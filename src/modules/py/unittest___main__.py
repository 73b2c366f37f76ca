"""`python -m unittest`: discovery, or the tests named on the command line."""

import sys
import os

# The program name in usage messages: "<interpreter> -m unittest".
if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen"):
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from .main import main

main(module=None)
