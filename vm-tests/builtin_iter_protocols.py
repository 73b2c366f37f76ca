import itertools
l = [1, 2]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d, repr(l), str([l]))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "dflt"))
calls = iter(lambda c=[0]: c.append(1) or len(c), 4)
print(list(calls))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2], "a", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), print("inner", end="!\n"), print(1, 2, sep=""))
print("a", "b", sep="-", end="")
print()
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
try:
    sorted([1, 2], key=lambda x: x.nope)
except AttributeError as e:
    print(e)
class Rev:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return RevIter(self.data)
class RevIter:
    def __init__(self, data):
        self.data, self.i = data, len(data)
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == 0:
            raise StopIteration
        self.i -= 1
        return self.data[self.i]
r = Rev("abc")
print(list(r), list(r), "".join(r), sorted(r), tuple(r), set(r) == {"a", "b", "c"}, "b" in r, max(r))
print(dict(enumerate("xy")), list(itertools.chain(r, r)), [x for x in Rev([1, 2]) for _ in range(2)])
e = enumerate(["a", "b"])
print(next(e), list(e), type(e).__name__)
m = map(str.upper, "ab")
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(list(f), list(filter(str.isdigit, "a1b2")))
rv = reversed([1, 2, 3])
print(next(rv), list(rv), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(None)
except TypeError as e:
    print(e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(e)
print(list(itertools.zip_longest("ab", "c")), sum(1 for _ in range(10)), len(list(itertools.product(range(3), repeat=3))))
print(dict.fromkeys(range(3)), {}.get("x", "dflt"), list({"a": 1}.values()), {"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() | {"b"} == {"a", "b"})
print(print)
print(len, type(len), type(print).__name__)
