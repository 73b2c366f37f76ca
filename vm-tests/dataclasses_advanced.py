# dataclasses: inheritance of fields, kw_only and KW_ONLY, InitVar and __post_init__, slots,
# asdict/astuple (recursive, deep-copying), replace, make_dataclass, match_args, string
# annotations; conversions repeated after warm-up and after the data changes.
import collections
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY)


@dataclass
class Base:
    x: int
    y: int = 10
    z: str = 'base'


@dataclass
class Derived(Base):
    z: str = 'derived'
    w: list = field(default_factory=lambda: [1, 2])


d = Derived(1)
print(d, [f.name for f in fields(Derived)], Derived.__match_args__, Derived.__doc__)


@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int


@dataclass(kw_only=True)
class MoreOpts(Opts):
    color: str = 'red'
    size: int


o = MoreOpts('n', level=2, size=5)
print(o, MoreOpts.__match_args__, MoreOpts.__init__.__kwdefaults__, MoreOpts.__doc__)
try:
    MoreOpts('n', 2, 5)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 3


print(Mixed(1, 2, b=5), Mixed.__match_args__)


@dataclass
class Scaled:
    raw: int
    factor: InitVar[int] = 2
    scaled: int = field(init=False)
    label: 'InitVar[str]' = 'v'

    def __post_init__(self, factor, label):
        self.scaled = self.raw * factor
        self.tag = label + str(self.scaled)


s = Scaled(3, 5, 'w')
print(s, s.tag, [f.name for f in fields(Scaled)], list(Scaled.__dataclass_fields__))
print(Scaled.__dataclass_fields__['label']._field_type, Scaled.factor, repr(InitVar[int]), InitVar[list[int]])


@dataclass(slots=True, frozen=True)
class Pixel:
    x: int
    y: int = 0


px = Pixel(1)
print(px, Pixel.__slots__, hasattr(px, '__dict__'), hash(px) == hash((1, 0)), Pixel.__qualname__)
try:
    px.x = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(px.__getstate__(), Pixel.y if not isinstance(Pixel.y, int) else 'int default')


@dataclass(slots=True)
class Slotted:
    a: int
    b: list = field(default_factory=list)


sl = Slotted(1)
sl.b.append(2)
try:
    sl.c = 3
except AttributeError as e:
    print('AttributeError', e)
print(sl, Slotted.__slots__)

Pair = collections.namedtuple('Pair', 'left right')


@dataclass
class Leaf:
    value: int
    tags: list = field(default_factory=list)


@dataclass
class Tree:
    name: str
    leaves: list
    index: dict
    pair: Pair
    best: Leaf = None


shared = ['t']
tree = Tree('t', [Leaf(1, shared), Leaf(2)], {'one': Leaf(1), 2: [Leaf(3)]}, Pair(Leaf(4), 5), Leaf(9))
as_dict = asdict(tree)
print(as_dict)
print(astuple(tree))
print(as_dict['leaves'][0]['tags'] is shared, type(as_dict['pair']).__name__)
print(asdict(tree, dict_factory=lambda items: sorted(k for k, _ in items)))
print(astuple(Leaf(1, [2]), tuple_factory=list))
print(replace(tree.best, value=10), tree.best, replace(d, x=5, w=[]))
print(is_dataclass(tree), is_dataclass(Tree), is_dataclass(dict), is_dataclass(Pair(1, 2)))

Account = make_dataclass('Account', [('owner', str), 'notes', ('balance', float, field(default=0.0))],
                         bases=(), namespace={'deposit': lambda self, n: replace(self, balance=self.balance + n)},
                         frozen=True, order=True)
acct = Account('ann', None, 5.0)
print(acct, acct.deposit(10), Account.__doc__, Account.__qualname__, Account('a', 1, 2) < Account('b', 0, 0))
Child = make_dataclass('Child', [('extra', int, field(default=1))], bases=(Base,))
print(Child(7), [f.name for f in fields(Child)])


def where(p):
    match p:
        case Base(0, y):
            return 'on axis y=%d' % y
        case Base(x, 10):
            return 'default y, x=%d' % x
        case _:
            return 'elsewhere'


print(where(Base(0, 3)), where(Base(4)), where(Base(1, 2)))


class Upper:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return 'default'
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value.upper())


@dataclass
class Shout:
    word: Upper = Upper()


print(Shout('hey'), Shout())


def convert(n):
    out = None
    for i in range(n):
        out = (asdict(Leaf(i, [i])), astuple(tree.pair.left), replace(px, y=i))
    return out


print(convert(200))
tree.pair.left.value = 40
tree.pair.left.tags.append('new')
Leaf.__repr__ = lambda self: 'Leaf!'
print(convert(2), tree.pair)
