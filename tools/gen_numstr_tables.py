#!/usr/bin/env python3
"""Generates tests/data/numstr_*.txt: expressions over ints, floats, strs and bytes with the
results CPython 3.11 gives (a repr, or "Type: message"), for tests/numstr_tables.rs.

Run: python3 tools/gen_numstr_tables.py   (writes into tests/data/)

Line format: tab-separated tokens. The first token names the operation (`bin add`, `cmp lt`,
`un neg`, `call NAME`, `meth NAME`, `fmt`, `repr`, `str`, `hash`), then the operand values,
then `=TEXT` (the repr) or `!TEXT` ("Type: message"); TEXT is printable ASCII as is, or
`x` + UTF-8 hex.
Values: `iDIGITS`, `fHEXBITS`, `sHEX` (UTF-8), `bHEX`, `T`, `F`, `N`, `(n` + n values,
`[n` + n values, `{n` + n key/value pairs, `kNAME` (the next value is a keyword argument).
"""
import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(4300)
random.seed(12345)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data")


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


def enc(v):
    if isinstance(v, Kw):
        return ["k" + v.name] + enc(v.value)
    if v is None:
        return ["N"]
    if v is True:
        return ["T"]
    if v is False:
        return ["F"]
    if isinstance(v, int):
        return ["i" + str(v)]
    if isinstance(v, float):
        return ["f" + struct.pack(">d", v).hex()]
    if isinstance(v, str):
        return ["s" + v.encode("utf-8", "surrogatepass").hex()]
    if isinstance(v, bytes):
        return ["b" + v.hex()]
    if isinstance(v, tuple):
        return ["(%d" % len(v)] + [t for x in v for t in enc(x)]
    if isinstance(v, list):
        return ["[%d" % len(v)] + [t for x in v for t in enc(x)]
    if isinstance(v, dict):
        return ["{%d" % len(v)] + [t for k, x in v.items() for t in enc(k) + enc(x)]
    raise TypeError(type(v))


def text(t):
    """Plain printable ASCII as is; anything else as `x` + UTF-8 hex."""
    if t.isascii() and t.isprintable() and not t.startswith("x"):
        return t
    return "x" + t.encode("utf-8", "surrogatepass").hex()


def run(fn):
    try:
        return "=" + text(repr(fn()))
    except Exception as e:
        return "!" + text("%s: %s" % (type(e).__name__, e))


BINOPS = {"add": "+", "sub": "-", "mult": "*", "div": "/", "floordiv": "//", "mod": "%",
          "pow": "**", "lshift": "<<", "rshift": ">>", "and": "&", "or": "|", "xor": "^",
          "matmult": "@"}
CMPOPS = {"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}


def line(op, args, fn):
    try:
        if isinstance(fn(), complex):  # pyvm has no complex type
            return None
    except Exception as e:
        if "complex" in str(e):
            return None
    toks = op.split(" ") + [t for a in args for t in enc(a)] + [run(fn)]
    return "\t".join(toks)


def too_big(op, a, b):
    """Skip operations whose result would be astronomically large."""
    ia = isinstance(a, int) and not isinstance(a, bool)
    ib = isinstance(b, int)
    if op == "pow" and ia and ib and b > 2000 and abs(a) > 1:
        return True
    if op == "pow" and isinstance(b, int) and abs(b) > 10**6:
        return True
    if op == "lshift" and ib and b > 5000:
        return True
    return False


def numbers():
    ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, 2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1,
            -2**63, 2**63, -2**63 - 1, 2**64, 10**20, -10**20, 3**100, -(7**90), 10**400]
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -2.25, 3.7, 1e16, 1e300, -1e300, 1e-320,
              9007199254740993.0, 2.0**63, 1.5e308, math.inf, -math.inf, math.nan]
    return ints, floats


def gen_ops():
    ints, floats = numbers()
    vals = ints + floats + [True, False]
    huge = [10**400, 3**100, -(7**90)]
    few = [0, 1, -1, 7, 2**64, 0.5, 1e300, math.inf, math.nan, True] + huge
    out = []
    for a in vals:
        for b in (few if a in huge else [v for v in vals if v not in huge or a in few]):
            for name, sym in BINOPS.items():
                if too_big(name, a, b):
                    continue
                out.append(line("bin " + name, [a, b], lambda: eval("a %s b" % sym, None, {"a": a, "b": b})))
            for name, sym in CMPOPS.items():
                out.append(line("cmp " + name, [a, b], lambda: eval("a %s b" % sym, None, {"a": a, "b": b})))
        for name, sym in (("neg", "-"), ("pos", "+"), ("invert", "~")):
            out.append(line("un " + name, [a], lambda: eval(sym + "a", None, {"a": a})))
        if a == a:  # hash(nan) is by identity in CPython
            out.append(line("hash", [a], lambda: hash(a)))
        out.append(line("repr", [a], lambda: a))
    # Random i64-range and mixed-size ints for the fast paths and the big-int fallbacks.
    for _ in range(400):
        a = random.choice([random.randint(-2**64, 2**64), random.randint(-1000, 1000),
                           random.randint(-2**63, 2**63 - 1)])
        b = random.choice([random.randint(-2**64, 2**64), random.randint(-1000, 1000),
                           random.randint(1, 70)])
        for name in ("add", "sub", "mult", "div", "floordiv", "mod", "and", "or", "xor"):
            out.append(line("bin " + name, [a, b], lambda: eval("a %s b" % BINOPS[name], None, {"a": a, "b": b})))
        out.append(line("bin rshift", [a, abs(b) % 130], lambda: a >> (abs(b) % 130)))
        out.append(line("bin lshift", [a, abs(b) % 130], lambda: a << (abs(b) % 130)))
        out.append(line("bin pow", [a, abs(b) % 20], lambda: a ** (abs(b) % 20)))
    return out


def random_floats(n):
    out = []
    while len(out) < n:
        k = random.random()
        if k < 0.4:
            bits = random.getrandbits(64)
            x = struct.unpack(">d", bits.to_bytes(8, "big"))[0]
            if math.isfinite(x):
                out.append(x)
        elif k < 0.8:
            out.append(round(random.uniform(-1, 1) * 10 ** random.randint(-8, 20),
                             random.randint(0, 17)))
        else:
            out.append(random.randint(-10**6, 10**6) / random.choice([1, 2, 3, 7, 10, 100, 1024]))
    return out


def gen_float_repr():
    out = []
    specials = [1e16, 1e-5, 1e-4, 1.5e300, 100.0, 1234567890123456.8, 9999999999999998.0,
                0.1, 0.2 + 0.1, 1 / 3, 2.0**-1074, 2.0**-1022, 1.7976931348623157e308,
                123456789012345678.0, 1e22, 1e23, 5e-324, 0.001, 1e15, 1e17]
    for x in specials + random_floats(3000):
        out.append(line("repr", [x], lambda: x))
        out.append(line("repr", [-x], lambda: -x))
    return out


FORMAT_VALUES = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70, -(2**70), True, 0.0, -0.0, 1.5,
                 -1.5, 3.0, 1234567.891, -1234567.891, 0.000012345, 1e16, 1e-5, 1e300, 2.675,
                 0.125, 123456789.0, math.inf, -math.inf, math.nan, "ab", "héllo", ""]
FORMAT_SPECS = ["", "d", "x", "X", "#x", "#X", "#010x", "o", "#o", "b", "#b", "c", ",", "_", "010,",
                "09,", "08,", "07_x", "_b", ",x", "+", "-", " ", "=+8", "^9", "*<7", "x>6", ".2f",
                ",.2f", "010,.1f", "e", ".3e", "E", "g", ".3g", "G", "#g", "#.3g", "%", ".1%",
                "n", ".0f", "#.0f", "#.0e", "08.3f", "+.2e", "z.1f", "z", "F", "f", "<10",
                ">10", "^10", ".2", ".10", "10.3", "010.3", "s", ".1s", "=10", "+s", "#s", "5",
                "abc", ".", "5,_", ",,", ".2d", "+c", "#c", "99999999999999999999", "0<5",
                "0>5", "0^6", "0=7", "%", ".17", "r", "!", "z.0f", "-^+10.2f"]


def gen_format():
    out = []
    for v in FORMAT_VALUES:
        for spec in FORMAT_SPECS:
            out.append(line("fmt", [v, spec], lambda: format(v, spec)))
    for x in random_floats(300):
        for spec in (".2f", ".3e", "g", ".12g", ",.1f", ".0%", "+.5", ".1f"):
            out.append(line("fmt", [x, spec], lambda: format(x, spec)))
    return out


def gen_builtins():
    out = []
    calls = [
        ("round", [2.675, 2]), ("round", [0.125, 2]), ("round", [1234, -2]), ("round", [1250, -2]),
        ("round", [1350, -2]), ("round", [-1250, -2]), ("round", [2.5]), ("round", [-0.5]),
        ("round", [3.5]), ("round", [1.5, None]), ("round", [math.inf]), ("round", [math.nan]),
        ("round", [1.5e300, -300]), ("round", [123.456, -1]), ("round", [5e-324, 400]),
        ("round", [1e300, -400]), ("round", [-0.4, 0]), ("round", [1.7976931348623157e308, -308]),
        ("round", [12, 10**30]), ("round", [12, -10**6]), ("round", [True]), ("round", [1, 1.5]),
        ("round", ["a"]), ("round", [15, -1]), ("round", [25, -1]), ("round", [10**30 + 5, -1]),
        ("round", [2**70 + 0.0, -5]),
        ("divmod", [7, 2]), ("divmod", [-7, 2]), ("divmod", [7, -2]), ("divmod", [10**30, 7]),
        ("divmod", [-7.5, 2]), ("divmod", [7, 0]), ("divmod", [7.0, 0]), ("divmod", [1, "a"]),
        ("pow", [2, 10]), ("pow", [2, -1]), ("pow", [3, -1, 7]), ("pow", [2, -1, 4]),
        ("pow", [2, 3, 0]), ("pow", [2.0, 3, 5]), ("pow", [2, 100, 7]), ("pow", [0, 0, 1]),
        ("pow", [5, 0, -7]), ("pow", [3, 2, -7]), ("pow", [-3, 3, 10]), ("pow", [2, 0.5]),
        ("pow", [1e300, 2]), ("pow", [0, -1]),
        ("abs", [-5]), ("abs", [-2**63]), ("abs", [-0.0]), ("abs", ["a"]), ("abs", [True]),
        ("hex", [-31]), ("hex", [2**70]), ("bin", [-5]), ("oct", [8]), ("hex", [1.5]),
        ("chr", [65]), ("chr", [0x110000]), ("chr", [-1]), ("chr", [233]), ("chr", [0x1f600]),
        ("ord", ["a"]), ("ord", ["abc"]), ("ord", [""]), ("ord", [1]), ("ord", ["日"]),
        ("ord", [b"A"]), ("format", [1.5, ".3f"]), ("format", [[], "x"]), ("format", [3]),
        ("ascii", ["é\n"]),
        ("int", []), ("int", ["0x1f", 16]), ("int", ["0b101", 0]), ("int", [" 1_000 "]),
        ("int", ["1__0"]), ("int", ["010", 0]), ("int", ["0_0", 0]), ("int", [1.5, 10]),
        ("int", ["1", Kw("base", 37)]), ("int", ["12", 1]), ("int", ["abc"]), ("int", [3.99]),
        ("int", [-3.99]), ("int", [1e30]), ("int", [math.inf]), ("int", [math.nan]),
        ("int", ["९"]), ("int", ["z", 36]), ("int", ["-0x_ff", 0]), ("int", [b" 42 "]),
        ("int", [b"4x"]), ("int", ["1" * 5000]), ("int", [True]), ("int", ["ab", Kw("base", 16)]),
        ("int", [[1]]), ("int", [Kw("x", "1")]), ("int", ["  -12  "]), ("int", ["+"]),
        ("int", ["99999999999999999999999"]), ("int", ["-9223372036854775808"]),
        ("float", ["1.5"]), ("float", [" -1e3 "]), ("float", ["-Infinity"]), ("float", ["nan"]),
        ("float", ["1_0.5"]), ("float", ["1__0"]), ("float", ["abc"]), ("float", [".5"]),
        ("float", ["5."]), ("float", ["1e"]), ("float", ["1e500"]), ("float", ["१.५"]),
        ("float", [10**400]), ("float", [2**1024 - 2**971]), ("float", [b"2.5"]), ("float", []),
        ("float", [[1]]), ("float", [7]), ("float", ["0x10"]), ("float", ["iNfInItY"]),
        ("bool", []), ("bool", [0]), ("bool", [""]), ("bool", ["a"]), ("bool", [0.0]),
        ("bool", [None]), ("str", []), ("str", [12]), ("str", [1.5]), ("str", [None]),
        ("str", [b"ab", "utf-8"]), ("str", [b"\xff", "utf-8"]), ("str", [b"\xff", "latin-1"]),
        ("str", [b"\xffa", "utf-8", "replace"]), ("str", [1, "utf-8"]), ("str", ["a", "utf-8"]),
        ("str", [b"ab"]), ("str", [b"a\xe2\x82", "utf-8"]), ("str", [b"\xe2\x82", "utf-8"]),
        ("bytes", []), ("bytes", [3]), ("bytes", [-1]), ("bytes", [[1, 2]]), ("bytes", [[256]]),
        ("bytes", ["x"]), ("bytes", ["xé", "utf-8"]), ("bytes", ["é", "ascii"]),
    ]
    for x in (0, 1, -1, 255, -256, 2**63, -2**63, 2**100 + 1, True):
        for name, args in (("bit_length", []), ("bit_count", []), ("conjugate", []),
                           ("as_integer_ratio", []), ("to_bytes", [2, "big"]),
                           ("to_bytes", [9, "little", Kw("signed", True)]), ("to_bytes", []),
                           ("to_bytes", [16, "middle"]), ("__index__", []), ("__format__", ["x"])):
            out.append(line("meth " + name, [x] + args, lambda: getattr(x, name)(
                *[a for a in args if not isinstance(a, Kw)],
                **{a.name: a.value for a in args if isinstance(a, Kw)})))
    for x in (0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 3.0, math.inf, math.nan):
        for name in ("is_integer", "as_integer_ratio", "hex", "conjugate", "__trunc__",
                     "__floor__", "__ceil__"):
            out.append(line("meth " + name, [x], lambda: getattr(x, name)()))
    for cls, name, args in (
            ("int", "from_bytes", [b"\x01\x00", "big"]), ("int", "from_bytes", [b"\xff\xff", "little"]),
            ("int", "from_bytes", [b"\xff\xff", "big", Kw("signed", True)]),
            ("int", "from_bytes", [b"", "big"]), ("int", "from_bytes", [b"\x01", "sideways"]),
            ("float", "fromhex", ["0x1.8p1"]), ("float", "fromhex", ["-0x1p-1074"]),
            ("float", "fromhex", ["inf"]), ("float", "fromhex", ["0x1.fffffffffffff8p1023"]),
            ("float", "fromhex", ["zz"]), ("float", "fromhex", [" 0X10 "]),
            ("str", "maketrans", ["ab", "cd"]), ("str", "maketrans", ["ab", "cd", "e"]),
            ("str", "maketrans", ["ab", "c"]), ("bytes", "fromhex", ["01 ff"]),
            ("bytes", "fromhex", ["0g"])):
        out.append(line("cls %s.%s" % (cls, name), args, lambda: getattr(eval(cls), name)(
            *[a for a in args if not isinstance(a, Kw)],
            **{a.name: a.value for a in args if isinstance(a, Kw)})))
    for name, args in calls:
        out.append(line("call " + name, args, lambda: eval(name)(
            *[a for a in args if not isinstance(a, Kw)],
            **{a.name: a.value for a in args if isinstance(a, Kw)})))
    return out


STRS = ["", "abc", "  a b  c  ", "Hello World", "hello world", "ABC", "a,b,,c", "héllo wörld",
        "日本語", "ΣΑΣ ΟΔΟΣ", "ǆemal", "ß straße", "ﬁ", "İ", "a\tb\n\rc\r\nd\x0be\x1cf",
        "  \u3000x\u2028y  ", "x1_y", "1x", "²³", "½", "१२३", "abcabcabc", "-42", "+7", "ab\x00\x7f",
        "'", "'\"", "\\", "\u00ad\u200b", "they're bill's friends", "ŉ ΐ ﬀ ᾳ", "Σ", "aΣ",
        "ΑΣ.", "AΣ'b", "x\u0345Σ", "ǈa ǈA", "hello\u0301world", "3rd 4TH", "a\u00a0b\u2009c"]

METHOD_CALLS = [
    ("upper", []), ("lower", []), ("casefold", []), ("swapcase", []), ("title", []),
    ("capitalize", []), ("isalpha", []), ("isdecimal", []), ("isdigit", []), ("isnumeric", []),
    ("isalnum", []), ("isspace", []), ("isupper", []), ("islower", []), ("istitle", []),
    ("isidentifier", []), ("isprintable", []), ("isascii", []), ("split", []),
    ("split", [","]), ("split", [None, 1]), ("split", [Kw("maxsplit", 1)]), ("rsplit", []),
    ("rsplit", [None, 1]), ("rsplit", [",", 1]), ("split", [""]), ("split", ["b"]),
    ("splitlines", []), ("splitlines", [True]), ("strip", []), ("lstrip", []), ("rstrip", []),
    ("strip", ["ac"]), ("strip", [1]), ("find", ["b"]), ("find", ["b", 2]), ("find", ["", 100]),
    ("rfind", ["b"]), ("index", ["z"]), ("rindex", ["a"]), ("count", ["a"]), ("count", [""]),
    ("count", ["a", -3]), ("find", ["c", -4, -1]), ("startswith", ["a"]),
    ("startswith", [("x", "H", "a")]), ("startswith", [1]), ("endswith", ["c", 0, 2]),
    ("endswith", [("d",)]), ("replace", ["a", "XY"]), ("replace", ["", "-"]),
    ("replace", ["b", "", 1]), ("replace", ["", "-", 2]), ("zfill", [6]), ("center", [9]),
    ("center", [10, "*"]), ("ljust", [8, "."]), ("rjust", [8]), ("center", [5, "ab"]),
    ("partition", [" "]), ("rpartition", [" "]), ("partition", [""]), ("expandtabs", []),
    ("expandtabs", [4]), ("encode", []), ("encode", ["ascii"]), ("encode", ["ascii", "replace"]),
    ("encode", ["latin-1", "xmlcharrefreplace"]), ("removeprefix", ["a"]),
    ("removesuffix", ["c"]), ("join", [["x", "y", "z"]]), ("join", [["x", 1]]),
    ("format", [1, 2]), ("upper", [1]), ("zfill", ["x"]), ("find", []), ("split", [1, 2, 3]),
    ("split", [Kw("x", 1)]), ("find", ["a", "b"]), ("center", []),
]


def gen_str():
    out = []
    for s in STRS:
        out.append(line("repr", [s], lambda: s))
        out.append(line("call len", [s], lambda: len(s)))
        out.append(line("call ascii", [s], lambda: ascii(s)))
        for name, args in METHOD_CALLS:
            out.append(line("meth " + name, [s] + args, lambda: getattr(s, name)(
                *[a for a in args if not isinstance(a, Kw)],
                **{a.name: a.value for a in args if isinstance(a, Kw)})))
        for idx in (0, 1, -1, 5, -10, 10**30):
            out.append(line("getitem", [s, idx], lambda: s[idx]))
        for sl in ((None, None, None), (1, None, None), (None, -1, None), (None, None, -1),
                   (1, 5, 2), (-3, None, None), (10, 1, -2), (None, None, 0)):
            out.append(line("getslice", [s, *sl], lambda: s[slice(*sl)]))
    alphabet = "ab ,\t\n\r\x0b\x1c\u3000\u2028é日ΣσAB1_-'."
    random_calls = [("split", []), ("split", [","]), ("split", [None, 2]), ("rsplit", [None, 2]),
                    ("rsplit", [",", 1]), ("split", ["ab"]), ("splitlines", []),
                    ("splitlines", [True]), ("strip", []), ("strip", ["a,"]), ("rstrip", []),
                    ("partition", ["b"]), ("rpartition", [","]), ("find", ["a", 1, -1]),
                    ("rfind", ["b", -5]), ("count", ["a"]), ("replace", ["a", "xy", 2]),
                    ("title", []), ("lower", []), ("upper", []), ("swapcase", []),
                    ("capitalize", []), ("istitle", []), ("isspace", []), ("expandtabs", [3]),
                    ("center", [12, "*"]), ("zfill", [10]), ("startswith", ["a", 1]),
                    ("endswith", [("b", "."), 0, -1])]
    for _ in range(150):
        s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 14)))
        for name, args in random_calls:
            out.append(line("meth " + name, [s] + args, lambda: getattr(s, name)(*args)))
        i, j, k = (random.randint(-16, 16) for _ in range(3))
        out.append(line("getslice", [s, i, j, k or None], lambda: s[i:j:k or None]))
    templates = [
        ("{} {}", (1, "a"), {}), ("{0!r:>10}", ("a",), {}), ("{name}={0:.2f}", (3.14159,), {"name": "pi"}),
        ("{{x}} {}", (5,), {}), ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
        ("{}", (), {}), ("{x}", (), {}), ("{0[1]}", (["a", "b"],), {}), ("{0[k]}", ({"k": 7},), {}),
        ("{:{}}", ("ab", 5), {}), ("{:>{w}.{p}f}", (3.14159,), {"w": 10, "p": 2}), ("{!x}", (1,), {}),
        ("{0.real}", (5,), {}), ("{0:,}", (1234567,), {}), ("{!a}", ("é",), {}), ("{0:}", (1,), {}),
        ("{:%}", (0.25,), {}), ("{0!s:^7}", (1.5,), {}), ("a{{b", (), {}),
    ]
    for t, a, k in templates:
        out.append(line("meth format", [t] + list(a) + [Kw(n, v) for n, v in k.items()],
                        lambda: t.format(*a, **k)))
    printf = [
        ("%s %d %r %5.2f %x %%", ("a", 42, "b", 3.14159, 255)), ("%(a)s-%(b)r", {"a": 1, "b": "x"}),
        ("%(a)s", 5), ("%*d", (5, 3)), ("%.*f", (2, 3.14159)), ("%z", 1),
        ("%", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%c", 65), ("%c", "ab"),
        ("%x", 1.5), ("%d", 1.9), ("%.2s", "abc"), ("%5s|%-5s", ("a", "b")),
        ("%o %#o %#x %#X", (8, 8, 255, 255)), ("%.3d", 5), ("%+.3e", 12345.678), ("%#g", 1.5),
        ("%i", 3.7), ("%c", 0x110000), ("%d", 10**30), ("%-05d", 3), ("%05s", "a"), ("% d", 5),
        ("%x", -255), ("%#x", -255), ("%(a)", {"a": 1}), ("%(a", {"a": 1}), ("%*.*f", (8, 2, 3.14159)),
        ("%*d", ("a", 1)), ("%r", "é"), ("%a", "é"), ("%s%%", 1), ("%d", True), ("%s", True),
        ("%.0f", 0.5), ("%e", math.inf), ("%05.1f", -2.34), ("%s", (1,)), ("%f", "x"), ("%d", None),
        ("a%sb", b"x"), ("%g %G %E", (1e-5, 1e20, 12.5)), ("%10.4g|", (math.pi,)), ("%-8.3f|", (2.5,)),
        ("%+d % d", (0, 0)), ("%#.0f %#.0e", (2.0, 2.0)), ("%s", ""), ("%5%", ()), ("%ld", 5),
    ]
    for fmt, arg in printf:
        out.append(line("bin mod", [fmt, arg], lambda: fmt % arg))
    for a in ("ab", "", "é"):
        for b in ("ab", "b", "", 3, -1, 0, True, 1.5, None):
            for name in ("add", "mult", "mod"):
                out.append(line("bin " + name, [a, b], lambda: eval("a %s b" % BINOPS[name], None, {"a": a, "b": b})))
                out.append(line("bin " + name, [b, a], lambda: eval("b %s a" % BINOPS[name], None, {"a": a, "b": b})))
            for name, sym in CMPOPS.items():
                out.append(line("cmp " + name, [a, b], lambda: eval("a %s b" % sym, None, {"a": a, "b": b})))
        out.append(line("contains", [a, "a"], lambda: "a" in a))
    out.append(line("contains", ["abc", 5], lambda: 5 in "abc"))
    for b in (b"", b"ab", b"a\x00'", b"\x00'\"", b"'", b"\xff\\\n\t\r", b"hello"):
        out.append(line("repr", [b], lambda: b))
        out.append(line("call len", [b], lambda: len(b)))
        for idx in (0, -1, 10):
            out.append(line("getitem", [b, idx], lambda: b[idx]))
        out.append(line("getslice", [b, 1, None, None], lambda: b[1:]))
        out.append(line("bin add", [b, b"xy"], lambda: b + b"xy"))
        out.append(line("bin add", [b, "xy"], lambda: b + "xy"))
        out.append(line("bin mult", [b, 3], lambda: b * 3))
        out.append(line("cmp lt", [b, b"b"], lambda: b < b"b"))
        out.append(line("cmp eq", [b, b"ab"], lambda: b == b"ab"))
        out.append(line("meth decode", [b], lambda: b.decode()))
        out.append(line("meth decode", [b, "latin-1"], lambda: b.decode("latin-1")))
        out.append(line("meth hex", [b], lambda: b.hex()))
        out.append(line("meth hex", [b, ":"], lambda: b.hex(":")))
        out.append(line("contains", [b, 97], lambda: 97 in b))
        out.append(line("contains", [b, b"l"], lambda: b"l" in b))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, gen in (("ops", gen_ops), ("float_repr", gen_float_repr), ("format", gen_format),
                      ("builtins", gen_builtins), ("str", gen_str)):
        lines = [ln for ln in gen() if ln is not None]
        with open(os.path.join(OUT, "numstr_%s.txt" % name), "w") as f:
            f.write("\n".join(lines) + "\n")
        print(name, len(lines))


main()
