# array methods whose argument's __eq__ / __index__ / __float__ change the array being worked
# on: no panic, CPython's results.
import array


class Shrinker:
    def __init__(self, a, result=True):
        self.a = a
        self.result = result

    def __eq__(self, other):
        del self.a[:]
        return self.result

    __hash__ = object.__hash__


class IdxShrink:
    def __init__(self, a, v):
        self.a = a
        self.v = v

    def __index__(self):
        del self.a[:]
        return self.v


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def remove_eq(a):
    a.remove(Shrinker(a))
    return a


def remove_last(a):
    # __eq__ only says yes at the last item, after emptying the array
    class Late:
        def __eq__(self, other):
            if other == a[-1] if len(a) else False:
                del a[:]
                return True
            return False

    a.remove(Late())
    return a


for _ in range(200):
    w = array.array("i", [1, 2, 3])
    w.remove(2)
    w.index(3)
    w.count(1)

show("remove shrinking eq", lambda: remove_eq(array.array("i", [5, 6, 7])))
show("remove shrinking eq, d", lambda: remove_eq(array.array("d", [5.0])))
show("remove at end", lambda: remove_last(array.array("b", [1, 2, 3])))
show("index shrinking eq", lambda: (lambda a: a.index(Shrinker(a)))(array.array("i", [1, 2])))
show("count shrinking eq", lambda: (lambda a: a.count(Shrinker(a)))(array.array("i", [1, 2])))
show("in shrinking eq", lambda: (lambda a: Shrinker(a) in a)(array.array("i", [1, 2])))
show("no match", lambda: remove_eq.__class__ and array.array("i", [1]).remove(Shrinker(array.array("i"), False)))
show("pop shrinking index", lambda: (lambda a: a.pop(IdxShrink(a, 1)))(array.array("i", [1, 2, 3])))
show("setitem shrinking value", lambda: (lambda a: a.__setitem__(2, IdxShrink(a, 9)) or a)(array.array("i", [1, 2, 3])))
show("setitem shrinking index", lambda: (lambda a: a.__setitem__(IdxShrink(a, 2), 9) or a)(array.array("i", [1, 2, 3])))
show("delitem shrinking index", lambda: (lambda a: a.__delitem__(IdxShrink(a, 2)) or a)(array.array("i", [1, 2, 3])))

for _ in range(200):
    w = array.array("i", [1, 2, 3])
    w.remove(3)
show("after warm", lambda: remove_eq(array.array("i", [1])))
