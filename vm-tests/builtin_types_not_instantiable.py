# Builtin types whose instances carry a payload of their own and that have no __new__
# cannot be called: CPython's "cannot create 'X' instances" (never a crash), also after
# warm-up of the same call site.
import sys

def make(t):
    try:
        return t()
    except TypeError as e:
        return "TypeError: " + str(e)

def gen():
    yield 1

kinds = [type(len), type(list.append), type([].append), type(int.__dict__['real']),
         type(iter(range(3))), type(iter([])), type(iter(())), type(iter('')),
         type({}.keys().__iter__()), type(sys._getframe()), type(gen()),
         type(list.__dict__['__len__'])]
for _ in range(200):
    r = [make(t) for t in kinds]
for x in r:
    print(x)
# plain objects and the singletons still work
print(type(object()).__name__, type(None)(), type(Ellipsis)(), type(NotImplemented)())
class A:
    pass
print(type(A()).__name__, make(type))
