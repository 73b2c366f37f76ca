# bytes methods that leave an exact bytes unchanged return the object itself (as CPython);
# a bytearray or a bytes subclass always gets a new object. Cold, then warm (200 calls).
b = b"abc"


class B(bytes):
    pass


sub = B(b"abc")
ba = bytearray(b"abc")


def probes(x):
    return [
        x.strip() is x, x.lstrip(b"z") is x, x.rstrip(None) is x, x.strip(b"a") is x,
        x.removeprefix(b"z") is x, x.removesuffix(b"") is x, x.removeprefix(b"a") is x,
        x.center(2) is x, x.ljust(3) is x, x.rjust(1) is x, x.rjust(5) is x,
        x.zfill(3) is x, x.zfill(4) is x,
        x.replace(b"z", b"y") is x, x.replace(b"a", b"a") is x, x.replace(b"a", b"b", 0) is x,
        x.replace(b"", b"") is x, x.replace(b"", b"-", 0) is x,
    ]


for x in (b, sub, ba):
    print(type(x).__name__, probes(x))
for _ in range(200):
    for x in (b, sub, ba):
        probes(x)
for x in (b, sub, ba):
    print(type(x).__name__, probes(x))
# the results are still right
print(b.strip(b"ac"), b.center(7, b"*"), b.replace(b"b", b"XY"), sub.strip(), ba.zfill(2))
print(type(sub.strip()).__name__, type(ba.strip()).__name__, b"".strip() is b"".strip())
