# Calling conventions of int/float/generator/frame/code/exception methods, checked by the
# method tables (arity, keywords, receivers), and the numbers' and code's getsets.
import sys


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class F(float):
    pass


class I(int):
    pass


class E(ValueError):
    pass


def gen():
    x = yield 1
    yield x


def warm(f, n=200):
    for _ in range(n):
        try:
            f()
        except Exception:
            pass


def probe(label, m, good, wrong, extra=(1, 2, 3)):
    # warm the call path with a good call, then every error
    warm(lambda: m(*good))
    t(label + " ok", lambda: m(*good))
    t(label + " none", lambda: m())
    t(label + " wrong", lambda: m(wrong, *good[1:]))
    t(label + " many", lambda: m(*good, *extra))
    t(label + " kw", lambda: m(*good, x=1))


for name in ["__abs__", "__float__", "__int__", "__round__", "__getnewargs__", "is_integer",
             "as_integer_ratio", "hex", "conjugate", "__trunc__", "__floor__", "__ceil__"]:
    probe("float." + name, getattr(float, name), (-2.5,), 1)
    probe("float." + name + " sub", getattr(float, name), (F(-2.5),), "x")
probe("float.__round__ nd", float.__round__, (2.675, 2), 1, extra=(3,))
probe("float.__format__", float.__format__, (2.5, ".3f"), 1)
t("float.__format__ badspec", lambda: float.__format__(2.5, 3))
probe("float.fromhex", float.fromhex, ("0x1p3",), 1)
t("F.fromhex", lambda: type(F.fromhex("0x1p1")))

for name in ["bit_length", "bit_count", "conjugate", "__abs__", "__index__", "__int__",
             "__getnewargs__", "__trunc__", "__floor__", "__ceil__", "as_integer_ratio"]:
    probe("int." + name, getattr(int, name), (-6,), 1.5)
    probe("int." + name + " sub", getattr(int, name), (I(-6),), "x")
    probe("int." + name + " bool", getattr(int, name), (True,), None)
probe("int.__format__", int.__format__, (255, "x"), 1.5)
t("int.__format__ badspec", lambda: int.__format__(255, 3))
t("bool.__abs__", lambda: bool.__abs__(True))
t("bound abs", lambda: (-7).__abs__())
t("bound float abs", lambda: (-7.5).__abs__())
t("abs sub", lambda: abs(F(-1.5)))

# the numbers' data attributes are getset descriptors
for tp, names in [(int, ["real", "imag", "numerator", "denominator"]), (float, ["real", "imag"])]:
    for n in names:
        d = tp.__dict__[n]
        print(tp.__name__, n, repr(d), type(d).__name__)
        t("  get wrong", lambda: d.__get__("s"))
        t("  set", lambda: d.__set__(tp(1), 5))
        t("  instance set", lambda: setattr(tp(1), n, 5))
t("True.real", lambda: (True.real, type(True.real), True.numerator, True.denominator, True.imag))
t("F.real", lambda: (F(2.5).real, type(F(2.5).real), F(2.5).imag))
t("I.numerator", lambda: (I(7).numerator, type(I(7).numerator)))


def reads(o):
    return (o.real, o.imag)


i = I(5)
f = F(1.5)
warm(lambda: reads(i))
warm(lambda: reads(f))
i.__dict__["real"] = "shadow"
f.__dict__["imag"] = "shadow"
t("precedence int", lambda: reads(i))
t("precedence float", lambda: reads(f))
t("setattr real", lambda: setattr(i, "real", 1))
t("hasattr", lambda: (hasattr(3, "real"), hasattr(3.0, "numerator"), "real" in dir(3)))

# generators
g = gen()
next(g)
probe("generator.send", type(g).send, (g, 5), 1)
t("generator.send none", lambda: type(g).send())
g2 = gen()
t("generator.throw none", lambda: g2.throw())
t("generator.throw many", lambda: g2.throw(1, 2, 3, 4))
t("generator.throw kw", lambda: g2.throw(ValueError, x=1))
t("generator.throw unbound", lambda: type(g2).throw())
t("generator.throw wrong", lambda: type(g2).throw(1, ValueError))
t("generator.close args", lambda: g2.close(1))
t("generator.close kw", lambda: g2.close(x=1))
t("generator.close wrong", lambda: type(g2).close(1))
g3 = gen()
t("generator.__next__ args", lambda: g3.__next__(1))
t("generator.__next__ unbound", lambda: type(g3).__next__())
t("generator.__next__ wrong", lambda: type(g3).__next__(1))
t("generator.__next__ kw", lambda: g3.__next__(x=1))
t("generator.__iter__ ok", lambda: g3.__iter__() is g3)
t("generator.__iter__ args", lambda: g3.__iter__(1))

# frame.clear
fr = sys._getframe()
t("frame.clear args", lambda: fr.clear(1))
t("frame.clear kw", lambda: fr.clear(x=1))
t("frame.clear wrong", lambda: type(fr).clear(1))
t("frame.clear unbound", lambda: type(fr).clear())


def done():
    return sys._getframe()


t("frame.clear ok", lambda: done().clear())

# code: methods and the co_* attributes
c = t.__code__
C = type(c)
warm(lambda: list(c.co_lines()))
t("co_lines args", lambda: c.co_lines(1))
t("co_lines kw", lambda: c.co_lines(x=1))
t("co_lines wrong", lambda: C.co_lines(1))
t("co_lines unbound", lambda: C.co_lines())
t("co_positions args", lambda: c.co_positions(1))
t("replace wrong", lambda: C.replace(1))
t("replace unbound", lambda: C.replace())
t("replace ok", lambda: C.replace(c, co_name="zz").co_name)
for n in ["co_argcount", "co_name", "co_varnames", "co_code", "co_flags", "co_lnotab"]:
    d = C.__dict__[n]
    print(n, repr(d))
    t("  set", lambda: setattr(c, n, 1))
    t("  del", lambda: delattr(c, n))
    t("  wrong", lambda: d.__get__(1))
t("co fields", lambda: (c.co_argcount, c.co_name, c.co_varnames, c.co_nlocals, c.co_freevars))
t("dir", lambda: [n for n in dir(c) if n.startswith("co_")])

# exceptions
probe("BaseException.with_traceback", BaseException.with_traceback, (E("x"), None), 1)
probe("BaseException.add_note", BaseException.add_note, (E("x"), "n"), 1)
t("add_note nonstr", lambda: E().add_note(1))
e = E(1)
warm(lambda: BaseException.__init__(e, 1, 2))
t("__init__", lambda: (BaseException.__init__(e, 3, 4), e.args))
t("__init__ none", lambda: BaseException.__init__())
t("__init__ wrong", lambda: BaseException.__init__(1))
t("__init__ kw", lambda: BaseException.__init__(e, x=1))
t("__init__ kw base", lambda: BaseException.__init__(KeyError(), x=1))
