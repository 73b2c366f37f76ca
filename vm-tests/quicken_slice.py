# Slicing a list after warm-up (BINARY_SUBSCR/STORE_SUBSCR specialised for an exact list and
# a slice): other containers, __index__ bounds, a zero step, self-assignment, errors.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


class L(list):
    def __getitem__(self, k):
        return ("L.getitem", k)

    def __setitem__(self, k, v):
        print("  L.setitem", k, v)


def get(s, a, b):
    return s[a:b]


def get3(s, a, b, c):
    return s[a:b:c]


def put(s, a, b, v):
    s[a:b] = v
    return s


for i in range(300):
    get([1, 2, 3, 4], 1, 3)
    get3([1, 2, 3, 4], None, None, -1)
    put([1, 2, 3, 4], 1, 2, [9, 9])
print(get([1, 2, 3, 4], 1, 3), get3([1, 2, 3, 4], None, None, -1), put([1, 2, 3], 0, 1, "ab"))
print("other", get((1, 2, 3), 0, 2), get("abcd", 1, 3), get(range(10), 2, 5), get(L([1, 2]), 0, 1))
print("idx", get([0, 1, 2, 3, 4], Idx(1), Idx(3)))
try:
    get3([1, 2, 3], Idx(0), Idx(1), Idx(0))
except ValueError as e:
    print("ValueError", e)
try:
    get([1, 2], "a", 1)
except TypeError as e:
    print("TypeError", e)
l = [1, 2, 3, 4, 5]
print("self", put(l, 1, 3, l))
print("gen", put([1, 2, 3], 1, 2, (x * 10 for x in range(3))))
print("subclass target", put(L([1, 2, 3]), 0, 1, [7]))
try:
    put([1, 2, 3], 0, 1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    s = [1, 2, 3, 4]
    s[::2] = [1]
except ValueError as e:
    print("ValueError", e)
print("big bounds", get([1, 2, 3], -2**70, 2**70), put([1, 2, 3], 2**70, None, [4]))
