# sys.implementation, sys.version_info (a struct sequence) and sys.hexversion, read cold and
# after a warm loop (the same attribute loads 200 times), then after rebinding a field.
import sys


def read(ns):
    return (ns.name, ns.cache_tag, ns.version.major, ns.version.minor)


impl = sys.implementation
print(type(impl).__name__, impl.name, impl.cache_tag)
print(impl.version is sys.version_info, impl.hexversion == sys.hexversion)
print(sorted(k for k in vars(impl) if not k.startswith("_")))
for _ in range(200):
    r = read(impl)
print(r)
print(type(sys.hexversion).__name__, sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)

vi = sys.version_info
print(type(vi).__name__, isinstance(vi, tuple), len(vi))
print(vi.major, vi.minor, vi.releaselevel, vi.serial)
print(vi[:2], vi[0] == vi.major, vi >= (3, 8), vi < (4,), vi > (3, 11))
print(repr(vi).split("(")[0])
major, minor, *rest = vi
print(major, minor, len(rest))
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    vi.nope
except AttributeError as e:
    print("AttributeError", e)

# a namespace like any other: attributes can be added and replaced
impl.extra = 1
print(impl.extra)
saved = impl.name
for _ in range(200):
    r = read(impl)
impl.name = "other"
print(read(impl))
impl.name = saved
del impl.extra
print(read(impl), hasattr(impl, "extra"))

# the other struct sequences and namedtuple-like results refuse field stores the same way
import functools, time


@functools.lru_cache
def cached():
    pass


info = cached.cache_info()
t = time.localtime()
for obj, field in ((info, "hits"), (t, "tm_year"), (sys.version_info, "minor")):
    for stmt in ("obj.%s = 1" % field, "del obj.%s" % field, "obj.foo = 1"):
        try:
            exec(stmt)
        except AttributeError as e:
            print(stmt, "->", e)
