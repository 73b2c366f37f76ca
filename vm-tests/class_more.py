class Audit:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f'no access to {name}')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'default:{name}'
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
a = Audit()
a.x = 1
print(a.x, a.missing, a.secret_key)
del a.x
print(a.log, a.x)

class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'Cmp({self.v})'
print(Cmp(1) < Cmp(2), Cmp(3) < Cmp(2), sorted([Cmp(3), Cmp(1), Cmp(2)]))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', None)
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), object.__eq__(1, 1), object.__ne__(EqOnly(1), EqOnly(1)))
class Child(EqOnly):
    pass
print(Child.__hash__ is None)
class Hashable(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Hashable(1))).__name__)

class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return f'round({n})'
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __floordiv__(self, o): return 'floordiv'
    def __truediv__(self, o): return 'truediv'
    def __mod__(self, o): return 'mod'
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
    def __matmul__(self, o): return 'matmul'
    def __repr__(self): return f'Num({self.v})'
n = Num(-3)
print(abs(n), round(n), round(n, 2), divmod(n, 2), divmod(2, n), n ** 2, 2 ** n, pow(n, 2, 5))
print(n // 1, n / 1, n % 1, n << 1, n & 1, n | 1, n ^ 1, ~n, n @ n)

class Rev:
    def __init__(self, items): self.items = items
    def __reversed__(self): return iter(self.items[::-1])
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(SeqOnly())), list(SeqOnly()))

class Generic:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Generic[int])

class Mutable:
    items = []
    def add(self, x):
        self.items.append(x)
m1, m2 = Mutable(), Mutable()
m1.add(1); m2.add(2)
print(Mutable.items, m1.items is m2.items)

class KW:
    def __init__(self, a, *, b=2, **rest):
        self.a, self.b, self.rest = a, b, rest
k = KW(1, b=3, c=4)
print(k.a, k.b, k.rest)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class OnlyRepr:
    def __repr__(self): return 'R!'
print(str(OnlyRepr()), f'{OnlyRepr()}', [OnlyRepr()], format(OnlyRepr(), ''))
class WriteOnly:
    def __set__(self, obj, v):
        obj.__dict__['w'] = v * 2
class HasWO:
    w = WriteOnly()
h = HasWO()
h.w = 5
print(h.w, type(HasWO.__dict__['w']).__name__)
print(int.__add__(2, 3), list.__len__([1, 2]), str.upper('a'), dict.fromkeys('ab', 0))
print(repr(int.__add__)[:30], (3).__add__(4), 'x'.__len__(), [1].__contains__(1))
print(type(type), type(object), object.__bases__, type.__mro__, isinstance(type, object))
print(issubclass(bool, int), bool.__mro__, KeyError.__mro__)
class WithDoc:
    "doc here"
print(WithDoc.__doc__, WithDoc().__doc__, Num.__doc__)
def annotated(x: list[int], y: dict[str, tuple[int, ...]], *a: int) -> set[str]:
    return x
print(annotated.__annotations__, list[int]([1]), list[int] == list[int], list[int].__origin__)
class Ann:
    a: int = 3
    b: 'str'
print(Ann.__annotations__, Ann.a)
try:
    int[3]
except TypeError as e:
    print(e)
