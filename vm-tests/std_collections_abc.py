# abc.ABC/abstractmethod enforcement, collections.abc one-trick ABCs, mixins, register().
from abc import ABC, abstractmethod, ABCMeta
import collections, collections.abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container, Generator, Set, MutableSequence, Collection, Reversible
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f'{type(self).__name__} area={self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
for cls in (Shape, Sq):
    try: cls()
    except TypeError as e: print(e)
print(Sq2(3).describe(), isinstance(Sq2(1), Shape), Shape.__abstractmethods__ == frozenset({'area','perimeter'}), Sq2.__abstractmethods__)
for v in [[], (), {}, set(), 'x', 3, 3.5, None, range(3), iter([]), (x for x in []), len, b'', collections.deque(), collections.Counter()]:
    print(type(v).__name__, [c.__name__ for c in (Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container, Generator, Set, MutableSequence, Collection, Reversible) if isinstance(v, c)])
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m.keys()))
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
class Reg: pass
Iterable.register(Reg)
print(isinstance(Reg(), Iterable), issubclass(Reg, Iterable))
@Sequence.register
class Reg2: pass
print(issubclass(Reg2, Sequence), issubclass(Reg2, Iterable), issubclass(Reg2, Reversible))
print(collections.abc.Mapping, collections.abc.__name__, isinstance(collections.OrderedDict(), MutableMapping))
class P:
    @property
    @abstractmethod
    def x(self): ...
class Q(P, metaclass=ABCMeta): pass
try: Q()
except TypeError as e: print(e)
cm = collections.ChainMap({'a': 1}, {'b': 2})
print(isinstance(cm, MutableMapping), cm.get('b'), dict(cm))
