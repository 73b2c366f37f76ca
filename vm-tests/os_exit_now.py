# os._exit ends the process at once: no finally, no atexit callbacks (CPython's _exit(2)).
# Its argument errors first. (Whether buffered output is lost depends on PYTHONUNBUFFERED.)
import atexit
import os

for bad in [(), ("a",), (1.5,), (2**70,)]:
    try:
        os._exit(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

atexit.register(print, "atexit ran")
print("flushed before", flush=True)
try:
    os._exit(3)
finally:
    print("finally ran")
