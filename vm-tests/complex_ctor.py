# complex(): numbers, strings, the __complex__/__float__/__index__ protocols, keywords and
# every error message.
print(complex(), complex(1), complex(1, 2), complex(2.5, -1), complex(True, False))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(1j), complex(0, 1j), complex(2j, 3), complex(-0.0, -0.0), complex(10**20, 1))
z = 1 + 2j
print(complex(z) is z, complex(z, 0) is z, type(complex(z)).__name__)
strings = [
    "1+2j", " ( 1-2j ) ", "1", "-1.5", "j", "-J", "+j", "1+j", "1-j", "2j", "1e5j", "1E+5J",
    "infj", "-infinityj", "+nanj", "1+infj", "inf+1j", "nan", "iNF-INFj", "1-1e-5j",
    "1_0+2_0j", "1e1_0j", "\t1j\n", "(j)", "1.j", ".5j", "5.j", "1.", "1e3", "1.5e-3-2.5E+4j",
    "\u0661\u0662j", "\u2003 1j \u2003", "1e500j", "-0-0j", "0.0-0.0j",
    "1 + 2j", "(1+2j", "1+2j)", "1+-2j", "1++2j", "1j+2", ".j", "()", "1e+j", "", " ",
    "1__0", "_1j", "1_.5j", "1._5j", "1_", "1\u00e9", "0x1j", "1jj", "--1j", "1 j", "infinit",
    "1\x00", "j1", "(1)(2)", "((1))",
]
for s in strings:
    try:
        print(repr(s), "->", repr(complex(s)))
    except Exception as e:
        print(repr(s), "!", type(e).__name__, e)


class Z:
    def __complex__(self):
        return 2 + 3j


class BadC:
    def __complex__(self):
        return 2.0


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class FI(float):
    def __float__(self):
        return 9.0


class CSub(complex):
    pass


class ZSub:
    def __complex__(self):
        return CSub(1, 1)


print(complex(Z()), complex(F()), complex(I()), complex(F(), I()), complex(I(), F()))
print(complex(Z(), 1), complex(1, Z()) if False else "", complex(FI(1.0)), complex(0, FI(1.0)))
def show(args):
    plain = (int, float, str, bytes, bytearray, list, dict, type(None))
    return tuple(repr(a) if type(a) in plain else type(a).__name__ + "()" for a in args)


for args in [
    ("x",), ([],), (1, []), (None,), ({},), (b"1",), (bytearray(b"1"),), (1, "1"),
    ("1", 1), ("1", None), (BadC(),), (1, BadC()), (1, 2, 3), (object(),), (1, None),
]:
    try:
        print(show(args), "->", complex(*args))
    except Exception as e:
        print(show(args), "!", type(e).__name__, e)
for kw in [{"x": 1}, {"real": 1, "imag": 2, "z": 3}, {"imag": "1"}, {"real": "1", "imag": 0}]:
    try:
        print(kw, "->", complex(**kw))
    except Exception as e:
        print(kw, "!", type(e).__name__, e)
try:
    complex(1, real=2)
except TypeError as e:
    print("TypeError", e)
print(complex.__new__(complex, 5), complex.__new__(CSub, "2j"), type(complex.__new__(CSub, 1)).__name__)
print((3 + 4j).__getnewargs__(), (3 + 4j).__complex__(), CSub(1, 2).__complex__(), type(CSub(1).__complex__()).__name__)
print(type(complex.real).__name__, type(complex.conjugate).__name__, complex.__name__)
for name in ["real", "imag"]:
    try:
        setattr(1j, name, 2)
    except AttributeError as e:
        print("AttributeError", e)
try:
    (1j).foo
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in dir(complex) if not n.startswith("__")))
print(sorted(n for n in vars(complex) if n.startswith("__r")))
