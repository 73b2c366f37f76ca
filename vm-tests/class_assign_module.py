# A module's __class__ may be set to a subclass of ModuleType (CPython's lazy-module and
# module-__getattr__ recipes), also after attribute accesses warmed up.
import types


class Verbose(types.ModuleType):
    def __getattr__(self, name):
        return "computed " + name

    def hello(self):
        return "hello from " + self.__name__


m = types.ModuleType("plain")
m.x = 1


def read(mod):
    return mod.x


for i in range(200):
    read(m)
m.__class__ = Verbose
print(type(m).__name__, read(m), m.hello(), m.missing)
m.__class__ = types.ModuleType
print(type(m).__name__, read(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)


class NotModule:
    pass


try:
    m.__class__ = NotModule
except TypeError as e:
    print("TypeError:", e)
