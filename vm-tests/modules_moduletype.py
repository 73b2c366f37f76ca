# types.ModuleType(name[, doc]): module objects made by scripts, and subclasses of it.
import sys
import types

m = types.ModuleType("made")
print(m, m.__name__, m.__doc__)
print(sorted(vars(m).items(), key=lambda kv: kv[0]))
print(types.ModuleType("d", "the doc").__doc__, types.ModuleType(name="kw", doc=None).__name__)
m.value = 42
exec("def f(): return value + 1", m.__dict__)
print(m.f(), m.value)
for args, kwargs in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("a",), {"bogus": 1})]:
    try:
        types.ModuleType(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
sys.modules["injected_module"] = m
import injected_module
print(injected_module is m, injected_module.f())
del sys.modules["injected_module"]


class Lazy(types.ModuleType):
    loads = 0

    def __getattr__(self, name):
        Lazy.loads += 1
        return name.upper()

    def describe(self):
        return "Lazy module " + self.__name__


lz = Lazy("lazy")
print(lz.describe(), isinstance(lz, types.ModuleType), type(lz).__name__)
print(lz.anything, lz.other, Lazy.loads)
lz.real = "set"
print(lz.real, Lazy.loads)


def read(mod):
    return mod.real


for i in range(200):
    read(lz)
lz.real = "changed"
print(read(lz))
print(type(sys).__name__, type(sys) is types.ModuleType)

# A module's __dict__ is its namespace: it cannot be replaced or deleted.
for f in (lambda: setattr(m, "__dict__", {}), lambda: delattr(m, "__dict__"),
          lambda: setattr(sys, "__dict__", {})):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
m.__dict__["through_dict"] = 1
print(m.through_dict, "__dict__" in vars(m))
