for f in [lambda: BaseExceptionGroup('a'), lambda: BaseExceptionGroup(1,[ValueError()]), lambda: BaseExceptionGroup('a',[ValueError()],3), lambda: ExceptionGroup('a',[ValueError()],x=3),lambda: ExceptionGroup('a',1),lambda: ExceptionGroup('a',[1]),lambda: ExceptionGroup('a',[]),lambda: ExceptionGroup('a',[KeyboardInterrupt()])]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
e=ExceptionGroup('a',[ValueError(1)])
try: e.message='x'
except Exception as x: print(type(x).__name__, x)
try: e.split(1)
except Exception as x: print(type(x).__name__, x)
e.add_note('n'); print(e.split(ValueError)[0].__notes__, e.split(ValueError)[0].__notes__ is e.__notes__)
print(repr(e), e.args, ExceptionGroup.__mro__)
print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__, ExceptionGroup.split)
b = BaseExceptionGroup('m', (ValueError(1), TypeError(2)))
print(type(b).__name__, str(b), repr(b), b.message, b.exceptions)
b2 = BaseExceptionGroup('m', [ValueError(1), KeyboardInterrupt()])
print(type(b2).__name__, str(b2))
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(eg.split(ExceptionGroup)[0] is eg, eg.split(OSError))
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.derive([ValueError(9)])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
x = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(x), repr(x.split(TypeError)))
try: MyEG("x", [KeyboardInterrupt()])
except TypeError as t: print(t)
class MyBEG(BaseExceptionGroup): pass
print(type(MyBEG("x", [ValueError()])).__name__)
try: raise ExceptionGroup("boom", [ValueError(1)])
except Exception as e: print("caught", e, isinstance(e, ExceptionGroup), isinstance(e, BaseExceptionGroup))
print(ExceptionGroup("x", [ValueError()]).__cause__)
# Error cases of split/subgroup conditions and derive results.
for cond in [(ValueError, 1), "x", int, (int,), [ValueError]]:
    try:
        eg.split(cond)
    except TypeError as t:
        print("split", repr(cond), t)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("nope")
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as t:
    print(t)
print(repr(ExceptionGroup("s", "ab"[:0] or (ValueError(),))))
print(repr(BaseExceptionGroup("one", [ValueError(1)])), str(ExceptionGroup("", [ValueError()])))
try:
    ExceptionGroup("e", {ValueError()})
except TypeError as t:
    print(t)
try:
    ExceptionGroup("e", [ValueError(), 3])
except ValueError as v:
    print(v)
try:
    eg.exceptions = ()
except AttributeError as a:
    print(a)
# The chain, traceback and notes are copied to both parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("c", [ValueError(1), TypeError(2)]) from OSError("why")
except ExceptionGroup as g:
    g.add_note("note1")
    a, b = g.split(ValueError)
    print(repr(a.__cause__), repr(a.__context__), a.__traceback__ is g.__traceback__, a.__notes__)
    print(repr(b.__cause__), b.__suppress_context__, b.__notes__, b.__notes__ is g.__notes__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__module__, BaseExceptionGroup.__name__)

# Warm-up: the same split/subgroup/derive paths 200 times, then a class changes, then again.
class Warm(ExceptionGroup):
    pass
def run(g):
    m, r = g.split(ValueError)
    s = g.subgroup(lambda e: isinstance(e, TypeError))
    return (type(m).__name__, len(m.exceptions), repr(r), repr(s), str(g))
wg = Warm("w", [ValueError(1), TypeError(2), ExceptionGroup("i", [ValueError(3)])])
results = set()
for i in range(200):
    results.add(run(wg))
print(results)
Warm.derive = lambda self, excs: Warm("changed", excs)
print(run(wg))
del Warm.derive
print(run(wg))
def make(excs):
    return BaseExceptionGroup("m", excs)
kinds = set()
for i in range(200):
    kinds.add(type(make([ValueError(i)])).__name__)
print(kinds, type(make([KeyboardInterrupt()])).__name__)
