# inspect: signature()/Parameter/BoundArguments (str, bind errors), the predicates, getmembers,
# getdoc/cleandoc, getmodule/getsourcefile/getsource, unwrap, currentframe/stack, getfullargspec.
import inspect, functools, sys
from typing import List, Optional
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
def g(x: int, y: 'str' = 'a', *, z: Optional[List[int]] = None) -> List[str]: pass
def h(a, b, *, c): pass
class A: pass
class B:
    def __init__(self, x, y=2): pass
    def meth(self, q, r=3): return q
    @classmethod
    def cm(cls, p): pass
    @staticmethod
    def sm(s, t=1): pass
    def __call__(self, v, w=0): pass
class C:
    def __new__(cls, a): return object.__new__(cls)
for o in [f, g, h, A, B, C, B(1).meth, B.meth, B.cm, B.sm, B(1), lambda: 0, lambda *a, **k: 0, functools.partial(h, 1), functools.partial(lambda a, b, c=3: 0, 1, c=4)]:
    print(inspect.signature(o))
for o in [int, 3]:
    try: print(inspect.signature(o))
    except Exception as e: print(type(e).__name__, e)
s = inspect.signature(f)
print(repr(s), repr(s.parameters['a']), s.parameters['a'].kind, repr(s.parameters['c'].kind), s.parameters['d'].kind.description, s.parameters['a'].default is inspect.Parameter.empty, s.return_annotation)
print(list(s.parameters), [str(p) for p in s.parameters.values()], s.parameters['e'].default)
sh = inspect.signature(h)
print(sh.bind(1, 2, c=3), sh.bind(1, 2, c=3).args, sh.bind(1, 2, c=3).kwargs, sh.bind_partial(1))
sf = inspect.signature(f)
ba = sf.bind(1, d=4); print(ba); ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
print(sf.bind(1, 2, 3, 4, 5, d=6, z=7))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'a': 1, 'c': 2}), ((1,), {'b': 2, 'c': 3, 'zz': 1}), ((1, 2), {'b': 3, 'c': 4})]:
    try: print(sh.bind(*args, **kw))
    except TypeError as e: print('TypeError', e)
try: sf.bind(a=1, d=2)
except TypeError as e: print('TypeError', e)
P = inspect.Parameter
sig = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=3, annotation=int)], return_annotation=str)
print(sig, sig == inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=3, annotation=int)], return_annotation=str), sig.replace(return_annotation=inspect.Signature.empty))
for bad in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('x', 7), lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]), lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]), lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]), lambda: P('if', P.KEYWORD_ONLY)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(P('x', P.KEYWORD_ONLY).replace(name='y', default=None))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(B.meth), inspect.getfullargspec(B(1).meth))
def gen(): yield 1
async def co(): pass
async def agen(): yield 1
print([inspect.isgeneratorfunction(x) for x in (gen, co, agen, f)], [inspect.iscoroutinefunction(x) for x in (gen, co, agen, f)], [inspect.isasyncgenfunction(x) for x in (gen, co, agen, f)])
g1 = gen(); c1 = co(); a1 = agen()
print(inspect.isgenerator(g1), inspect.iscoroutine(c1), inspect.isasyncgen(a1), inspect.isawaitable(c1), inspect.isawaitable(g1), inspect.isgenerator(gen))
c1.close()
print(inspect.isclass(A), inspect.isclass(A()), inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(B(1).meth), inspect.ismethod(B.meth), inspect.isbuiltin(len), inspect.isbuiltin([].append), inspect.isroutine(len), inspect.isroutine(f), inspect.isroutine(list.append), inspect.ismodule(sys), inspect.ismodule(f))
print(inspect.ismethoddescriptor(list.append), inspect.isdatadescriptor(property()), inspect.iscode(f.__code__), inspect.isframe(sys._getframe()), inspect.isgeneratorfunction(functools.partial(gen)))
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def x(self): pass
print(inspect.isabstract(Ab), inspect.isabstract(A), inspect.isabstract(3))
class D:
    """  Doc line one.

        Indented more.
    Back.
    """
    def m(self):
        """Method doc."""
class E(D):
    def m(self): pass
print(repr(inspect.getdoc(D)), inspect.getdoc(E.m), inspect.getdoc(E().m))
print(repr(inspect.cleandoc('  a\n    b\n  c\n\n')))
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect).__name__, inspect.getmodule(3))
print(inspect.getsourcefile(f) == __file__, inspect.getfile(f) == __file__)
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def wrapped(p, q=1): pass
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
def where(): 
    fr = inspect.currentframe()
    st = inspect.stack()
    return fr.f_code.co_name, st[0].function, st[1].function, st[0].lineno, st[0].code_context, st[0].index, st[0][3], type(st[0]).__name__
print(where())
print([n for n, v in inspect.getmembers(B) if not n.startswith('__')], inspect.getmembers(B(1), inspect.ismethod)[:2][0][0])
print(inspect.get_annotations(g), inspect.get_annotations(g, eval_str=True))
class Ann:
    a: int
    b: 'List[int]'
print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True), inspect.get_annotations(A))
print(inspect.getsource(where).splitlines()[0])
print(inspect.getmro(E))
