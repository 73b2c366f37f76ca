# A relative import in the main script: no parent package.
print("before")
from . import sibling
print("not reached")
