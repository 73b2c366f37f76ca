# Calling a bytes subclass makes an instance of that subclass (with an instance dict unless
# __slots__ says otherwise); __bytes__ results are converted to it. Built cold, then 200
# times in a loop, then after adding a method to the class.
class B(bytes):
    pass


class Slotted(bytes):
    __slots__ = ()


class Twice(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class Maker:
    def __bytes__(self):
        return B(b"made")


def build():
    return [B(b"x"), B(3), B([65, 66]), B("h\u00e9", "utf-8"), B(), B(Maker()),
            Slotted(b"abc"), Twice(b"ab")]


for obj in build():
    print(type(obj).__name__, obj, len(obj))
for _ in range(200):
    objs = build()
print([type(o).__name__ for o in objs])

b = B(b"ab")
print(b == b"ab", hash(b) == hash(b"ab"), b[0], b[:1], type(b[:1]).__name__)
print(type(b + b"c").__name__, type(b.upper()).__name__, b.decode(), list(b))
print(isinstance(b, bytes), type(bytes(b)).__name__, type(bytes(Maker())).__name__)
b.tag = "t"
print(b.tag, vars(b))
s = Slotted(b"q")
try:
    s.tag = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    B("x")
except TypeError as e:
    print("TypeError", e)
try:
    B(-1)
except ValueError as e:
    print("ValueError", e)

B.shout = lambda self: self.upper() + b"!"
for _ in range(200):
    r = B(b"hi").shout()
print(r, type(B(b"hi")).__name__)
