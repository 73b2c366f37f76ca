# Functions as values: stored, passed, returned, compared.
def square(x):
    return x * x
def cube(x):
    return x * x * x
funcs = [square, cube, abs]
for f in funcs:
    print(f(-3))
table = {'sq': square, 'cu': cube}
print(table['sq'](4), table['cu'](2))
alias = square
print(alias(9), alias is square, alias == square, square == cube)
def apply(f, *args):
    return f(*args)
print(apply(square, 5), apply(max, 3, 9, 2), apply(len, 'abcd'))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(square, cube)(2), compose(cube, square)(2), compose()(7))
def my_map(f, seq):
    out = []
    for x in seq:
        out.append(f(x))
    return out
def my_filter(pred, seq):
    out = []
    for x in seq:
        if pred(x):
            out.append(x)
    return out
def my_reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(square, nums))
print(my_filter(lambda n: n % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(type(square), type(lambda: 0), type(print), type(len))
print(sorted([3, 1, 2], key=square), sorted(['b', 'A', 'c'], key=lambda s: s.lower()))
def returns_multiple():
    return 1, 'two', [3]
a, b, c = returns_multiple()
print(a, b, c, returns_multiple())
def swap(x, y):
    return y, x
print(swap(1, 2))
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, -2, 9, 0])
print(lo, hi)
pairs = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: len(p[0])))
