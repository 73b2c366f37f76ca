# list.extend / += with a non-list iterable append item by item, as CPython's list_extend:
# the iterator sees the list grow, and an error midway keeps what was appended.
def growing():
    target = [1, 2]

    def gen():
        for i in range(3):
            target.append(i)
            yield i

    target.extend(gen())
    return target


print(growing())
for i in range(200):
    growing()
print(growing())

l = [1, 2]
l += (x for x in l if len(l) < 10)
print(l)


def fails_midway():
    yield 1
    yield 2
    raise ValueError("midway")


for how in ("extend", "iadd"):
    l = [0]
    try:
        if how == "extend":
            l.extend(fails_midway())
        else:
            l += fails_midway()
    except ValueError as e:
        print(how, e, l)


class Hint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        raise KeyError("hint")


try:
    [].extend(Hint())
except KeyError as e:
    print("KeyError", e)


class Sub(list):
    def __iter__(self):
        return iter(["it"])


s = Sub([1, 2])
s.extend(s)
print(list.__repr__(s))
l = [1, 2]
l.extend(Sub([5]))
print(l)
l.extend(l)
print(l)
l.extend({"k": 1})
l.extend("ab")
l.extend(range(2))
l.extend((9,))
print(l)
for bad in (5, None):
    try:
        [].extend(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    x = []
    x += 5
except TypeError as e:
    print("TypeError", e)
