# Small differences from CPython found by hostile use: `with` on a non-context-manager,
# hashes of empty str/bytes, the in-place operator messages, the int/str digits limit.
import sys


def attempt(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


def with_it(cm):
    with cm:
        return "inside"


class EnterOnly:
    def __enter__(self):
        return self


class ExitOnly:
    def __exit__(self, *a):
        return False


class Both(EnterOnly, ExitOnly):
    pass


for i in range(200):
    assert with_it(Both()) == "inside"
print("warm")
for cm in (5, None, "s", EnterOnly(), ExitOnly(), Both()):
    attempt("with " + type(cm).__name__, lambda: with_it(cm))
print(hash(""), hash(b""), hash("") == hash(b""), hash("a") == hash(b"a"))
print(hash(bytearray(b"").decode()), hash(str()), hash(bytes()))


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


def isub(a, b):
    a -= b
    return a


class A:
    pass


for i in range(200):
    iadd((1,), (2,))
    imul([1], 2)
for a, b in [((1,), 1), ([1], 1), ("s", 1), (b"b", 1), (bytearray(b"x"), 1), (1, "s"),
             ((1,), [1]), ([1], (2,)), ("s", b"b"), (b"b", "s"), ({1}, 1), ({1: 2}, 1),
             (None, 1), ([1], "ab"), (A(), 1)]:
    names = type(a).__name__ + " " + type(b).__name__
    attempt("+= " + names, lambda: iadd(a, b))
    attempt("-= " + names, lambda: isub(a, b))
for a in (A(), {1}, {1: 2}, range(2), {}.keys(), 1.5, None, 3, frozenset()):
    for b in ("x", [1], (1,), b"x"):
        attempt("*= %s %s" % (type(a).__name__, type(b).__name__), lambda: imul(a, b))
        attempt("* %s %s" % (type(a).__name__, type(b).__name__), lambda: a * b)

print(sys.get_int_max_str_digits(), sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
for i in range(200):
    assert int("1" * 100) > 0 and len(str(10**100)) == 101
attempt("int 4300", lambda: int("1" * 4300) > 0)
attempt("int 4301", lambda: int("1" * 4301))
attempt("str 10**5000", lambda: str(10**5000))
attempt("repr 10**5000", lambda: repr(-10**5000))
attempt("format 10**5000", lambda: f"{10**5000:d}")
attempt("percent 10**5000", lambda: "%d" % 10**5000)
attempt("hex ok", lambda: len(hex(10**5000)))
attempt("int base 16 ok", lambda: int("f" * 5000, 16) > 0)
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("int 641", lambda: int("1" * 641))
attempt("set 639", lambda: sys.set_int_max_str_digits(639))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set str", lambda: sys.set_int_max_str_digits("5"))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set two", lambda: sys.set_int_max_str_digits(1, 2))
attempt("set huge", lambda: sys.set_int_max_str_digits(2**64))
attempt("get arg", lambda: sys.get_int_max_str_digits(1))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
attempt("int 5000 unlimited", lambda: int("1" * 5000) % 10)
attempt("set kw", lambda: sys.set_int_max_str_digits(maxdigits=5000))
attempt("get", lambda: sys.get_int_max_str_digits())
attempt("bytes 6000", lambda: int(b"1" * 6000))
attempt("neg 6000", lambda: int("-" + "1" * 6000))
