# isinstance/issubclass with X | Y unions, and parameterized generics refusing checks.
import abc
import collections.abc

print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.0, int | str))
print(isinstance(None, int | None), isinstance(None, int | str), isinstance(True, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print(isinstance(1, (str, int | float)), isinstance([], (str, list | dict)), isinstance(1, int | list[int]))
print(isinstance([], collections.abc.Sized | int), issubclass(dict, collections.abc.Mapping | int))

for bad in [lambda: isinstance('', int | list[int]), lambda: isinstance(1, list[int]),
            lambda: issubclass(int, list[int]), lambda: issubclass(1, int | str),
            lambda: isinstance(1, 3), lambda: issubclass(int, 3), lambda: isinstance(1, (int, 3)),
            lambda: isinstance(1, str | (int, float)) if False else isinstance('', (int, 3)),
            lambda: issubclass(list, dict[str, int] | list)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)


class Base(abc.ABC):
    pass


class Plain:
    pass


def check(x, spec):
    return isinstance(x, spec)


def subcheck(c, spec):
    return issubclass(c, spec)


spec = Base | str
res = []
for i in range(300):
    res.append(check(Plain(), spec))
    res.append(subcheck(Plain, spec))
print(res.count(True), res.count(False))
Base.register(Plain)
print(check(Plain(), spec), subcheck(Plain, spec), check(3, spec))


class Custom(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'


class Magic(metaclass=Custom):
    pass


for i in range(200):
    r = check('magic', int | Magic), check('other', int | Magic)
print(r)
Custom.__instancecheck__ = lambda cls, obj: True
print(check('other', int | Magic))


# An object whose class answers __instancecheck__ may stand in a union's place in a tuple.
class Anything:
    def __instancecheck__(self, obj):
        return True

    def __subclasscheck__(self, cls):
        return cls is bytes


print(isinstance(3, Anything()), issubclass(bytes, Anything()), issubclass(int, (Anything(), str)))
