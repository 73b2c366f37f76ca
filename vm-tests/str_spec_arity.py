# str methods declare CPython's calling conventions in their table: the arity, keyword
# and receiver errors come from the call machinery, also after the call sites warmed up.


class S(str):
    pass


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return f"ok {r!r}"


NAMES = """isalpha isdecimal isdigit isnumeric isalnum isspace isprintable isascii isupper
islower istitle isidentifier upper lower casefold swapcase title capitalize find rfind
index rindex count startswith endswith split rsplit splitlines join partition rpartition
strip lstrip rstrip center ljust rjust zfill replace expandtabs removeprefix removesuffix
encode format_map __format__ translate __getnewargs__""".split()

# Every method: no argument, too many, an unknown keyword; unbound without a receiver and
# with a wrong one.
for name in NAMES:
    bound = getattr("abc", name)
    unbound = getattr(str, name)
    print(name)
    print("  0:", err(bound))
    print("  5:", err(bound, 1, 2, 3, 4, 5))
    print("  kw:", err(unbound, "abc", zzz=1))
    print("  unbound():", err(unbound))
    print("  unbound(1):", err(unbound, 1))
    print("  unbound(b''):", err(unbound, b"", "x"))

# Direct method calls with a keyword (the common form).
print(err(lambda: "abc".find("b", zzz=1)))
print(err(lambda: "abc".upper(zzz=1)))
print(err(lambda: "abc".join(["x"], zzz=1)))
print(err(lambda: "abc".center(5, zzz=1)))
print(err(lambda: "abc".split(zzz=1)))
print(err(lambda: "abc".find()))
print(err(lambda: "abc".find("a", 1, 2, 3)))
print(err(lambda: "abc".startswith()))
print(err(lambda: "abc".replace("a")))
print(err(lambda: "abc".strip("a", "b")))

# maketrans is a static method.
print(err(str.maketrans))
print(err(str.maketrans, {}, zzz=1))
print(sorted(str.maketrans("ab", "cd", "e").items()))

# A subclass instance is a valid receiver, bound and unbound.
s = S("a-b")
print(s.split("-"), str.upper(s), str.find(s, "b"), S.lower(S("X")), str.zfill(s, 5))
print(type(str.strip(s)), type(s.strip()), type(str.center(s, 2)))



# Warm-up: the same call sites, 200 times valid, then with bad arguments.
def call0(m):
    return m()


def call1(m, a):
    return m(a)


def call2(m, a, b):
    return m(a, b)


def meth_upper(x):
    return x.upper()


def meth_find(x, a):
    return x.find(a)


for i in range(200):
    call0("abc".upper)
    call1(str.upper, "abc")
    call2(str.find, "abc", "b")
    meth_upper("abc")
    meth_find("abc", "c")
print(call0("abc".upper), call1(str.upper, "abc"), call2(str.find, "abc", "b"))
print(err(call0, "abc".join))
print(err(call0, str.upper))
print(err(call0, str.find))
print(err(call1, str.upper, 1))
print(err(call1, str.upper, b"x"))
print(call1(str.upper, S("sub")), type(call1(str.upper, S("sub"))).__name__)
print(err(call2, str.upper, "abc", "b"))
print(err(call2, str.find, 1, "b"))
print(err(call2, str.join, "abc", "b"))
print(err(call2, str.zfill, "abc", "x"))
print(meth_upper(S("sub")), err(meth_upper, 1))
print(meth_find(S("sub"), "b"), err(meth_find, "abc", 1))
print(meth_find(b"abc", b"c"), meth_find(bytearray(b"abc"), 99))
for i in range(200):
    meth_find("abc", "c")
print(meth_find("abc", "c"), err(call2, str.find, "abc", 1))
