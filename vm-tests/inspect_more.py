# inspect: signatures of metaclass calls, static/class methods; Parameter kinds; getsource of
# classes and methods; BoundArguments; eval_str.
import inspect, typing, sys
from typing import *
class Meta(type):
    def __call__(cls, a, b=2): return super().__call__()
class WithMeta(metaclass=Meta): pass
class S:
    @staticmethod
    def st(x, y=1): pass
    @classmethod
    def cl(cls, z): pass
    @property
    def pr(self): return 1
print(inspect.signature(WithMeta), inspect.signature(S.st), inspect.signature(S.cl), inspect.signature(S().cl))
P = inspect.Parameter
print(str(P.KEYWORD_ONLY), P.KEYWORD_ONLY.name, P.KEYWORD_ONLY.value, int(P.VAR_KEYWORD), P.POSITIONAL_ONLY < P.KEYWORD_ONLY, inspect.Signature.empty is inspect.Parameter.empty)
sig = inspect.signature(lambda a, /, b, *, c: 0)
print([p.kind.description for p in sig.parameters.values()], sig.parameters['a'] == P('a', P.POSITIONAL_ONLY), hash(sig) == hash(inspect.signature(lambda a, /, b, *, c: 1)))
print(inspect.signature(lambda a, /, b, *, c: 0) == sig, sig.replace(parameters=[]))
print([n for n, _ in inspect.getmembers(typing, inspect.isclass)][:5])
print([n for n, v in inspect.getmembers(S, lambda o: isinstance(o, property))])
try: inspect.signature(3)
except TypeError as e: print(e)
try: print(inspect.getsource(S))
except (TypeError, OSError) as e: print(type(e).__name__)
def gen(): yield
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(S.st), inspect.ismethod(S.cl), inspect.isfunction(S.st))
print(inspect.getdoc(S.pr) is None, inspect.getmodule(S) is sys.modules[__name__], inspect.getmodule(len).__name__)
ba = inspect.signature(lambda a, b=2, *args, k=3, **kw: 0).bind(1, 5, 6, k=9, z=1)
print(ba.args, ba.kwargs, ba.arguments, ba.signature)
ba.apply_defaults(); print(ba)
def f(a: 'int', b: List['str']) -> 'Dict[str, int]': ...
print(inspect.signature(f), inspect.signature(f, eval_str=True))
print(inspect.get_annotations(f, eval_str=True))
class Outer:
    @staticmethod
    def deco(c): return c
    @deco
    class Inner:
        x = 1

        def m(self):
            return 2
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsourcelines(S.st)[1])
