# Objects with __index__ stand for ints in subscripts, slice bounds and the index
# arguments of list methods, also when __index__ changes the list.
class Ix:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


one, two = Ix(1), Ix(2)
l = [10, 20, 30, 40]
attempt("get", lambda: l[one])
attempt("slice", lambda: l[one:])
attempt("slice stop", lambda: l[:two])
attempt("slice step", lambda: l[::two])
attempt("neg", lambda: l[Ix(-1)])
attempt("str slice", lambda: "abcdef"[one:Ix(4):two])
attempt("tuple slice", lambda: (1, 2, 3)[one:])
attempt("bytes slice", lambda: b"abc"[one:])
attempt("range slice", lambda: list(range(10)[one:Ix(5):two]))
attempt("index start", lambda: [1, 2, 1].index(1, one))
attempt("tuple index", lambda: (1, 2, 1).index(1, one, Ix(3)))
attempt("insert", lambda: (l.insert(one, 15), l)[1])
attempt("pop", lambda: l.pop(one))


def store():
    m = [0, 0, 0]
    m[one] = "x"
    m[two:] = ["y", "z"]
    del m[Ix(0)]
    return m


attempt("store", store)


def warm(seq, i):
    return seq[i], seq[i:]


for k in range(200):
    warm([1, 2, 3], 1)
attempt("warm index", lambda: warm([1, 2, 3], two))
attempt("warm str", lambda: warm("xyz", one))
attempt("bad index", lambda: l[1.5])
attempt("bad slice", lambda: l["a":])


class NotInt:
    def __index__(self):
        return "x"


attempt("non-int __index__", lambda: l[NotInt()])
attempt("non-int slice __index__", lambda: l[NotInt():])


# __index__ that mutates the list runs before the list is looked at.
class Mut:
    def __index__(self):
        target.clear()
        return 0


target = [1, 2, 3]
attempt("mutating get", lambda: target[Mut()])
target = [1, 2, 3]
attempt("mutating slice", lambda: target[Mut():])
target = [1, 2, 3]


def mset():
    target[Mut()] = 5


attempt("mutating set", mset)
target = [1, 2, 3]
attempt("mutating insert", lambda: (target.insert(Mut(), 9), target)[1])
target = [1, 2, 3]
attempt("mutating pop", lambda: target.pop(Mut()))
