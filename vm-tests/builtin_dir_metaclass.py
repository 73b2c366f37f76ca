# dir(cls) asks the metaclass's __dir__ when it defines one (as enum's EnumType does);
# otherwise the default listing; repeated after warm-up and after the metaclass changes.
class Meta(type):
    def __dir__(cls):
        return ['b', 'a', 'custom_' + cls.__name__]


class WithMeta(metaclass=Meta):
    x = 1


class Plain:
    y = 2


print(dir(WithMeta), 'y' in dir(Plain), dir(WithMeta()) == dir(Plain()) or 'x' in dir(WithMeta()))


class Sub(WithMeta):
    pass


print(dir(Sub))


class BadMeta(type):
    def __dir__(cls):
        return 5


class Bad(metaclass=BadMeta):
    pass


try:
    dir(Bad)
except TypeError as e:
    print('TypeError', e)


class RaisingMeta(type):
    def __dir__(cls):
        raise RuntimeError('no listing')


class R(metaclass=RaisingMeta):
    pass


try:
    dir(R)
except RuntimeError as e:
    print('RuntimeError', e)


class TupleMeta(type):
    def __dir__(cls):
        return ('z', 'y')


class T(metaclass=TupleMeta):
    pass


print(dir(T), type(dir(T)).__name__)


def listing(n):
    out = None
    for _ in range(n):
        out = (dir(WithMeta), len(dir(Plain)) > 20)
    return out


print(listing(200))
Meta.__dir__ = lambda cls: ['changed']
print(listing(2))
del Meta.__dir__
print('x' in listing(1)[0], '__module__' in dir(WithMeta))
