"""Module doc."""
from __future__ import annotations, division
import __future__

def f(a: Undefined, b: list[dict[str, int | None]], *args: tuple[int, ...], c: "quoted" = 1,
      **kw: Callable[[int, str], bool]) -> Optional[Tree]:
    return a
print(f(1, []), f.__annotations__)
def g(x: a.b.c[0], y: (int, str), z: -1, w: 1 + 2 * 3, v: (1 + 2) * 3, u: 2 ** -1, t: not x, s: a if b else c,
      r: [int, str], q: {"k": int}, p: f(1, k=2), o: x[1:2], n: x[::2], m: 0, l: a and b or c,
      k: 1 < 2 <= 3, j: b"bytes", i: 1.5, h: ..., g2: None, f2: True, e: x[a, b], d: x[(a, b)], c2: ~x) -> "ret":
    pass
for k, v in g.__annotations__.items():
    print(k, repr(v))
class C:
    attr: ClassVar[int] = 5
    other: Self
    def m(self) -> C:
        return self
print(C.__annotations__, C().m.__annotations__, __annotations__ if False else "", __future__.annotations.compiler_flag)
x: SomeType = 3
print(__annotations__, x, __future__.division, sorted(__future__.all_feature_names)[:3])
