# round() hands ndigits unconverted to a type's own __round__; ints and floats convert it.
class R:
    def __round__(self, n=None):
        return ('R', n)


class F(float):
    def __round__(self, n=None):
        return ('F', n)


class I(int):
    pass


def call(x, *n):
    try:
        return round(x, *n)
    except TypeError as e:
        return 'TypeError: %s' % e


for i in range(200):  # warm-up before the interesting cases
    call(R(), 'a')
    call(2.5)
print(call(R()), call(R(), 'a'), call(R(), None), call(R(), 2.5))
print(call(F(1.5)), call(F(1.5), 'x'), call(I(25), -1), call(I(7)))
print(call(2.5), call(3.5), call(2.675, 2), call(25, -1), call(True), call(1.5, None))
print(call(1.5, 'a'), call(3, 'a'), call('x'), call('x', 'a'), call([1], 2))
print(call(1e300, -400), call(12345, 10 ** 30), call(1.5, 10 ** 30))
R.__round__ = lambda self, n=None: ('patched', n)
print(call(R(), 3))
