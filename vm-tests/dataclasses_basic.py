# dataclasses: generated __init__/__repr__/__eq__/order/__hash__, defaults and factories,
# frozen instances, the class attributes the decorator sets, and the generated functions'
# names and annotations; the hot paths run again after warm-up and after rebinding methods.
from dataclasses import dataclass, field, fields, FrozenInstanceError, MISSING, Field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1), p != Point(1, 2), p == (1, 0, []), Point(1, 2, ['a']))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__init__.__annotations__, Point.__match_args__, Point.__doc__)
print(Point.__dataclass_params__, list(Point.__dataclass_fields__), Point.__hash__)
print(fields(Point)[1].name, fields(Point)[1].default, fields(Point)[2].default_factory)
print(Point.y, hasattr(Point, 'x'), hasattr(Point, 'tags'), Point.__init__.__defaults__[0])
a, b = Point(1), Point(1)
a.tags.append(1)
print(a.tags, b.tags, Point(y=5, x=3), Point(*[7, 8]))
for args, kwargs in [((), {}), ((1, 2, [], 4), {}), ((1,), {'x': 2}), ((1,), {'z': 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v = Version(1, 2)
print(v, hash(v) == hash((1, 2)), Version(1, 2, 'x') == v, Version(1) < v, v <= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1, 2, 'b')]), max(Version(0, 9), Version(0, 10)))
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            v.major = 3
        elif action == 'del':
            del v.minor
        else:
            v.other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)
print(Version.__lt__.__qualname__, Version.__setattr__.__qualname__, Version.__hash__.__qualname__)


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: float = field(default=1.0, hash=False)
    meta: dict = field(default=None, compare=False, repr=False, metadata={'unit': 'kg'})


t = Tagged('a', 2.0)
print(t, hash(t) == hash(('a',)), fields(Tagged)[2].metadata, fields(Tagged)[2].metadata['unit'])


@dataclass(eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, '__eq__' in Plain.__dict__)


@dataclass
class WithEq:
    a: int

    def __eq__(self, other):
        return True


print(WithEq(1) == WithEq(2), WithEq.__hash__, WithEq(3))


@dataclass(repr=False, init=False)
class Bare:
    a: int = 5


print(Bare().a, Bare.__repr__ is object.__repr__, Bare.__doc__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__, fields(Empty))


@dataclass
class Selfish:
    self: int
    other: int = 1


print(Selfish(5), Selfish(self=3, other=4))


class Plain2:
    pass


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)
print(repr(field()).replace(repr(MISSING), 'MISSING'), repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'), isinstance(field(), Field))


def churn(n):
    out = None
    for i in range(n):
        p = Point(i, 2)
        q = Point(i, 2)
        out = [p == q, repr(p), Version(1, i % 3) < Version(1, 2), hash(Version(i, 1)) == hash((i, 1))]
    return out


print(churn(200))
Point.__repr__ = lambda self: 'P<%d>' % self.x
Point.__eq__ = lambda self, other: False
print(churn(2))
del Point.__eq__
print(churn(1), Point(1) == Point(1))
