# bytearray subclasses: __init__ does the work, methods return bytearray, repr uses the
# subclass name, in-place operators keep the object.


class B(bytearray):
    pass


b = B(b'abc')
print(b, repr(b), type(b).__name__, len(b), b[0], b[1:], type(b[1:]).__name__)
print(B(3), B('hé', 'utf-8'), B(), B([1, 2]), B(b'x') == b'x', b'x' == B(b'x'))
print(isinstance(b, bytearray), b.upper(), type(b.upper()).__name__, b + b'd', type(b + b'd').__name__)
b.note = 1
print(b.note, b.__dict__)
b += b'!'
print(b, type(b).__name__, b.note)
b *= 2
print(b, type(b).__name__)
b[0] = 65
b.append(66)
b.extend(b'CD')
del b[1]
print(b, b.pop(), b.find(b'c'), b.decode())
print(hash(B) is not None)
try:
    hash(b)
except TypeError as e:
    print(e)


class Doubled(bytearray):
    def __init__(self, data):
        super().__init__(data * 2)


print(Doubled(b'ab'), Doubled(b''))


class Named(bytearray):
    def __repr__(self):
        return 'Named!'


print(repr(Named(b'q')), [Named(b'q')], str(Named(b'q')))

for args in [('x',), (1, 2), (b'a', 'utf-8'), (-1,)]:
    try:
        B(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

x = B(b'zz')
x.__init__(b'new')
print(x)
bytearray.__init__(x, 2)
print(x)


def use(v):
    v.append(1)
    return v.pop() + len(v)


v = B(b'ab')
s = 0
for i in range(200):
    s += use(v)
print(s)
B.pop = lambda self, *a: 100
s = 0
for i in range(200):
    s += use(v)
print(s, len(v))
del B.pop
print(use(v), len(v))
