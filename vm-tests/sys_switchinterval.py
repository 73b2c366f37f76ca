# sys.setswitchinterval / getswitchinterval (kept in whole microseconds, as in CPython).
import sys

print(sys.getswitchinterval())
for v in [0.001, 0.0012345, 1, 1e-6, 0.5]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for bad in [0, -1.0, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.getswitchinterval())
