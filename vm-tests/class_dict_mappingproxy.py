# A class's __dict__ is a read-only mappingproxy over the class namespace: writes through
# it raise instead of being silently dropped, and it reads the class as it is now.
class A:
    x = 1

    def m(self):
        return "m"


def read():
    return A.x


for i in range(200):
    read()
proxy = A.__dict__
print(type(proxy).__name__, proxy["x"], "m" in proxy, proxy.get("nope", "default"))
def store():
    proxy["x"] = 2


def delete():
    del proxy["x"]


for f in (store, delete):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    proxy.clear()
except AttributeError as e:
    print("AttributeError:", e)
print(read(), A.x)
A.y = "added later"
print(proxy["y"], len(proxy) == len(A.__dict__), sorted(k for k in proxy if not k.startswith("__")))
print(type(vars(A)).__name__, dict(vars(A))["x"])
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
