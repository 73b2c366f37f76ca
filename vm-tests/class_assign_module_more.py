# A module's class moved among ModuleType subclasses after warm-up: __getattribute__ and
# __getattr__ of the new class take over; non-module classes are refused with CPython's message.
import types, sys
class W(types.ModuleType):
    def __getattribute__(self, n):
        return "intercepted " + n
m = types.ModuleType("m")
m.y = 2
def rd(mod): return mod.y
for _ in range(200): rd(m)
m.__class__ = W
print(rd(m))
m.__class__ = types.ModuleType
print(rd(m))
mod = sys.modules[__name__]
class Lazy(types.ModuleType):
    def __getattr__(self, n):
        return n.upper()
mod.__class__ = Lazy
print(type(mod).__name__, mod.whatever)
try:
    m.__class__ = int
except TypeError as e:
    print(e)
class Plain: pass
p = Plain()
try:
    p.__class__ = types.ModuleType
except TypeError as e:
    print(e)
