# A sys.excepthook that raises: both tracebacks are reported, as CPython does.
import sys


def hook(exc_type, value, tb):
    raise ValueError("the hook fails")


sys.excepthook = hook
print("before")
raise KeyError("original")
