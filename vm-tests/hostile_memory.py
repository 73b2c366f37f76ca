# Sizes a script controls: MemoryError or OverflowError with CPython's messages, never an
# abort; the same operations with small sizes work before and after.
import itertools


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


def small():
    return (len([0] * 3), len("ab" * 3), len(b"a" * 3), len(bytearray(3)), "x".ljust(3),
            b"x".rjust(3), len(list(range(5))), "%*d" % (3, 1), format(1, "3"),
            "a\tb".expandtabs(4), b"-".join([b"a", b"b"]), list(itertools.repeat(1, 2)))


for i in range(200):
    s = small()
print("warm", s)
huge = 10**12
attempt("list(range)", lambda: list(range(huge)))
attempt("tuple(range)", lambda: tuple(range(huge)))
attempt("sorted(range)", lambda: sorted(range(huge)))
attempt("extend range", lambda: [].extend(range(huge)))
attempt("list repeat", lambda: list(itertools.repeat(None, huge)))
attempt("list *", lambda: [0] * huge)
attempt("list * 2**62", lambda: [None] * 2**62)
attempt("list * 2**63", lambda: [None] * 2**63)
attempt("list *=", lambda: [0].__imul__(huge))
attempt("tuple *", lambda: (0,) * huge)
attempt("str *", lambda: "a" * huge)
attempt("str * 2**62", lambda: "ab" * 2**62)
attempt("str * 2**63", lambda: "a" * 2**63)
attempt("bytes *", lambda: b"a" * huge)
attempt("bytes(n)", lambda: bytes(huge))
attempt("bytearray(n)", lambda: bytearray(huge))
attempt("bytearray *", lambda: bytearray(b"a") * huge)
attempt("ljust", lambda: "x".ljust(huge))
attempt("rjust", lambda: "x".rjust(huge))
attempt("center", lambda: "x".center(huge))
attempt("zfill", lambda: "x".zfill(huge))
attempt("zfill 2**63", lambda: "x".zfill(2**63))
attempt("bytes ljust", lambda: b"x".ljust(huge))
attempt("bytes zfill", lambda: b"x".zfill(huge))
attempt("bytes ljust 2**63", lambda: b"x".ljust(2**63))
attempt("str join", lambda: "".join(["a" * 10**7] * 2 * 10**6))
attempt("bytes join", lambda: b"".join([b"a" * 10**7] * 2 * 10**6))
attempt("replace", lambda: ("a" * 10**6).replace("a", "b" * 10**7))
attempt("expandtabs", lambda: "a\tb".expandtabs(2**31))
attempt("printf width", lambda: "%*d" % (huge, 1))
attempt("printf width 2**63", lambda: "%*d" % (2**63, 1))
attempt("printf literal", lambda: "%1000000000000d" % 1)
attempt("format width", lambda: format(1, "1000000000000"))
attempt("format digits", lambda: format(1, "9" * 20))
attempt("format precision", lambda: format(1.0, ".1000000000000f"))
attempt("fstring width", lambda: f"{1:{huge}}")
attempt("shift", lambda: 1 << huge)
attempt("shift 2**63", lambda: 1 << 2**63)
attempt("zero shift", lambda: 0 << 2**70)
attempt("range len", lambda: len(range(10**30)))
attempt("range ok", lambda: len(range(10**18)))
attempt("range big", lambda: range(10**30)[10**29])
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print("repeat hint", e)
print("hint", itertools.repeat(1, 5).__length_hint__())
for i in range(200):
    s = small()
print("after", s)
