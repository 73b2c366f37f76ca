def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {}
for i in range(10):
    d[i] = i * i
del d[3]; del d[5]
d[3] = -1; d[20] = 0
del d[0]
print(d, len(d))
print(d.popitem(), d)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(d.setdefault("a", 9), d.setdefault("q", 9), d.pop("q"), d.pop("q", None))
err(lambda: d["zz"])
err(lambda: d[[]])
err(lambda: d.pop("zz"))
err(lambda: {}.popitem())
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: dict({}, {}))
err(lambda: d.keys(1))
print(dict([(1, 2), (3, 4)], x=5), dict(a=1), dict({1: 2}), dict.fromkeys([3, 1, 2]), dict.fromkeys("ab", 0))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
e = {1: 2}
e[1] = e
print(e)
a = {1: 2, 3: 4}
print(a == {3: 4, 1: 2}, a != {1: 2}, a | {5: 6}, {1: 1} | {1: 2})
a |= [(7, 8)]
print(a)
err(lambda: a | 1)
k = {1: 1, 2: 2, 3: 3}.keys()
print(k, len(k), 2 in k, k == {1, 2, 3}, {1, 2, 3} == k, k & {2, 3, 4}, {2, 3, 4} & k, k | {9}, k - {1}, k ^ {1, 9})
items = {1: 2, 3: 4}.items()
print(items, (1, 2) in items, (1, 3) in items, {1: 2}.values(), 2 in {1: 2}.values())
print(list(reversed({1: 2, 3: 4})), list(reversed(items)), list({1: 2}.values()))
print({1: 1, 2: 2}.items() & {(1, 1)}, {1: 1}.keys() <= {1, 2}, {1: 1}.keys().isdisjoint([2]))
err(lambda: hash({}.keys()))

def mutate(d, f):
    try:
        for k in d:
            f(d, k)
    except RuntimeError as ex:
        print("RuntimeError:", ex)
def swap(d, k):
    del d[k]
    d[k + 10] = 1
mutate({1: 1, 2: 2}, swap)
mutate({1: 1, 2: 2, 3: 3}, lambda d, k: d.__setitem__(k + 10, 1))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["x"] += 1
print(c, c["nothing"], type(c).__name__)
