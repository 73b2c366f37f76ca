# Many short-lived point objects (an ordinary class, no __slots__) made from trigonometric
# functions, normalised, and folded into a component-wise maximum and a centroid.
# Stresses float arithmetic, math calls, and allocating and freeing small instances.
import math


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Point(%.6f, %.6f, %.6f)" % (self.x, self.y, self.z)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        n = self.length()
        self.x /= n
        self.y /= n
        self.z /= n

    def maximum(self, other):
        return Point(max(self.x, other.x), max(self.y, other.y), max(self.z, other.z))

    def plus(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)


def on_curve(i):
    t = i * 0.001
    x = math.sin(t) * math.cos(3.0 * t)
    return Point(x, math.cos(t) * 2.5, x * x / 2.0 + 0.25)


def run(count):
    points = [on_curve(i) for i in range(count)]
    for p in points:
        p.normalize()
    top = points[0]
    total = Point(0.0, 0.0, 0.0)
    for p in points[1:]:
        top = top.maximum(p)
        total = total.plus(p)
    centroid = Point(total.x / count, total.y / count, total.z / count)
    return top, centroid


for _ in range(5):
    top, centroid = run(100_000)
print("maximum", top, "centroid", centroid)
assert repr(top) == "Point(0.654294, 0.995037, 1.000000)", top
assert repr(centroid) == "Point(0.000259, -0.005281, 0.283850)", centroid
