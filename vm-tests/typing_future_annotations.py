# from __future__ import annotations: annotations are stored as their source text.
from __future__ import annotations
from typing import *
import typing
def f(a: int, b: List[int] = [], *args: Optional[str], c: dict[str, int | None] = None, **kw: Callable[[int], str]) -> Tuple[int, ...]: pass
print(f.__annotations__)
def g(x: 'quoted', y: a.b[c], z: Literal['x', 1, -2, 3.5, None, True], w: lambda: 1 if x else y, v: {1: 2, **d}, u: [1, *z], t: (1,), s: x[1:2, ::3], r: not x and y or z, q: -x ** 2, p: f(*a, k=1, **b)) -> None: pass
print(g.__annotations__)
def h(a: x + y * z, b: (x + y) * z, c: x if y else z, d: {x for x in y}, f: x.y.z(), g: x @ y, h: ~x, i: x < y <= z, j: f"a{b!r:>3}c", k: b'x', l: ..., m: 1e10, n: 1j, o: "it's", r: x[()], s: x[1,], t: {**a}) -> None: pass
print(h.__annotations__)
class C:
    x: int
    y: Optional[C] = None
print(C.__annotations__, get_type_hints(C))
print(get_type_hints(f))
def k(a: lambda x, y=1, /, z=2, *r, w, v=3, **q: x, b: lambda *, k: 0, bb: lambda *r, **q: 0, bc: lambda **q: 0, c: lambda: (1, 2),
      d: [x for x, y in z if x if y], e: {k: v for k, v in d.items()}, f: (i for i in range(3)),
      g: [x for x in (1, 2) for y in x], h: f'{x}{{lit}}{y!s:{w}}{ {1: 2}[1]}', i: f'plain',
      l: [*a, *b], m: x[1:2], n: (a, b), o: lambda: lambda: 0, p: 1 if (lambda: 0) else 2) -> None:
    pass


for key, value in k.__annotations__.items():
    print(key, value)
