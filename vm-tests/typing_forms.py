# typing's special forms and aliases: reprs, equality, get_origin/get_args, get_type_hints,
# the helpers (cast, overload, final, NewType, ...) and the errors of common misuse.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V', bound=int); C = TypeVar('C', int, str); Co = TypeVar('Co', covariant=True); Contra = TypeVar('Contra', contravariant=True)
print(T, Co, Contra, V.__bound__, C.__constraints__, T.__name__, T.__module__, isinstance(T, TypeVar))
print(List[int], Dict[str, int], Set[int], FrozenSet[str], Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(Iterator[int], Iterable[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, int])
print(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int], Awaitable[int], Coroutine[int, int, int], AsyncIterator[int])
print(Pattern, Pattern[str], Match[bytes], ContextManager[int], IO[str], TextIO, BinaryIO, IO)
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar[int], Final[int], Literal[1, 'a', None], Annotated[int, 'meta', 3])
print(List[T], Dict[K, V], List[T][int], Dict[K, V][str, int], Mapping[str, T][int])
print(List, Dict, typing.List.__origin__, List[int].__origin__, List[int].__args__)
print(Text, AnyStr, TYPE_CHECKING, Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(int | str))
print(List[int] == List[int], List[int] == list[int], Literal[1, 2] == Literal[2, 1], Optional[int] == Union[int, None])
print(get_origin(List[int]), get_origin(list[int]), get_origin(int | str), get_origin(Union[int, str]), get_origin(int), get_origin(Annotated[int, 1]), get_origin(Literal[1]), get_origin(Generic), get_origin(Callable[[int], str]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(int | str), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Annotated[int, 'x']), get_args(int), get_args(Tuple[int, ...]), get_args(Literal[1, 2]))
print(cast(int, 'x'), cast('int', 3))
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Hashable), issubclass(dict, Mapping), isinstance(1, Union[int, str]), isinstance(1, Optional[str]))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Dict[int], lambda: Generic[int], lambda: Generic[T, T], lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int), lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Any(), lambda: List(), lambda: Union(), lambda: ClassVar[int, str], lambda: Callable[int], lambda: isinstance(1, Union), lambda: Literal[1]() , lambda: List[int][str], lambda: Tuple[int](), lambda: NoReturn[int], lambda: Union[int, 3]]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
def f(a: int, b: 'str' = 'x', *args: 'List[int]', c: Optional[int] = None, **kw: Annotated[float, 'u']) -> 'Dict[str, int]': ...
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
class Node:
    val: int
    nxt: 'Optional[Node]'
    tags: ClassVar[List[str]] = []
    meta: Annotated['int', 'positive']
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(Node.__annotations__)
class Sub(Node):
    extra: 'float'
print(get_type_hints(Sub))
X = List['Node']
print(X, get_type_hints(type('Q', (), {'__annotations__': {'x': X}, '__module__': '__main__'})))
try:
    def g(x: 'Undefined'): pass
    get_type_hints(g)
except NameError as e: print('NameError', e)
print(ForwardRef('int'), ForwardRef('int') == ForwardRef('int'))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3), len(get_overloads(h)))
@final
class Fin: pass
print(Fin.__final__)
@no_type_check
def ntc(x: 'bad'): pass
print(get_type_hints(ntc), ntc.__no_type_check__)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)))
try:
    class Bad(UserId): pass
except TypeError as e: print(e)
try: assert_never(3)
except AssertionError as e: print(e)
print(reveal_type(5))
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int], Concatenate[int, P])
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], TypeGuard[int], Required[int], NotRequired[str])
@dataclass_transform()
def dt(cls): return cls
print(dt.__dataclass_transform__)
print(Union[int, str] | None, int | List[str], Optional[int] | str, List[int] | None)
print(T | None, None | T, T | int)
print(typing.Optional, typing.Union, typing.Literal, typing.Callable[[int], int].__args__)
