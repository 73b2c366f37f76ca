first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c, *[1, 2], *"xy", sep="|")
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
try:
    f(a=1, d=2)
except TypeError as ex:
    print(ex)
print({**{"a": 1}, **{"b": 2}}, [*range(3), *[9]], {*"ab"} == {"a", "b"})
def counter():
    count = 0
    def inc(n=1):
        nonlocal count
        count += n
        return count
    return inc
c1 = counter()
c1(); c1(5)
print(c1(), c1.__closure__[0].cell_contents)
G = 1
def setg():
    global G
    G += 1
    del_me = 3
    del del_me
    return G
print(setg(), G)
x = [1, 2, 3]
del x[0], x[-1]
print(x)
print((lambda *a, **k: (a, k))(1, 2, k=3))
print(type(...), ... is Ellipsis, NotImplemented)
if (n := len(x)) > 0:
    print("walrus", n)
print([i for i in range(10) if i % 2 if i % 3])
print("chained", 1 < 2 < 3 != 4, not 1 == 2, 5 if 0 else 6, (yield_ := 7))
def later():
    def show():
        return value
    cell = show.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 42
    return cell.cell_contents, show()
print(later(), later.__closure__)
