# A class body runs in what the metaclass's __prepare__ returns, and exec/eval in any
# mapping given as locals: names go through its __getitem__/__setitem__/__delitem__ (a
# dict subclass's __missing__ too), a KeyError sending the lookup on to the globals.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate " + k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
    def __missing__(self, k):
        raise KeyError(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.log if not k.startswith("__")]
        return cls
class A(metaclass=Meta):
    x = 1
    y = magic
    def f(self): pass
print(A.order, A.y)
try:
    class B(metaclass=Meta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError", e)
# auto-numbering namespace like enum
class AutoNS(dict):
    def __init__(self): super().__init__(); self.n = 0
    def __missing__(self, k):
        if k.startswith("__") or k in ("print",): raise KeyError(k)
        self.n += 1
        self[k] = self.n
        return self.n
class AutoMeta(type):
    @classmethod
    def __prepare__(m, name, bases): return AutoNS()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)
# exec with mapping locals
class Locals:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k in self.d: return self.d[k]
        raise KeyError(k)
    def __setitem__(self, k, v): self.d[k] = v * 2 if isinstance(v, int) else v
    def __delitem__(self, k): del self.d[k]
loc = Locals()
exec("a = 5\nb = a + 1\nprint(a, b)\ndel a", {}, loc)
print(loc.d)
try:
    exec("print(zz)", {}, Locals())
except NameError as e:
    print("NameError", e)
print(eval("x + 1", {}, {"x": 1}))
class EvalLoc:
    def __getitem__(self, k): return len(k)
print(eval("abc + de", {}, EvalLoc()))
try:
    exec("a = 1", {}, 5)
except TypeError as e:
    print(e)
try:
    exec("a = 1", [])
except TypeError as e:
    print(e)
# prepare returning non-dict mapping for class body
class Meta2(type):
    @classmethod
    def __prepare__(m, name, bases): return Locals()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, ns.d)
class W(metaclass=Meta2):
    v = 10
print(W.v)
# prepare returning something bad
class Meta3(type):
    @classmethod
    def __prepare__(m, name, bases): return 5
try:
    class X(metaclass=Meta3): pass
except TypeError as e:
    print(e)

class LoggingNS(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.ops = []
    def __getitem__(self, k):
        self.ops.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        self.ops.append(("set", k))
        super().__setitem__(k, v)
    def __delitem__(self, k):
        self.ops.append(("del", k))
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return LoggingNS()
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, dict(ns))
        cls.ops = [op for op in ns.ops if not op[1].startswith("__") or op[1] == "__annotations__"]
        return cls
class A(metaclass=Meta):
    x: int = 1
    y: str
    z = x + 1
    del z
    def f(self): return x
    w = [i * 2 for i in range(2)]
    v = (lambda: x)
print(A.ops)
print(A.__annotations__, A.w)
try:
    A().f()
except NameError as e:
    print("NameError", e)
def outer():
    val = "outer"
    class B(metaclass=Meta):
        got = val
        def m(self): return val
    return B
B = outer()
print(B.got, B().m(), B.ops)
class PreMeta(type):
    @classmethod
    def __prepare__(m, name, bases): return LoggingNS({"val": "from ns"})
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, dict(ns))
def outer2():
    val = "outer"
    class C(metaclass=PreMeta):
        got = val
        def m(self): return val
    return C
C = outer2()
print(C.got, C().m())
def outer3():
    val = "outer"
    class D(metaclass=Meta):
        try:
            v2 = val
            val = "class"
        except NameError as e:
            err = str(e)
    return D
print(outer3().err)
# exec with mapping locals, warm-up with a code object
code = compile("r = a * 2\nif r > 100: del a", "<ns>", "exec")
class NS:
    def __init__(self, a): self.d = {"a": a}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def keys(self): return self.d.keys()
for i in range(200):
    ns = NS(i)
    exec(code, {}, ns)
print(ns.d)
g = {}
for i in range(200):
    d = {"a": i}
    exec(code, g, d)
print(d, sorted(g) )
ns = NS(1)
exec("import math\nfrom math import *\nq = pi > 3\nprint(sorted(locals().keys())[:3] if hasattr(locals(), 'keys') else 0)", {}, ns)
print(ns.d["q"], "sqrt" in ns.d, "math" in ns.d)
try:
    exec("del nothere", {}, NS(1))
except NameError as e:
    print("NameError", e)
class BadNS:
    def __getitem__(self, k): raise ValueError("bad get " + k)
try:
    exec("print(x)", {}, BadNS())
except ValueError as e:
    print("ValueError", e)
class KeyErrSub(KeyError): pass
class SubNS:
    def __getitem__(self, k): raise KeyErrSub(k)
exec("print('fell through to builtins', len('ab'))", {}, SubNS())
print(eval("[a for a in range(3)]", {}, NS(0)))
print(eval("(lambda: a)()", {"a": "global a"}, NS("local a")))
# class body with __prepare__ returning a plain non-dict mapping then type() rejects it
class Meta4(type):
    @classmethod
    def __prepare__(m, name, bases): return NS(0)
try:
    class D(metaclass=Meta4):
        b = 1
except TypeError as e:
    print("TypeError", e)
# locals() in class body with custom namespace
class Meta5(type):
    @classmethod
    def __prepare__(m, name, bases): return LoggingNS()
class E(metaclass=Meta5):
    k = 1
    snapshot = type(locals()).__name__
print(E.snapshot)
