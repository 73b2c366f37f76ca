# Deeply nested containers: repr, comparison and hashing neither crash nor hang. repr and
# comparison count against the recursion limit (RecursionError as CPython); hashing nested
# tuples does not (CPython hashes 100,000 levels).
def nest(n, make):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (bool, int)) else type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)


for i in range(200):
    small = nest(20, lambda x: [x])
    assert repr(small).count("[") == 21
    assert small == nest(20, lambda x: [x])
    assert hash(nest(20, lambda x: (x,))) == hash(nest(20, lambda x: (x,)))
print("warm")

N = 100000
lists = nest(N, lambda x: [x])
lists2 = nest(N, lambda x: [x])
attempt("repr list", lambda: len(repr(lists)))
attempt("str list", lambda: len(str(lists)))
attempt("eq list", lambda: lists == lists2)
attempt("lt list", lambda: lists < lists2)
attempt("identity eq", lambda: lists == lists)
tuples = nest(N, lambda x: (x,))
attempt("repr tuple", lambda: len(repr(tuples)))
attempt("hash tuple", lambda: hash(tuples) == hash(nest(N, lambda x: (x,))))
dicts = nest(N, lambda x: {1: x})
attempt("repr dict", lambda: len(repr(dicts)))
attempt("eq dict", lambda: dicts == nest(N, lambda x: {1: x}))
sets = nest(N, lambda x: frozenset([x]))
attempt("hash frozenset", lambda: hash(sets) == hash(sets))
attempt("repr frozenset", lambda: len(repr(sets)))
# and they free without overflowing
del lists, lists2, tuples, dicts, sets
print("freed")
