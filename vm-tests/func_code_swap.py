# f.__code__ = g.__code__: the next call of f runs g's body with f's globals, defaults,
# closure and name; every swap is also checked after the call site has warmed up.


def f(a):
    return ("f", a)


def g(a):
    return ("g", a)


def call_f_200():
    r = None
    for i in range(200):
        r = f(i)
    return r


print(call_f_200())
original = f.__code__
f.__code__ = g.__code__
print(call_f_200(), f.__name__, f.__qualname__, f.__code__ is g.__code__)
f.__code__ = original
print(call_f_200(), f(1))


# The call binds by the new code's signature, with f's own defaults.
def h(a, b, c=10):
    return ("h", a, b, c)


f.__defaults__ = (5,)
f.__code__ = h.__code__
print(f(1, 2), f(1, 2, 3), f(a=1, b=2), f(1, c=4, b=0))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


# Keyword-only parameters: f's __kwdefaults__ fill them.
def kw(a, *, b=2, c):
    return ("kw", a, b, c)


f.__defaults__ = None
f.__kwdefaults__ = {"b": 20, "c": 30}
f.__code__ = kw.__code__
print(f(1), f(1, b=3, c=4))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


# *args and **kwargs in the new code.
def star(*args, **kwargs):
    return ("star", args, kwargs)


f.__code__ = star.__code__
print(f(), f(1, 2, x=3))


# A generator function's code makes f a generator function, and back.
def gen(n):
    yield n
    yield n + 1


f.__code__ = gen.__code__
print(type(f(0)).__name__, list(f(3)), f(3).__name__)
f.__code__ = original
print(f(3))

# A generator made before the swap keeps running the old body; one made after runs the new.


def g1():
    yield "g1-a"
    yield "g1-b"


def g2():
    yield "g2-a"
    yield "g2-b"


old_gen = g1()
print(next(old_gen))
g1.__code__ = g2.__code__
new_gen = g1()
print(next(old_gen), next(new_gen), next(new_gen))
print(old_gen.gi_code.co_name, new_gen.gi_code.co_name, g1.__code__.co_name)


def warm_gens():
    out = []
    for i in range(150):
        out = list(g1())
    return out


print(warm_gens())
g1.__code__ = (lambda: (yield "lam")).__code__
print(warm_gens())


# A call that swaps its own function's code finishes the body it started (locals() too);
# the next call runs the new code.
def selfswap(x=1):
    y = x * 2
    selfswap.__code__ = g.__code__
    seen = sorted(locals())
    return ("still", x, y, seen)


print(selfswap(), selfswap(7))


# Recursion through a function swapped at the bottom: the frames above keep their code.
def r(n):
    a = n
    if n == 0:
        r.__code__ = other.__code__
        return [sorted(locals())]
    out = r(n - 1)
    out.append((n, sorted(locals())))
    return out


def other(n):
    q = 0
    return ["other", n, sorted(locals())]


print(r(3))
print(r(3))


# Recursion through a swapped function: the body calls f by name, which runs the new code.
def countdown(n):
    return n if n <= 0 else countdown(n - 1) + 1


def countdown2(n):
    return 1000 if n <= 0 else countdown(n - 1) + 2


print(countdown(5))
countdown.__code__ = countdown2.__code__
print(countdown(5))


# The old code has cells, the new one none (and the reverse).
def cells(x):
    def inner():
        return x

    cells.__code__ = nocells.__code__
    return inner(), sorted(locals())


def nocells(x):
    return "nocells", x


print(cells(5), cells(6))


def has_cell(x):
    def inner():
        return x * 3

    return inner()


nocells.__code__ = has_cell.__code__
print(nocells(2))


# Closures: codes with the same number of free variables, the cells are f's.
def make(v):
    def reader():
        return ("reader", v)

    return reader


def make2(w):
    def doubler():
        return ("doubler", w * 2)

    return doubler


a, b = make(10), make2(20)
for i in range(150):
    a()
a.__code__ = b.__code__
print(a(), b(), a.__closure__[0].cell_contents)


# Methods: the function in the class dict changes for every instance.
class C:
    def m(self):
        return "m"

    def n(self, *extra):
        return "n" + "".join(extra)


c = C()


def call_m():
    r = None
    for i in range(200):
        r = c.m()
    return r


print(call_m())
C.m.__code__ = C.n.__code__
print(call_m(), c.m("!"), C.m.__name__, C.m.__qualname__)

# Lambdas.
lam = lambda: 1
lam.__code__ = (lambda: 2).__code__
print(lam())
lam.__code__ = (lambda x, y=3: x + y).__code__
try:
    lam(1)
except TypeError as e:
    print("TypeError:", e)
lam.__defaults__ = (100,)
print(lam(1))

# Two functions sharing one code object.


def p():
    return "p"


def q():
    return "q"


q.__code__ = p.__code__
print(p.__code__ is q.__code__, q(), q.__name__)

# f's globals stay f's: the code reads names from the function's module.
ns = {}
exec("def fromexec():\n    return where\nwhere = 'exec globals'", ns)
where = "main globals"


def reads_where():
    return where


ns["fromexec"].__code__ = reads_where.__code__
print(ns["fromexec"](), reads_where())


# Frames of the swapped function below and between others: some have called locals()
# already, generator frames sit in between; each keeps its own code.
def mixed(n):
    if n == 0:
        mixed.__code__ = other.__code__
        return ["swapped"]
    early = sorted(locals()) if n % 2 else None
    out = list(relay(n))
    out.append((n, early, sorted(locals())))
    return out


def relay(n):
    holder = type("K", (), {"v": mixed(n - 1)})
    yield from holder.v


print(mixed(4))
print(mixed(4))
