# collections.namedtuple: fields, defaults, _make/_replace/_asdict, subclassing, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(y=10), Point._make([7, 8]), Point._fields, Point._field_defaults)
print(type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__, Point)
print(isinstance(p, tuple), issubclass(Point, tuple), Point.__doc__, Point.x.__doc__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max([Point(2, 1), Point(1, 5)], key=lambda q: q.y))

Color = namedtuple('Color', 'red green blue alpha', defaults=[255])
print(Color(1, 2, 3), Color(1, 2, 3, 0), Color._field_defaults)
Pair = namedtuple('Pair', 'first, second', defaults=(None, None))
print(Pair(), Pair(1), Pair(second=2))
Single = namedtuple('Single', 'only')
print(Single(1), Single._make([5]))
Renamed = namedtuple('Renamed', ['ok', 'def', 'ok', '_x', '1bad'], rename=True)
print(Renamed._fields)

class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector.__mro__[1].__name__)

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90), Employee('cid', 'eng', 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sum(e.salary for e in staff if e.dept == 'eng'))
print(sorted(staff, key=lambda e: e.salary)[0])

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

attempt('missing', lambda: Point(1))
attempt('too many', lambda: Point(1, 2, 3))
attempt('unknown kw', lambda: Point(1, z=2))
attempt('make short', lambda: Point._make([1]))
attempt('replace bad', lambda: p._replace(z=1))
attempt('setattr', lambda: setattr(p, 'x', 5))
attempt('bad name', lambda: namedtuple('Bad', 'a b-c'))
attempt('keyword', lambda: namedtuple('Bad', 'class x'))
attempt('underscore', lambda: namedtuple('Bad', '_a b'))
attempt('duplicate', lambda: namedtuple('Bad', 'a a'))
attempt('defaults', lambda: namedtuple('Bad', 'a', defaults=[1, 2]))
attempt('type name', lambda: namedtuple('1Bad', 'a'))
