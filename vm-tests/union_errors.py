# GenericAlias and union misuse: odd arguments, raising hooks, bad substitutions.
import types
class Weird:
    __parameters__ = 5
class Subst:
    def __typing_subst__(self, arg): raise ValueError('no ' + repr(arg))
    def __repr__(self): return 'Subst'
class Deep:
    def __getattr__(self, name): raise RuntimeError(name)
tests = [lambda: types.GenericAlias(3, 4), lambda: types.GenericAlias(list, ())[int], lambda: list[Weird()].__parameters__,
         lambda: list[Subst()].__parameters__, lambda: list[Subst()][int], lambda: repr(list[Deep()]), lambda: list[Deep()] | None,
         lambda: (int | list[Subst()])[1], lambda: types.GenericAlias(list, int, x=1), lambda: types.GenericAlias(),
         lambda: list[int] | list[int] | None, lambda: (list[int] | None) == (None | list[int]),
         lambda: int | str | bytes | None | float | complex | list | dict | set | tuple, lambda: list[()].__args__, lambda: repr(list[()])]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
