# bytes and bytearray methods declare CPython's calling conventions in their tables: the
# arity, keyword and receiver errors come from the call machinery (with the owner type's
# name), also after the call sites warmed up.


class B(bytes):
    pass


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return f"ok {r!r}"


SHARED = """decode hex startswith endswith join upper lower count find rfind index rindex split
rsplit splitlines partition rpartition replace removeprefix removesuffix strip lstrip rstrip
ljust rjust center zfill expandtabs swapcase capitalize title isalpha isdigit isalnum isspace
isascii islower isupper istitle""".split()
MUTATORS = "append extend pop insert remove reverse clear copy".split()

for tp, names in [(bytes, SHARED), (bytearray, SHARED + MUTATORS)]:
    for name in names:
        bound = getattr(tp(b"abc"), name)
        unbound = getattr(tp, name)
        print(tp.__name__, name)
        if name not in ("pop", "reverse", "clear"):
            print("  0:", err(bound))
        print("  5:", err(bound, 1, 2, 3, 4, 5))
        print("  kw:", err(unbound, tp(b"abc"), zzz=1))
        print("  unbound():", err(unbound))
        print("  unbound(1):", err(unbound, 1))
        print("  unbound('s'):", err(unbound, "s", b"x"))

# bytes methods do not apply to a bytearray, nor the other way round.
print(err(bytes.upper, bytearray(b"x")))
print(err(bytearray.upper, b"x"))
print(err(bytearray.append, b"x", 1))

# Direct method calls with a keyword.
print(err(lambda: b"abc".find(b"b", zzz=1)))
print(err(lambda: bytearray(b"abc").upper(zzz=1)))
print(err(lambda: b"abc".join([b"x"], zzz=1)))
print(err(lambda: bytearray().append(1, zzz=1)))
print(err(lambda: bytearray().insert(1)))
print(err(lambda: bytearray().pop(1, 2)))

# startswith / endswith take start and end, like str.
print(b"abc".startswith(b"b", 1), b"abc".endswith(b"b", 0, 2), b"abc".startswith(b"", 5))
print(bytearray(b"abc").startswith((b"x", bytearray(b"ab")), None, None))
print(b"abc".endswith(memoryview(b"c")) if False else b"abc".endswith(b"c", -1))
print(err(b"abc".startswith, "a"), err(b"abc".endswith, (1,)))

# Static and class methods.
print(bytes.maketrans(b"a", b"b")[97], err(bytes.maketrans, b"a"))
print(bytes.fromhex("aa bb"), bytearray.fromhex("01"), err(bytes.fromhex, "aa", zzz=1))

# Subclass instances as receivers; results of the base type. (pyvm cannot subclass
# bytearray yet.)
b, ba = B(b"a-b"), bytearray(b"x")
print(b.split(b"-"), bytes.upper(b), type(bytes.strip(b)).__name__, bytes.find(b, b"b"))
ba.append(121)
bytearray.extend(ba, b"z")
print(ba, bytearray.pop(ba), type(ba.copy()).__name__, bytearray.upper(ba))


# Warm-up: the same call sites, 200 times valid, then with bad arguments.
def call0(m):
    return m()


def call1(m, a):
    return m(a)


def call2(m, a, b):
    return m(a, b)


def meth_upper(x):
    return x.upper()


def meth_append(x, a):
    return x.append(a)


buf = bytearray()
for i in range(200):
    call0(b"abc".upper)
    call1(bytes.upper, b"abc")
    call2(bytes.find, b"abc", b"b")
    meth_upper(b"abc")
    meth_append(buf, i % 256)
print(len(buf), call0(b"abc".upper), call1(bytes.upper, b"abc"), call2(bytes.find, b"abc", b"b"))
print(err(call0, b"abc".join))
print(err(call0, bytearray.upper))
print(err(call0, bytes.find))
print(err(call1, bytes.upper, 1))
print(err(call1, bytes.upper, bytearray(b"x")))
print(call1(bytes.upper, B(b"sub")), call1(bytes.upper, b"sub"))
print(err(call2, bytes.upper, b"abc", b"b"))
print(err(call2, bytes.find, 1, b"b"))
print(err(call2, bytearray.append, b"abc", 1))
print(err(call2, bytearray.append, bytearray(), 300))
print(meth_upper(B(b"sub")), meth_upper(bytearray(b"sub")), meth_upper("str"), err(meth_upper, 1))
print(err(meth_append, b"abc", 1), err(meth_append, buf, "x"))
print(err(meth_append, [], 1), len(buf))
