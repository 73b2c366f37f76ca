# list.extend, += and list.__init__ append each item as the iterable yields it (CPython's
# list_extend): a generator reading the list sees it grow, items yielded before an error
# stay, and extending a list by itself doubles it. Exact lists and tuples are copied in
# one go; subclasses are iterated through their own __iter__.


def gen_len(l, n):
    for _ in range(n):
        yield len(l)


def extend(l, x):
    l.extend(x)
    return l


def iadd(l, x):
    l += x
    return l


for _ in range(200):
    extend([1], [2, 3])
    iadd([1], (2, 3))

l = [0]
print(extend(l, gen_len(l, 3)))
l = [0]
print(iadd(l, gen_len(l, 3)))
l = [0, 1]
l.__init__(gen_len(l, 3))
print(l)


def failing():
    yield 1
    yield 2
    raise ValueError('stop')


for f in (extend, iadd):
    l = [0]
    try:
        f(l, failing())
    except ValueError as e:
        print(f.__name__, 'kept', l, e)

l = [1, 2]
print(extend(l, l), iadd(l, l))
l = [1, 2]
l.__init__(l)
print('init self', l)


class L(list):
    def __iter__(self):
        print('  L.__iter__')
        return iter(['it'])


m = L([1, 2])
print(extend([0], m), iadd([0], m), list(m), tuple(m))
print(extend(m, m), list.__iter__(m).__next__())
print(extend([], range(3)), extend([], 'ab'), extend([], {1: 2}), extend([], (x for x in 'xy')))
for bad in (1, None):
    try:
        extend([], bad)
    except TypeError as e:
        print('extend', e)
    try:
        iadd([], bad)
    except TypeError as e:
        print('+=', e)


class Hint:
    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        print('  __length_hint__')
        return 2


class BadHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        raise RuntimeError('hint')


print(extend([0], Hint()))
try:
    extend([0], BadHint())
except RuntimeError as e:
    print('hint error', e)
l = [1, 2]
l *= 3
print(l)
l *= 1
print(l)
l *= -1
print(l)
try:
    l = [1]
    l *= 2**62
except MemoryError:
    print('MemoryError', l)
try:
    l *= 2**100
except OverflowError as e:
    print('OverflowError', e)
e = []
e *= 2**62
print('empty', e)
