# ABC checks and instantiation after warm-up, then after registration, method assignment,
# update_abstractmethods and __abstractmethods__ changes.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Square(Shape):
    def area(self):
        return 4

    @property
    def name(self):
        return 'square'


class Loose:
    def area(self):
        return 1


def make(cls):
    try:
        return type(cls()).__name__
    except TypeError as e:
        return 'TypeError: ' + str(e)


def check(obj):
    return isinstance(obj, Shape), issubclass(type(obj), Shape)


r = None
for i in range(300):
    r = (make(Shape), make(Square), check(Square()), check(Loose()), abc.get_cache_token())
print(r[:4])
tok = abc.get_cache_token()
Shape.register(Loose)
print(check(Loose()), abc.get_cache_token() != tok, make(Loose))
Square.__abstractmethods__ = frozenset({'area', 'extra'})
print(make(Square))
Square.__abstractmethods__ = frozenset()
print(make(Square))


class Later(Shape):
    pass


for i in range(200):
    m = make(Later)
print(m)
Later.area = lambda self: 0
Later.name = property(lambda self: 'later')
print(make(Later))
abc.update_abstractmethods(Later)
print(make(Later), Later().name)
Later.area = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Later)
print(make(Later))


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'hook_me') else NotImplemented


class Candidate:
    pass


for i in range(200):
    h = isinstance(Candidate(), Hooked)
print(h)


class Candidate2:
    hook_me = 1


print(isinstance(Candidate2(), Hooked), issubclass(Candidate2, Hooked))
