def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3)
print(t, (1,), (), t + (4,), 2 * (0,), t[::-2], t[1:], t.index(3), t.count(3))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), (1, 2) < (1, 2, 0), (1, 2) == (1, 2))
err(lambda: t[3])
err(lambda: t + [1])
err(lambda: t.index(9))
print(tuple([5, 6]), tuple(range(3)), tuple(t) is t)

r = range(0, 10, 2)
print(r, range(5), range(-3, 3), len(r), r[-1], r[1:3], r[::-1], range(10)[::-3])
print(4 in r, 5 in r, 4.0 in r, r.index(6), r.count(4), list(reversed(range(1, 10, 3))))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(4))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, list(range(-5, 5, 3)), list(range(5, -5, -3)))
err(lambda: range(1.5))
err(lambda: range(1, 2, 0))
err(lambda: range())
err(lambda: r[5])
err(lambda: r.index(11))

s = slice(1, 10, 2)
print(s, slice(3), slice(None), s.start, s.stop, s.step)
print(s.indices(5), slice(None, None, -1).indices(10), slice(-30, 30).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
err(lambda: slice(1, 2, 0).indices(5))
err(lambda: slice("a").indices(5))
err(lambda: slice(1).indices(-1))
err(lambda: [1, 2][slice("a", None)])
items = list(range(7))
for start in (None, -8, -3, 0, 2, 9):
    for stop in (None, -1, 3, 10):
        for step in (None, -2, 1, 3):
            print(items[start:stop:step], end=" ")
print()
