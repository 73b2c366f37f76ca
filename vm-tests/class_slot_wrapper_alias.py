# A dunder bound to another dunder's builtin slot wrapper (__str__ = int.__repr__, as
# enum's IntEnum does) calls that wrapper, not the class's own slot of the same name.
class Num(int):
    def __repr__(self):
        return 'Num!'

    __str__ = int.__repr__


n = Num(5)
print(str(n), repr(n), format(n), f'{n}', '%s' % n)


class Late(int):
    def __repr__(self):
        return 'Late!'


m = Late(7)
print(str(m))
Late.__str__ = int.__repr__
print(str(m))
Late.__str__ = object.__str__
print(str(m))


class Text(str):
    def __str__(self):
        return 'own str'

    __repr__ = str.__str__


t = Text('abc')
print(repr(t), str(t))


class Flt(float):
    __repr__ = int.__repr__


try:
    repr(Flt(1.5))
except TypeError as e:
    print('TypeError', e)


class L(list):
    __len__ = list.__len__
    __iter__ = list.__iter__


print(len(L([1, 2])), list(L([3])))


def render(objs, k):
    out = None
    for _ in range(k):
        out = [str(o) for o in objs]
    return out


print(render([n, m, t], 200))
Num.__str__ = lambda self: 'lambda str'
print(render([n, m, t], 2))
del Num.__str__
print(render([n], 1))
