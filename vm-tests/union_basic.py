# X | Y unions (types.UnionType): construction, flattening, dedup, reprs, equality, hashing.
import types
import typing

u = int | str
print(u, type(u), u.__args__, u.__parameters__, type(u).__module__, u.__module__)
print(int | None, None | int, int | int, (int | str) | (str | float), int | str | int)
print(type(None) | int, int | type(None), (int | None).__args__)
print(list[int] | None, dict[str, list[int]] | int, list[int] | list[int], list[int] | list[str])
print((int | str) == (str | int), (int | str) != (str | int), (int | str) == (int | float))
print(hash(int | str) == hash(str | int), (int | str) == typing.Union[int, str])
print(hash(int | str) == hash(typing.Union[str, int]), {int | str: 1}[str | int])
print((int | str) == 3, (int | str).__eq__(3), (int | str).__or__(3), (int | str).__ror__(3))
print(type(int | str) is types.UnionType, isinstance(int | str, types.UnionType))

# Mixed with typing's forms: the typing object's __or__/__ror__ answers.
print(typing.List[int] | None, int | typing.List[int], typing.Optional[int] | str)
print(int | typing.Optional[str])

# Type variables become parameters and can be substituted.
T = typing.TypeVar('T')
K = typing.TypeVar('K')
alias = list[T] | None
print(alias, alias.__parameters__, alias[int], (dict[K, T] | T)[str, int])
print(list[T], list[T].__parameters__, list[T][int], dict[K, list[T]][str, int])
print(list[int].__parameters__, list[int].__origin__, list[int].__args__)

# Errors.
for bad in [lambda: int | 1, lambda: 1 | int, lambda: int | "x", lambda: "x" | int,
            lambda: (int | str) | 3, lambda: types.UnionType(), lambda: (int | str)[int],
            lambda: list[int][int], lambda: alias[int, str], lambda: list[T][()],
            lambda: (int | str) < (int | str)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    class Sub(types.UnionType):
        pass
except TypeError as e:
    print('TypeError', e)


# Warm-up: the same | and == run many times, then the classes change.
def join(a, b):
    return a | b


class Meta(type):
    pass


class K1(metaclass=Meta):
    pass


res = None
for _ in range(300):
    res = join(int, str)
    same = res == join(str, int)
    k = join(K1, None)
print(res, same, k)
Meta.__or__ = lambda cls, other: 'custom or'
Meta.__ror__ = lambda cls, other: 'custom ror'
print(join(K1, int), join(int, K1), join(int, str))
del Meta.__or__, Meta.__ror__
print(join(K1, int).__args__ == (K1, int), join(int, K1))
for _ in range(200):
    r = join(list[int], None)
print(r, join(list, None))
for f in [lambda: list[int].foo, lambda: (int|str).foo, lambda: list[int].__name__, lambda: list[int].__module__, lambda: list[3], lambda: dict[int, list[str]].__args__, lambda: list[int](range(3)), lambda: list[int] == list, lambda: type(list[int]).__name__, lambda: type(int|str).__name__, lambda: repr(type(int|str)), lambda: hash(list[[]]), lambda: int | list[[]]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
class A:
    def __class_getitem__(cls, item): return types.GenericAlias(cls, item)
print(A[int], A[int] | None, A[int].__origin__)
