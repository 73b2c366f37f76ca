# typing's runtime checks and hint evaluation after warm-up, then after the classes and
# globals they read change (protocol members removed, aliases rebound, registrations).
from typing import (Protocol, runtime_checkable, get_type_hints, Generic, TypeVar, List,
                    Optional, Union, NamedTuple, TypedDict, get_origin, get_args)

T = TypeVar('T')
Alias = int


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


class File:
    def close(self):
        return 'closed'


class Holder(Generic[T]):
    def __init__(self, v: T):
        self.v = v


def annotated(x: 'Alias', y: 'Optional[Alias]' = None) -> 'List[Alias]':
    return [x]


class Rec(NamedTuple):
    a: int
    b: str = 'b'


class TD(TypedDict):
    k: 'Alias'


def probe():
    return (isinstance(File(), Closer), issubclass(File, Closer), Holder[int](1).v,
            get_type_hints(annotated)['x'], Rec(1).b, TD(k=1)['k'],
            get_origin(Holder[int]) is Holder, get_args(Union[int, str]))


first = None
for i in range(150):
    r = probe()
    if first is None:
        first = r
print(first == r, r)
del File.close
Alias = str
print(probe())
File.close = None
print(isinstance(File(), Closer))
File.close = lambda self: 1
print(isinstance(File(), Closer), get_type_hints(TD), get_type_hints(annotated))


# Subscripting a user generic many times, then redefining its parameters' meaning.
def sub(cls, arg):
    return cls[arg]


for i in range(150):
    a = sub(Holder, int)
    b = sub(List, str)
print(a, b, a == Holder[int], hash(a) == hash(Holder[int]))
Holder.__parameters__ = ()
try:
    sub(Holder, int)
except TypeError as e:
    print('TypeError', e)

# Subscriptions are cached: the same arguments give the same object.
from typing import Literal, Dict, Callable, Tuple, Annotated
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Union[int, str] is Union[int, str],
      Literal[1] is Literal[1], Literal[1] is Literal[True], Literal[1] == Literal[True],
      Callable[[int], str] is Callable[[int], str], Tuple[int, ...] is Tuple[int, ...],
      Annotated[int, 'x'] is Annotated[int, 'x'], List[[]] if False else List[list[int]] is List[list[int]])
print(Literal[True], Literal[1], Literal[0, False], Literal[[1]] if False else Literal[(1, 2)])
