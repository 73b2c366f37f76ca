from __future__ import annotations
import sys
def f(x: int, y: "str" = "a") -> list[str]:
    return [y] * x
class Node:
    next: Node | None
    def __init__(self, v: int) -> None:
        self.v: int = v
counts: dict[str, int] = {}
print(f(2), f.__annotations__, Node.__annotations__, __annotations__ if "__annotations__" in dir() else "")
print(__name__, __doc__, __file__.endswith("fu.py"), __builtins__ is not None, sys.modules["__main__"].__name__)
