# array(...) and bytearray(...) grow as they iterate (no up-front reservation from
# __len__), so an iterable whose __len__ is huge still works; list/tuple/bytes reserve by the
# length hint and fail with MemoryError. Each is run cold and after 200 warm calls.
from array import array


class TooLong:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return 1 << 61

    def __iter__(self):
        return iter(self.items)


def build(make, items):
    try:
        return make(TooLong(items))
    except MemoryError:
        return "MemoryError"


makers = [
    ("array d", lambda x: array("d", x)),
    ("array b", lambda x: array("b", x)),
    ("bytearray", bytearray),
    ("list", list),
    ("tuple", tuple),
    ("bytes", bytes),
]
for name, make in makers:
    print(name, build(make, [1, 2, 3]))
for _ in range(200):
    for name, make in makers:
        build(make, [4, 5])
for name, make in makers:
    print(name, build(make, [7]))

# a bad item still raises its own error partway through
for name, make in makers[:3]:
    try:
        print(name, make(TooLong([1, "x"])))
    except TypeError as e:
        print(name, "TypeError", e)
try:
    array("b", TooLong([1, 300]))
except OverflowError as e:
    print("OverflowError", e)
try:
    bytearray(TooLong([1, 300]))
except ValueError as e:
    print("ValueError", e)
