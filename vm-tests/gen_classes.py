# Generators with classes: __iter__ generators, methods, yield from class iterators (their
# StopIteration value, send/throw/close forwarding), with-blocks inside generators.
class Tree:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x
    def walk(self):
        yield from self.items
        return len(self.items)
t = Tree([1, 2, 3])
print(list(t), sum(t), 2 in t, [x for x in t])
w = t.walk()
print(w.__qualname__, repr(w).split(" at ")[0])
print(list(w))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done!")
        self.n -= 1
        return self.n
def deleg():
    r = yield from CountDown(3)
    yield ("result", r)
print(list(deleg()))
class Echo:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return "next"
    def send(self, v):
        self.log.append(v)
        if v == "stop":
            raise StopIteration("sent-stop")
        return "sent " + str(v)
    def throw(self, typ, val=None, tb=None):
        print("Echo.throw got", typ, val, tb)
        return "threw"
    def close(self):
        print("Echo.close")
def use_echo(e):
    r = yield from e
    yield ("echo returned", r)
e = Echo()
g = use_echo(e)
print(next(g), g.send(1), g.throw(ValueError), g.throw(ValueError, "x"), g.send("stop"))
g2 = use_echo(Echo()); next(g2); g2.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
g3 = use_echo(NoThrow()); next(g3)
try: g3.throw(KeyError("k"))
except KeyError as k: print("KeyError through", k)
class Res:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *a):
        print("exit", a[0]); return False
def with_gen():
    with Res():
        yield 1
        yield 2
for x in with_gen():
    print(x); break
print("after with break")
wg = with_gen(); next(wg); wg.close()
wg = with_gen(); next(wg)
try: wg.throw(ValueError("in with"))
except ValueError as v: print("VE", v)
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("suppressing", t); return True
def supp():
    with Suppress():
        yield 1
    yield "after suppress"
s = supp(); next(s); print(s.throw(KeyError))
class MyErr(Exception):
    def __init__(self, *args):
        print("MyErr init", args); super().__init__(*args)
def catcher():
    try: yield 1
    except MyErr as e: yield repr(e)
c = catcher(); next(c)
print(c.throw(MyErr, (1, 2)))
c = catcher(); next(c)
print(c.throw(MyErr, "one"))
c = catcher(); next(c)
print(c.throw(MyErr))
class G:
    def gen(self):
        yield self
obj = G()
print(next(obj.gen()) is obj, G.gen.__qualname__, obj.gen().__qualname__)
