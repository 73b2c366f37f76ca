# threading.local: per-thread attributes, subclasses with __init__, cleanup at thread end.
import threading
import weakref

data = threading.local()
data.x = "main"
results = []


def worker(i):
    results.append(("before", i, hasattr(data, "x")))
    data.x = i
    results.append(("after", i, data.x, data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results, key=repr))
print(data.x, data.__dict__)
del data.x
print(type(data), threading.local.__name__, threading.local.__module__)
for stmt in ["data.x", "del data.x", "data.__dict__ = {}", "del data.__dict__"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
data.a = 1
print(vars(data), "a" in dir(data))
del data.a
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class MyLocal(threading.local):
    count = 0  # class attribute, shadowed per thread

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        MyLocal.count += 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2


ml = MyLocal(10, step=5)
print(ml.bump(), ml.doubled, MyLocal.count)
ml.doubled = 100
print(ml.value, ml.__dict__)
out = []


def use(i):
    out.append((i, ml.value, ml.bump(), ml.doubled))


ts = [threading.Thread(target=use, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), MyLocal.count, ml.value, ml.count)
print(isinstance(ml, threading.local), type(ml).__name__)
for stmt in ["ml.nope", "del ml.nope", "ml.__dict__ = {}"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)


class WithGetattr(threading.local):
    def __getattr__(self, name):
        return "default:" + name


wg = WithGetattr()
wg.real = 1
print(wg.real, wg.other)

# A thread's values are freed once the thread ends.
class Payload:
    pass


refs = []
box = threading.local()


def stash():
    p = Payload()
    refs.append(weakref.ref(p))
    box.p = p


t = threading.Thread(target=stash)
t.start()
t.join()
print("freed at thread end:", refs[0]() is None)
# ... and a local's values in live threads are freed when the local goes away.
mine = Payload()
r = weakref.ref(mine)
box.p = mine
del mine
print("held by local:", r() is not None)
del box
print("freed with local:", r() is None)
