# Differential fuzz (a fixed seed): random operations on the paths the inline caches serve,
# every result printed and compared with CPython.
import random, sys
seed = 3
rnd = random.Random(seed)
NAMES = ["a", "b", "c", "d", "e"]

def make_classes():
    class Base:
        def m(self): return "Base.m"
    classes = [Base]
    for i in range(5):
        parent = rnd.choice(classes)
        ns = {}
        if rnd.random() < 0.5:
            ns["m"] = (lambda i: (lambda self: "C%d.m" % i))(i)
        if rnd.random() < 0.2:
            ns["__slots__"] = ()
        try:
            classes.append(type("C%d" % i, (parent,), ns))
        except TypeError as e:
            print("type error", e)
    return classes

classes = make_classes()
log = []
def get(o, n):
    return getattr(o, n, None)
def read_a(o): return o.a
def write_a(o, v): o.a = v
def call_m(o): return o.m()
objs = []
for step in range(1000):
    r = rnd.random()
    try:
        if r < 0.25 or not objs:
            o = rnd.choice(classes)()
            for n in rnd.sample(NAMES, rnd.randint(0, 5)):
                setattr(o, n, rnd.randint(0, 9))
            objs.append(o)
        elif r < 0.45:
            o = rnd.choice(objs)
            log.append(("ra", read_a(o) if hasattr(o, "a") else None))
        elif r < 0.6:
            write_a(rnd.choice(objs), step)
        elif r < 0.7:
            log.append(("m", call_m(rnd.choice(objs))))
        elif r < 0.75:
            o = rnd.choice(objs)
            n = rnd.choice(NAMES)
            if hasattr(o, n) and n in vars(o):
                delattr(o, n)
        elif r < 0.8:
            c = rnd.choice(classes)
            what = rnd.random()
            if what < 0.3:
                c.a = property(lambda self: "prop")
            elif what < 0.6:
                if "a" in c.__dict__:
                    delattr(c, "a")
            else:
                c.m = (lambda s: (lambda self: "patched%d" % s))(step)
        elif r < 0.85:
            o = rnd.choice(objs)
            c = rnd.choice(classes)
            try:
                o.__class__ = c
            except TypeError as e:
                log.append(("cls", str(e)))
        elif r < 0.88:
            o = rnd.choice(objs)
            try:
                o.__dict__ = {"a": "new", "zz": 1}
            except (TypeError, AttributeError) as e:
                log.append(("dict", str(e)))
        else:
            o = rnd.choice(objs)
            log.append(("v", sorted(vars(o).items(), key=str) if hasattr(o, "__dict__") else None))
    except AttributeError as e:
        log.append(("AE", str(e)))
    except TypeError as e:
        log.append(("TE", str(e)))

print(seed, len(log))
for x in log: print(x)
