# Messages for unpacking, iteration and other runtime errors.
def show(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
def unpack2(v):
    a, b = v
    return a, b
def unpack3(v):
    a, b, c = v
    return a
def unpack_star(v):
    a, b, *c = v
    return c
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2([]))
show(lambda: unpack3((1, 2)))
show(lambda: unpack3('abcd'))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack_star([1]))
print(unpack_star([1, 2]))
print(unpack2('xy'))
print(unpack2({'k1': 1, 'k2': 2}))
def iterate(v):
    for x in v:
        pass
show(lambda: iterate(5))
show(lambda: iterate(1.5))
show(lambda: iterate(None))
show(lambda: list(7))
show(lambda: tuple(True))
show(lambda: sum(3))
show(lambda: sorted(1))
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: max(1, 'a'))
show(lambda: enumerate(3))
show(lambda: zip(1, 2))
show(lambda: set(4))
show(lambda: dict(5))
show(lambda: {}.update(1))
show(lambda: [].extend(1))
show(lambda: 'x'.join(5))
def takes(*a, **k):
    return a
show(lambda: takes(*5))
show(lambda: takes(**[1]))
show(lambda: print(*5))
