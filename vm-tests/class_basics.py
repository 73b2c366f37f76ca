# Classes: attributes, methods, class vs instance attributes, __dict__, vars, dir
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(p.move(1).x, p.move(dy=2, dx=0).y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__.__name__)
print(sorted(vars(p).items()), p.__dict__ == {'x': 4, 'y': 6})
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims)
print([n for n in dir(p) if not n.startswith('_')])
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'z', 'default'))
setattr(p, 'z', 10)
print(p.z)
delattr(p, 'z')
print(hasattr(p, 'z'))
f = Point.norm2
print(f(p), Point.norm2(Point(1, 1)))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)

class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__bases__, Empty.__mro__)
print(isinstance(e, object), issubclass(Empty, object))

def method(self):
    return 'added'
Empty.method = method
print(e.method())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
for _ in range(3):
    c = Counter()
print(Counter.count, c.id)

# class-level names and nested classes
class Outer:
    class Inner:
        def hello(self):
            return 'inner'
    x = [i * 2 for i in range(3)]
print(Outer.Inner().hello(), Outer.Inner.__qualname__, Outer.x)

# errors
try:
    p.missing
except AttributeError as ex:
    print(ex)
try:
    Point.missing
except AttributeError as ex:
    print(ex)
try:
    Point()
except TypeError as ex:
    print(ex)
try:
    Empty(1)
except TypeError as ex:
    print(ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(ex)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as ex:
    print(ex)
