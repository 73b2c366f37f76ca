ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"!!")
ba.extend([63, 64])
print(ba, bytes(ba), len(ba), ba.decode(), ba.upper(), ba[1:3], ba[-1], type(ba[1:3]).__name__)
del ba[0]
ba.insert(0, 74)
print(ba, ba.pop(), ba, bytearray(3), bytearray([1, 2]), ba.find(b"l"), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba, ba == b"eXYZlo!!!?", b"eXYZlo!!!?" == ba, ba < b"f", ba + b"1", b"1" + ba, ba * 2, 2 * ba)
ba += b"++"
print(ba, ba.split(b"Z"), ba.replace(b"!", b""), ba.strip(b"+"), bytearray(b"-").join([b"a", bytearray(b"b")]))
del ba[::2]
print(ba, list(ba), 88 in ba, b"ZXY" in ba, ba.count(b"!"), ba.hex(), ba.startswith(b"X"))
ba.reverse()
print(ba, ba.copy(), ba.index(b"!"))
ba.remove(33)
ba.clear()
print(ba, bool(ba), bytearray("é", "utf-8"), bytearray(b"abc").title(), bytearray(b" a b ").split())
print(repr(bytearray(b"'")), str(bytearray(b"x")), b"".join([bytearray(b"a"), b"b"]), bytes(bytearray(b"q")))
x = bytearray(b"abc")
for i in range(len(x)):
    x[i] = x[i] ^ 0x20
print(x, [c for c in x], sorted(x), max(x), sum(bytearray(b"\x01\x02")))
for bad in [lambda: hash(bytearray()), lambda: bytearray(b"a")[3], lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
            lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("x"), lambda: bytearray("x"),
            lambda: {bytearray(): 1}, lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"a") + "s",
            lambda: bytearray(-1), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(bytearray(), bytes), issubclass(bytearray, object), bytearray.__name__, type(iter(bytearray())).__name__)
