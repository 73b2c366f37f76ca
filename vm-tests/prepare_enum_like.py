# An enum-like metaclass built on __prepare__: the namespace records definition order,
# rejects duplicate member names, and the class gets its members in order.


class MemberDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key.startswith('_') or callable(value) or isinstance(value, (classmethod, staticmethod, property)):
            super().__setitem__(key, value)
            return
        if key in self.order:
            raise TypeError(f'Attempted to reuse key: {key!r}')
        self.order.append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        raise TypeError(f'cannot delete member {key!r}')


class Member:
    def __init__(self, owner, name, value):
        self.owner, self.name, self.value = owner, name, value

    def __repr__(self):
        return f'<{self.owner.__name__}.{self.name}: {self.value!r}>'


class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return MemberDict()

    def __new__(mcls, name, bases, ns, **kwds):
        order = list(ns.order)
        plain = {k: v for k, v in ns.items() if k not in order}
        cls = super().__new__(mcls, name, bases, plain)
        cls._members = {}
        for k in order:
            m = Member(cls, k, ns[k])
            cls._members[k] = m
            setattr(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = RED + GREEN

    def describe(self):
        return 'a color'


print(list(Color), len(Color), Color['GREEN'], Color.BLUE.value, Color.describe(None))
print(type(Color).__name__, [m.name for m in Color])

try:
    class Dup(metaclass=EnumMeta):
        A = 1
        B = 2
        A = 3
except TypeError as e:
    print('TypeError', e)

try:
    class Del(metaclass=EnumMeta):
        A = 1
        del A
except NameError as e:
    print('NameError', e, '(the TypeError of __delitem__ is replaced)')


class Shape(metaclass=EnumMeta):
    _ignore = 'x'
    SQUARE = 4
    TRIANGLE = 3
    CIRCLE = 0


print([(m.name, m.value) for m in Shape], Shape._ignore)


# warm-up: define many enums, then change the namespace's __setitem__, then again
def define(n):
    class E(metaclass=EnumMeta):
        A = n
        B = n + 1
    return [m.value for m in E]


print(sum(sum(define(i)) for i in range(200)))
orig = MemberDict.__setitem__
MemberDict.__setitem__ = lambda self, k, v: orig(self, k, v * 10 if isinstance(v, int) else v)
print(sum(sum(define(i)) for i in range(200)))
MemberDict.__setitem__ = orig
print(define(7))
