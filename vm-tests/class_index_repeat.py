class I:
    def __index__(self): return 2
print("ab" * I(), [0] * I(), "x".zfill(I()) if False else "")



class J:
    def __index__(self): return 3
    def __rmul__(self, o): return "rmul wins"
s = "x"
s *= I()
print(s, b"y" * I(), (1,) * I(), I() * "z", bytearray(b"q") * I(), "ab" * J())
try:
    "ab" * object()
except TypeError as e:
    print(e)
