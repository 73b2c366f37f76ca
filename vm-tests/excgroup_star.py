def f(exc):
    try:
        raise exc
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
    except* (KeyError, IndexError) as e:
        print("LK", repr(e))
    else:
        print("else")
for exc in [ValueError(1), ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]),
            ExceptionGroup("g", [ExceptionGroup("h", [ValueError(4), IndexError(5)])])]:
    f(exc)
try:
    f(ExceptionGroup("g", [ValueError(1), OSError(2)]))
except ExceptionGroup as g:
    print("rest", repr(g))
try:
    f(OSError(3))
except OSError as o:
    print("naked rest", repr(o))
def g(exc):
    try:
        raise exc
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
try:
    g(ExceptionGroup("x", [ValueError(1), TypeError(2), OSError(3)]))
except BaseException as e:
    print(repr(e))
try:
    g(ValueError(1))
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    g(TypeError(1))
except BaseException as e:
    print(repr(e))
import sys
try:
    raise ExceptionGroup("s", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as t:
    print(t)
try:
    try:
        raise ValueError(1)
    except* (int, ValueError):
        pass
except TypeError as t:
    print(t)
try:
    pass
except* ValueError:
    pass
else:
    print("no exc")
finally:
    print("fin")
def h():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError as e:
        pass
    return e
try: h()
except NameError as n: print("NameError", n)

# Compile-time errors.
sources = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for i in x:\n  try:\n    pass\n  except* TypeError:\n    break\n",
    "for i in x:\n  try:\n    pass\n  except* TypeError:\n    continue\n",
    "def f():\n  try:\n    pass\n  except* TypeError:\n    return\n",
    "def f():\n  try:\n    pass\n  except* TypeError:\n    return x + 1\n",
    "try:\n    pass\nexcept* TypeError:\n  for i in x:\n    continue\n  def g(): return 1\n",
    "try:\n    pass\nexcept* TypeError:\n  while x:\n    break\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

# Nested except*, handlers raising, and everything handled.
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("in", [TypeError(2)])])
        except* ValueError:
            print("inner VE")
            raise OSError("from handler")
    except* OSError as e:
        print("outer OS", repr(e))
    except* TypeError as e:
        print("outer TE", repr(e))
nested()
def all_handled():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
    except* Exception as e:
        print("EX", repr(e))
    print("done")
all_handled()
def predicate_rest():
    try:
        raise ExceptionGroup("p", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        e.exceptions[0].add_note("seen")
        raise
try:
    predicate_rest()
except ExceptionGroup as g:
    print(repr(g), g.exceptions[0].__notes__)

# Warm-up: the same except* statement 200 times, then with other exception kinds.
def classify(exc):
    seen = []
    try:
        raise exc
    except* ValueError as e:
        seen.append(("V", len(e.exceptions)))
    except* TypeError as e:
        seen.append(("T", len(e.exceptions)))
    return seen
counts = {}
for i in range(200):
    r = tuple(classify(ExceptionGroup("w", [ValueError(i), TypeError(i), ValueError(-i)])))
    counts[r] = counts.get(r, 0) + 1
print(counts)
print(classify(ValueError(0)), classify(TypeError(0)))
for exc in [KeyError(1), ExceptionGroup("k", [KeyError(1), ValueError(2)])]:
    try:
        print(classify(exc))
    except Exception as e:
        print("escaped", repr(e))
class VE2(ValueError):
    pass
ValueError_alias = ValueError
print(classify(VE2(3)))
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
try: f()
except NameError as e: print("NameError", e, type(e.__context__).__name__)
def g():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        out = [repr(x) for x in e.exceptions]
        h = lambda: 5
        def inner():
            return 7
        out.append(inner() + h())
    finally:
        out.append("finally")
    return out
print(g())
def k():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("x", [TypeError(i)])
        except* TypeError:
            print("caught", i)
        else:
            print("else", i)
k()
class E(Exception):
    pass
try:
    try:
        raise ExceptionGroup("m", [E(1), ValueError(2)])
    except* E as e:
        raise e.exceptions[0]
except ExceptionGroup as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup("m", [E(1), ValueError(2)])
    except* E as e:
        raise e
except ExceptionGroup as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup("m", [E(1), ValueError(2)])
    except* E:
        pass
    except* ValueError:
        raise
except ExceptionGroup as g:
    print(repr(g))
try:
    try:
        raise KeyboardInterrupt
    except* BaseException as e:
        print(repr(e))
        raise
except BaseException as g:
    print(repr(g))
