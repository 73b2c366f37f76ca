# typing: Generic subclasses and subscription, Protocol with runtime_checkable, NamedTuple
# (class and functional forms), TypedDict (total, Required/NotRequired).
from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class Box(Generic[T]):
    def __init__(self, item: T) -> None: self.item = item
    def get(self) -> T: return self.item
print(Box, Box[int], Box.__parameters__, Box.__orig_bases__, Box.__mro__)
b = Box[int](3); print(b.get(), b.__orig_class__, type(b))
print(Box(4).get(), hasattr(Box(4), '__orig_class__'))
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair.__parameters__, Pair[str, T][int] if False else Pair[str, T])
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__, IntBox(2).get())
class Both(Box[T], Pair[K, V]): pass
print(Both.__parameters__, Both[int, str, float])
class MyList(List[T]): pass
print(MyList.__mro__, MyList[int], MyList([1,2]))
class MyDict(Dict[str, int]): pass
print(MyDict.__mro__, MyDict(a=1))
for bad in [lambda: Box[int, str], lambda: IntBox[int], lambda: Pair[int]]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    class X(Generic[T], Generic[K]): pass
except TypeError as e: print(e)
try:
    class Y(Box[T], Generic[K]): pass
except TypeError as e: print(e)
try:
    class Z(Generic): pass
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self): pass
class NotRes: pass
print(isinstance(Res(), Closable), isinstance(NotRes(), Closable), issubclass(Res, Closable), issubclass(NotRes, Closable))
class Sized2(Protocol):
    def size(self) -> int: ...
try: isinstance(Res(), Sized2)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
@runtime_checkable
class HasName(Protocol):
    name: str
class N: 
    def __init__(self): self.name = 'x'
print(isinstance(N(), HasName), isinstance(Res(), HasName))
try: issubclass(N, HasName)
except TypeError as e: print(e)
class Impl(Closable):
    def close(self): return 'closed'
print(Impl().close(), isinstance(Impl(), Closable))
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
try: runtime_checkable(Res)
except TypeError as e: print(e)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat), issubclass(int, SupportsIndex), isinstance(1, SupportsAbs))
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), p._asdict(), isinstance(p, tuple), Point.__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2('b', 2))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e: print(e)
class GNT(NamedTuple, Generic[T]):
    v: int
print(GNT(1))
class Movie(TypedDict):
    name: str
    year: int
class MovieX(Movie, total=False):
    rating: float
m = Movie(name='Blade', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, MovieX.__optional_keys__, sorted(MovieX.__required_keys__), MovieX.__total__, Movie.__total__, MovieX.__annotations__)
print(Movie.__mro__, is_typeddict(Movie), is_typeddict(dict))
try: isinstance(m, Movie)
except TypeError as e: print(e)
Alt = TypedDict('Alt', {'a': int, 'b': str}, total=False)
print(Alt(a=1), Alt.__optional_keys__ == {'a','b'}, Alt.__total__, Alt.__module__)
class RD(TypedDict, total=False):
    req: Required[int]
    opt: str
    nreq: NotRequired[int]
print(sorted(RD.__required_keys__), sorted(RD.__optional_keys__))
print(get_type_hints(RD), get_type_hints(RD, include_extras=True))
print(get_type_hints(Point), get_type_hints(Movie))
try:
    class BadTD(TypedDict, int): pass
except TypeError as e: print(e)
