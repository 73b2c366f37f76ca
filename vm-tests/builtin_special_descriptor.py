# float(), int(), complex() and friends call the special method found on the type as a
# method: a callable object or descriptor there is bound through __get__ like a function.
class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        return lambda: self.value


class Callable:
    def __call__(self, *args):
        return 2.5 if not args else -1.0


class A:
    __float__ = Const(1.5)
    __int__ = Const(7)
    __index__ = Const(3)


class B:
    __float__ = Callable()


a = A()
print(float(a), int(a), [10, 20, 30, 40][a], bin(a))
print(float(B()))


def conv(x):
    return float(x), int(x)


for _ in range(300):
    r = conv(a)
print(r)
A.__float__ = Const(9.25)
print(conv(a))
A.__float__ = lambda self: 0.5
print(conv(a))
