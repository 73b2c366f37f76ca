# Start-up and shutdown with the imports a typical small script makes: what every run pays
# before its first real instruction (`compare.py` also times a bare `-c pass`).
import collections
import functools
import itertools
import math
import os
import random
import sys
import time

assert sys.version_info[:2] == (3, 11)
assert (math.gcd(12, 18), os.sep, len(list(itertools.islice(itertools.count(), 3)))) == (6, "/", 3)
assert functools.reduce(int.__add__, collections.Counter("abca").values()) == 4
assert callable(random.random) and time.time() > 0
print("startup: ok")
