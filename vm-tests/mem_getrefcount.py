# sys.getrefcount: relative changes as references are made and dropped.
import sys

class Obj:
    pass

x = Obj()
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base)
lst = [x, x, x]
print(sys.getrefcount(x) - base)
d = {'k': x}
print(sys.getrefcount(x) - base)
del lst
print(sys.getrefcount(x) - base)
d.clear()
del y
print(sys.getrefcount(x) - base)

def hold(a):
    return sys.getrefcount(a) - base

print(hold(x) > 0)
t = (x,)
print(sys.getrefcount(x) - base)
t = None
print(sys.getrefcount(x) - base)
