# Iterators' __next__/__iter__ are the slot wrappers of their slots, with CPython's
# messages for a missing or wrong receiver and extra arguments (after warm-up).
it_types = [iter([]), iter(()), iter(range(3)), iter('ab'), iter({1: 2}), iter({1}), enumerate([]), zip(), map(abs, []), filter(None, []), reversed([1]), iter({}.values()), iter(lambda: 1, 1)]
for it in it_types:
    t = type(it)
    print(t.__name__, t.__next__, t.__iter__)
def spin(t, mk):
    for _ in range(200):
        x = mk()
        t.__iter__(x)
        try:
            t.__next__(x)
        except StopIteration:
            pass
for it in it_types[:4]:
    t = type(it)
    spin(t, lambda: iter([1, 2]) if t is type(iter([])) else iter(it))
    for f in (lambda: t.__next__(), lambda: t.__next__(1), lambda: t.__next__(it, 1), lambda: t.__iter__(5), lambda: t.__next__(it)):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
