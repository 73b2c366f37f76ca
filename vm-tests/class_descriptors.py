# property, staticmethod, classmethod, __slots__, custom descriptors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        "Celsius."
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.f = 1
except AttributeError as e:
    print(e)
del t.c
print(hasattr(t, '_c'))

class Util:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, x):
        return cls.factor * x
class Util2(Util):
    factor = 10
print(Util.add(1, 2), Util().add(3, 4), Util.scaled(2), Util2.scaled(2), Util2().scaled(1))
print(isinstance(Util.__dict__['add'], staticmethod), isinstance(Util.__dict__['scaled'], classmethod))

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x, hasattr(s, 'y'))
s.y = 2
print(s.y)
try:
    s.z = 3
except AttributeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
del s.y
try:
    s.y
except AttributeError as e:
    print(e)

class SubSlotted(Slotted):
    pass
ss = SubSlotted(5)
ss.other = 1
print(ss.x, ss.other)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person('Ann', 30)
print(pp.name, pp.age, type(Person.name).__name__)
try:
    pp.age = 'old'
except TypeError as e:
    print(e)

class NonData:
    def __get__(self, obj, owner):
        return 'from descriptor'
class UsesNonData:
    attr = NonData()
u = UsesNonData()
print(u.attr)
u.__dict__['attr'] = 'from dict'
print(u.attr)

# property without setter
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
p2 = property(lambda self: 42)
class Late:
    answer = p2
print(Late().answer)
