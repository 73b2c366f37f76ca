import math
from functools import total_ordering

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @property
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area:.2f})"
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area < other.area
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area == other.area
    __hash__ = None

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError(f"negative radius: {v}")
        self._r = v
    @property
    def area(self):
        return math.pi * self._r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def __str__(self):
        return f"{self.w}x{self.h}"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 1)]
print(shapes)
print(sorted(shapes))
print(sorted(shapes, key=lambda s: (s.name, s.area)))
print(max(shapes), min(shapes))
print([str(s) for s in shapes])
print(Shape.count)
c = shapes[0]
c.radius = 3
print(c.radius, round(c.area, 3))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x").area
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Square(3) == Rect(9, 1), Square(3) != Rect(3, 3))
try:
    hash(Square(1))
except TypeError as e:
    print(e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__)
print(Square.__bases__, Rect.__name__, Square.__qualname__)
try:
    shapes[0] < 5
except TypeError as e:
    print(e)
try:
    del c.radius
except AttributeError as e:
    print(e)
try:
    Rect(1,2).area = 5
except AttributeError as e:
    print(e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
    def __hash__(self):
        return hash(self.parts)

vs = [Version("1.10.0"), Version("1.2"), Version("1.2.3"), Version("0.9")]
print(sorted(vs), max(vs))
print(Version("1.2") >= Version("1.1"), Version("1.2") <= Version("1.1"))
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))
