class Tree:
    def __init__(self, val, *kids):
        self.val = val
        self.kids = kids
    def __iter__(self):
        yield self.val
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.val
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.depth_first()), sum(t), max(t))

def inner():
    try:
        x = yield "ready"
        while True:
            x = yield f"got {x}"
    except KeyError as e:
        yield f"inner handled {e!r}"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    yield "outer done"

g = outer()
print(next(g), g.send(1), g.send(2))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))
g2 = outer()
next(g2)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(next(g2, "closed"))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
def collect(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
c = collect(res)
next(c)
for v in [1, 2, None, 10, 20, None]:
    c.send(v)
print(res)
def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(windows(range(6), 3)))
gen = (x for x in [1, 2, 3])
print(gen.__next__(), iter(gen) is gen, list(gen), type(gen).__name__)
def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
cd = countdown(5)
print([next(cd), next(cd), cd.send(10), next(cd)])
def lines():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            return
ln = lines()
next(ln); next(ln)
ln.close()
print(list(ln))
def raising():
    yield 1
    raise StopIteration("bad")
try:
    list(raising())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def nested_gen_exc():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "recovered"
ng = nested_gen_exc()
print(next(ng), ng.throw(ValueError), next(ng, "end"))
def zipper(*its):
    its = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(i) for i in its)
        except RuntimeError:
            return
print(list(zip("abc", range(10))), list(map(pow, [2, 3], [3, 2])))
print(list(enumerate(countdown(3), start=1)))
g = countdown(2)
print(g.gi_running, next(g), list(g))
def fail_later():
    yield "ok"
    1 / 0
fl = fail_later()
print(next(fl))
next(fl)
