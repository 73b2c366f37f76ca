# Nested function definitions, defaults evaluated at def time, recursion inside.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def apply_twice(f, x):
    return f(f(x))
def make_mul(k):
    def mul(v):
        return v * k
    return mul
print(apply_twice(make_mul(3), 2))
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter_factory()
c2 = counter_factory()
print(c1(), c1(), c1(), c2())
def flatten(lst):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(lst)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
def redefine(flag):
    if flag:
        def f():
            return 'first'
    else:
        def f():
            return 'second'
    return f()
print(redefine(True), redefine(False))
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo_fib()(80))
def describe():
    def helper():
        return 'helper result'
    return 'describe', helper()
print(describe())
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return fs
for f in loop_closures():
    print(f())
