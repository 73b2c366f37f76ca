# dataclasses: the errors of bad definitions and bad calls, raised again after warm-up.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, KW_ONLY

sources = [
    "@dataclass\nclass C:\n    x: int = 1\n    y: int",
    "@dataclass\nclass C:\n    x: list = []",
    "@dataclass\nclass C:\n    x: dict = {}",
    "@dataclass\nclass C:\n    x: set = set()",
    "@dataclass(order=True, eq=False)\nclass C:\n    x: int",
    "@dataclass\nclass C:\n    x = field()",
    "@dataclass(order=True)\nclass C:\n    x: int\n    def __lt__(self, o): pass",
    "@dataclass(unsafe_hash=True)\nclass C:\n    x: int\n    def __hash__(self): pass",
    "@dataclass(frozen=True)\nclass C:\n    x: int\n    def __setattr__(self, n, v): pass",
    "@dataclass\nclass B:\n    x: int\n@dataclass(frozen=True)\nclass C(B):\n    y: int = 0",
    "@dataclass(frozen=True)\nclass B:\n    x: int\n@dataclass\nclass C(B):\n    y: int = 0",
    "@dataclass\nclass C:\n    a: KW_ONLY\n    b: KW_ONLY",
    "@dataclass\nclass C:\n    x: dataclasses.InitVar[int] = field(default_factory=list)",
    "@dataclass(slots=True)\nclass C:\n    __slots__ = ('x',)\n    x: int",
    "@dataclass(weakref_slot=True)\nclass C:\n    x: int",
    "field(default=1, default_factory=list)",
    "fields(1)",
    "fields(int)",
    "asdict(1)",
    "asdict(dataclasses.make_dataclass('M', ['a']))",
    "astuple('x')",
    "replace(3, x=1)",
    "make_dataclass('M', ['class'])",
    "make_dataclass('M', ['a b'])",
    "make_dataclass('M', ['a', 'a'])",
    "make_dataclass('M', [('a', int, 5, 4)])",
    "make_dataclass('M', [3])",
]
env = {'dataclass': dataclass, 'field': field, 'fields': fields, 'asdict': asdict,
       'astuple': astuple, 'replace': replace, 'make_dataclass': make_dataclass,
       'KW_ONLY': KW_ONLY, 'dataclasses': dataclasses}
for src in sources:
    try:
        exec(src, dict(env))
        print('no error:', src.splitlines()[-1])
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Item:
    name: str
    qty: int = 1
    note: str = field(default='', init=False)
    extra: dataclasses.InitVar[int] = 0

    def __post_init__(self, extra):
        self.note = 'x' * extra


for bad in [lambda: replace(Item('a'), note='n'), lambda: Item(), lambda: Item('a', 1, 2, 3),
            lambda: Item('a', note='n'), lambda: Item('a', qty=1, extra=1, bad=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class NeedsInitVar:
    a: int
    b: dataclasses.InitVar[int]

    def __post_init__(self, b):
        self.total = self.a + b


try:
    replace(NeedsInitVar(1, 2), a=3)
except ValueError as e:
    print('ValueError', e)
print(replace(NeedsInitVar(1, 2), b=5).total)


@dataclass
class PostFails:
    a: int

    def __post_init__(self):
        if self.a < 0:
            raise ValueError('negative a: %d' % self.a)


def attempt(n):
    caught = []
    for i in range(n):
        try:
            PostFails(-i)
        except ValueError as e:
            caught.append(str(e))
        try:
            Item()
        except TypeError as e:
            caught.append(str(e))
    return caught[-3:]


print(attempt(200))
PostFails.__post_init__ = lambda self: None
print(attempt(2), PostFails(-5))
