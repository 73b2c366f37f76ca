# mappingproxy: C.__dict__, vars(C), types.MappingProxyType(d); a read-only live view that
# defers every operation to its mapping. Run once, then after 200 warm-up reads, then
# after the class changes.
import types


class A:
    "doc"
    x = 1

    def m(self):
        return "m"


def show(p):
    keys = [k for k in p if not k.startswith("__") or k in ("__dict__", "__doc__")]
    print(type(p).__name__, keys, len(p) == len(list(p)))
    print("x" in p, "nope" in p, p.get("x"), p.get("nope"), p.get("nope", 0))
    print(sorted(k for k in p.keys() if not k.startswith("__")))
    print([v for k, v in p.items() if k == "x"], list(p.values()).count(1) >= 1)
    c = p.copy()
    print(type(c).__name__, c["x"], c == dict(p), p == c, p != c)
    print(str(p).startswith("{"), repr(p).startswith("mappingproxy({"))


def read():
    return A.__dict__["x"]


show(A.__dict__)
for _ in range(200):
    read()
A.x = 5
print(read(), A.__dict__["x"])
del A.x
try:
    read()
except KeyError as e:
    print("KeyError", e)
print(A.__dict__ is A.__dict__, A.__dict__ == A.__dict__, vars(A) == A.__dict__)
try:
    hash(A.__dict__)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__.x = 1
except AttributeError as e:
    print("AttributeError:", e)
for name in ("update", "pop", "setdefault", "popitem"):
    try:
        getattr(A.__dict__, name)
    except AttributeError as e:
        print("AttributeError:", e)

d = {"a": 1, "b": [2]}
p = types.MappingProxyType(d)
print(p, str(p), len(p), list(p), list(reversed(p)))
d["c"] = 3
print(p["c"], p == {"a": 1, "b": [2], "c": 3}, p != d)
p["b"].append(9)
print(d["b"])
try:
    p["z"]
except KeyError as e:
    print("KeyError", e)
for bad in ([1, 2], (1, 2), 5, "ab"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MappingProxyType()
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType(d, x=1)
except TypeError as e:
    print("TypeError:", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, int.__dict__["real"] is not None)
print(types.MappingProxyType is type(A.__dict__), isinstance(vars(A), types.MappingProxyType))


class B(A):
    pass


print(sorted(B.__dict__), "m" in B.__dict__, "m" in A.__dict__)
B.y = 2
print(B.__dict__["y"], dict(B.__dict__)["y"])
for kw in [dict(x=1), dict(mapping={}, x=1)]:
    try: print(types.MappingProxyType(**kw))
    except TypeError as e: print(e)
try: types.MappingProxyType({}, {})
except TypeError as e: print(e)
print(types.MappingProxyType(mapping={'a':1}))
try: types.MappingProxyType({}, mapping={})
except TypeError as e: print(e)
