# A typical use of abc: an abstract interface, concrete subclasses, an uncaught error at the end.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        """Area of the shape."""

    @property
    @abstractmethod
    def sides(self):
        ...

    @classmethod
    def describe_all(cls, shapes):
        return [s.describe() for s in shapes]

    def describe(self):
        return f'{self.name}: {self.sides} sides, area {self.area():.2f}'


class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def sides(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def sides(self):
        return 4


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'


shapes = [Circle(1), Rect(2, 3), Square(2)]
for line in Shape.describe_all(shapes):
    print(line)
print(sorted(s.name for s in shapes if isinstance(s, Shape)))
print(Shape.__abstractmethods__ == {'area', 'sides'}, Square.__abstractmethods__)


class Triangle(Shape):
    def area(self):
        return 0.5


Triangle('tri')
