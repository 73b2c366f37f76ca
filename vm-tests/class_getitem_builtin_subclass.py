# Subclasses of list, dict, tuple, set and frozenset inherit __class_getitem__ (D[int] is a
# generic alias of D); a metaclass does not (only `type` itself is subscriptable). Found by
# differential runs of generated programs.


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class M(type):
    pass


class Own(list):
    def __class_getitem__(cls, item):
        return ("own", cls.__name__, item)


def sub(cls, key):
    try:
        return repr(cls[key])
    except TypeError as e:
        return "TypeError: %s" % e


for cls in (D, L, T, S, F, M, Own, dict, type, object, int):
    print(cls.__name__, sub(cls, int), sub(cls, (int, str)))
a = D[int, str]
print(a.__origin__ is D, a.__args__, a() == {}, type(a(x=1)) is D)
# after warm-up: the subscript ran 200 times on dict first
for _ in range(200):
    sub(dict, int)
print(sub(D, bytes), sub(M, bytes))
