# Without sys.excepthook, the uncaught exception is still reported.
import sys

del sys.excepthook
print("before")
raise KeyError("original")
