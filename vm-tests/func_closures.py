# Closures and cells: counters, late binding, shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(10))
d = make_counter(100)
print(d(), c())
def late_binding():
    fs = []
    for i in range(4):
        def f():
            return i
        fs.append(f)
    return fs
results = []
for f in late_binding():
    results.append(f())
print(results)
def early_binding():
    fs = []
    for i in range(4):
        def f(i=i):
            return i
        fs.append(f)
    return fs
results = []
for f in early_binding():
    results.append(f())
print(results)
def shared():
    value = 'initial'
    def getter():
        return value
    def setter(v):
        nonlocal value
        value = v
    return getter, setter
get, put = shared()
print(get())
put('changed')
print(get())
def make_multipliers():
    out = []
    for k in [2, 3, 5]:
        def factory(k):
            def mul(x):
                return x * k
            return mul
        out.append(factory(k))
    return out
for m in make_multipliers():
    print(m(10))
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
def outer():
    x = 1
    def a():
        return x
    x = 2
    def b():
        return x
    return a(), b()
print(outer())
def cell_after_loop():
    fs = []
    j = 0
    while j < 3:
        fs.append(lambda: j)
        j += 1
    return fs[0](), fs[2]()
print(cell_after_loop())
def param_closure(p):
    def g():
        return p * 2
    p = p + 1
    return g()
print(param_closure(5))
