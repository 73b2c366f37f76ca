# The attributes of code objects, for every kind of code the compiler makes. co_code,
# co_linetable and co_lnotab are implementation-specific bytes: only their shape is printed.


def show(c):
    # (The script's absolute path differs between machines: only its last part.)
    print(c.co_name, c.co_qualname, c.co_filename.split("/")[-1], c.co_firstlineno)
    print("  counts", c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print("  flags", hex(c.co_flags), "stacksize>0", c.co_stacksize > 0)
    print("  vars", c.co_varnames, c.co_cellvars, c.co_freevars, c.co_names)
    consts = []
    for k in c.co_consts:
        consts.append("<code %s>" % k.co_name if type(k) is type(c) else k)
    print("  consts", consts)
    code = c.co_code
    print("  co_code", type(code).__name__, len(code) > 0, len(code) % 2)
    for name in ("co_linetable", "co_lnotab", "co_exceptiontable"):
        print("  " + name, type(getattr(c, name)).__name__)
    lines = list(c.co_lines())
    ok = all(type(t) is tuple and len(t) == 3 for t in lines)
    contiguous = all(a[1] == b[0] for a, b in zip(lines, lines[1:]))
    print("  co_lines", ok, lines[0][0] == 0, contiguous, lines[-1][1] == len(code))
    # (CPython's module code starts with an instruction at line 0.)
    body_lines = sorted({t[2] for t in lines if t[2] not in (None, 0, c.co_firstlineno)})
    print("  lines after the first", body_lines)
    positions = list(c.co_positions())
    print("  co_positions", len(positions) == len(code) // 2, all(len(p) == 4 for p in positions))


def plain(a, b):
    return a + b


def defaults(a, b=1, c=2):
    return a


def star(*args, **kwargs):
    return args, kwargs


def kwonly(a, *, b, c=3):
    return b


def posonly(a, b, /, c, *, d):
    return a


def everything(p, /, q, r=1, *args, s, t=2, **kw):
    u = p
    return u


def gen(n):
    for i in range(n):
        yield i


def outer(x):
    y = 1

    def inner(z):
        return x + y + z

    return inner


def documented():
    "docstring"
    return 1


lam = lambda x, y=2: x * y


def comp(n):
    return [i * n for i in range(n)]


def nested_gen():
    def g():
        yield 1

    return g


def genexp(xs):
    return sum(x for x in xs)


class C:
    def m(self):
        return __class__

    def n(self):
        return super().n()

    @staticmethod
    def s(v):
        return v


for f in [plain, defaults, star, kwonly, posonly, everything, gen, outer, outer(1),
          documented, lam, comp, nested_gen, nested_gen(), genexp, C.m, C.n, C.s]:
    show(f.__code__)
show(comp.__code__.co_consts[1])
show(genexp.__code__.co_consts[1])
mod = compile("x = 1\ny = [x for x in range(3)]\ndef f(): pass\nclass K:\n    pass\n", "m.py", "exec")
show(mod)
show(mod.co_consts[3])
show(compile("1 + 2", "<e>", "eval"))
show(compile("'''module doc'''\nimport os\n", "doc.py", "exec"))

# co_lines() and co_positions() are iterators.
it = plain.__code__.co_lines()
print(iter(it) is it, type(next(it)).__name__)
it = plain.__code__.co_positions()
print(iter(it) is it, type(next(it)).__name__)
try:
    plain.__code__.co_lines(1)
except TypeError as e:
    print("TypeError:", e)

# Every co_ attribute is listed by dir().
print([k for k in dir(plain.__code__) if k.startswith("co_")])
print(type(plain.__code__).__name__, type(plain.__code__).__module__)

# The repr names the code, its file and first line.
r = repr(outer.__code__)
print(r.split(" at 0x")[0], r.split(", ", 1)[1].replace(outer.__code__.co_filename, "X"))


# Read after warm-up: the values do not change.
def read_all(c):
    return (c.co_argcount, c.co_kwonlyargcount, c.co_nlocals, c.co_flags,
            c.co_varnames, c.co_freevars, c.co_name)


seen = None
for i in range(200):
    seen = read_all(everything.__code__)
print(seen)
everything.__code__ = plain.__code__
print(read_all(everything.__code__))
