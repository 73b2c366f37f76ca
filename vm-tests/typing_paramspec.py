# typing: ParamSpec and Concatenate substitution, TypeVarTuple basics, nested substitution.
from typing import *
import typing
P = ParamSpec('P'); T = TypeVar('T'); R = TypeVar('R')
class G(Generic[P, T]): pass
print(G[[int, str], bool], G[..., int], G.__parameters__)
class H(Generic[P]): pass
print(H[int, str], H[[int]], H[...])
C = Callable[P, T]
print(C[[int], str], C[..., int], Callable[[T], R][int, str], Callable[Concatenate[int, P], T][[str], bool])
def deco(f: Callable[P, T]) -> Callable[P, List[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> List[T]:
        return [f(*args, **kwargs)]
    return inner
@deco
def add(a: int, b: int) -> int: return a + b
print(add(1, 2), get_type_hints(deco), get_type_hints(deco.__wrapped__) if hasattr(deco, '__wrapped__') else '')
print(P.args.__origin__ is P, get_origin(P.args), P.args == P.args)
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], [x for x in Ts], Tuple[Unpack[Ts]])
class Arr(Generic[Unpack[Ts]]): pass
print(Arr.__parameters__)
print(typing.assert_type(3, int), typing.is_typeddict(int), typing.get_overloads(add))
S = TypeVar('S', bound='Node')
print(S.__bound__, repr(TypeVar('U', 'int', 'str').__constraints__))
print(Optional[List[Dict[str, Tuple[int, ...]]]])
print(Union[int, List[T]][str], Optional[T][int], Dict[T, T][int], List[Union[T, None]][str])
try: List[T][int, str]
except TypeError as e: print(e)
class MyMap(Dict[str, T]): pass
print(MyMap[int], MyMap.__parameters__, MyMap.__orig_bases__)
