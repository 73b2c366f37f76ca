# typing edge cases: collections.abc aliases, subclassing special forms, module hints,
# forward references inside generics, Protocol generics.
import typing, collections.abc
from typing import *
print(collections.abc.Callable[[int], str], collections.abc.Iterable[int], collections.abc.Mapping[str, int] | None)
print(list[tuple[int, ...]], type[int], tuple[()], dict[str, 'Foo'], list[...], list[list])
print(get_args(collections.abc.Callable[[int], str]))
for bad in [lambda: type('X', (Union[int, str],), {}), lambda: List[int](), lambda: Dict[str, int](), lambda: isinstance(1, Callable[[int], str]), lambda: isinstance(len, Callable), lambda: issubclass(list, Sequence), lambda: issubclass(list, Sequence[int]), lambda: Literal[1] | Literal[2], lambda: Union[Literal[1], Literal[2]], lambda: Optional[None], lambda: Union[int, None] == Optional[int], lambda: List[int].__name__, lambda: List.__name__, lambda: Optional.__name__ if hasattr(Optional, '__name__') else 'x', lambda: ClassVar, lambda: Final[int].__args__]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    class X(Union[int, str]): pass
except TypeError as e: print(e)
try:
    class Y(Any): pass
    print(Y, Y.__mro__)
except TypeError as e: print(e)
try:
    class Z(Optional[int]): pass
except TypeError as e: print(e)
print(Deque[int]([1]), DefaultDict[str, int](int), Counter[str]('aab'))
T = TypeVar('T', covariant=True)
print(T.__covariant__, T.__contravariant__, T.__bound__, T.__constraints__, T.__name__)
class GP(Protocol[T]):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
print(GP.__parameters__, GP[int], GP.__mro__)
def f(x: 'int') -> None: pass
import sys
mod = sys.modules[__name__]
x: int = 3
y: 'List[int]'
print(get_type_hints(mod))
print(Tuple[int, str].__args__, Tuple, Tuple[int, ...].__args__, tuple[int, ...])
print(repr(Union[int, 'str']), Optional['int'], List['X'])
class Node(Generic[T]):
    children: List['Node[T]']
print(get_type_hints(Node))
print(Callable[[int], str].__origin__, Callable[..., int].__args__, Callable[[], int].__args__)
print(typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ByteString)
print(issubclass(int, Hashable), isinstance([], Sized))
