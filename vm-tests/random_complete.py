import random
R = random.Random
for s in (42, "hello", b"bytes", bytearray(b"ba"), -5, 2**100, 3.5, None):
    r = R(s) if s is not None else R(1)
    print(repr(s), r.random(), r.randrange(1000), r.getrandbits(70))
r = R(7)
print(r.choices(range(10), k=5), r.choices("abc", weights=[1, 2, 3], k=6), r.choices("abc", cum_weights=[1, 2, 10], k=4))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.randbytes(5))
print(r.gauss(), r.normalvariate(), r.triangular(), r.triangular(1, 5, 2), r.betavariate(2, 3), r.expovariate(1.5),
      r.gammavariate(0.5, 1), r.gammavariate(2, 1), r.gammavariate(1, 1), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(random.SystemRandom().random() < 1, isinstance(random.SystemRandom(), random.Random))
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.NV_MAGICCONST, random.SG_MAGICCONST)
class My(random.Random):
    def random(self): return 0.5
print(My(1).choice([1,2,3]), My(2).uniform(0, 10))
for f, a in [("choices", ([1], [1, 2])), ("sample", ([1, 2], 3)), ("randrange", (5, 5)), ("choice", ([],)), ("expovariate", (0,)), ("seed", ([1],)), ("setstate", ((9,),)), ("sample", ({1, 2}, 1)), ("getrandbits", (-1,)), ("randbytes", (-1,))]:
    try: print(getattr(r, f)(*a))
    except Exception as e: print(f, type(e).__name__, e)
try: r.choices([1,2], weights=[1], k=1)
except Exception as e: print(type(e).__name__, e)
try: r.choices([1,2], weights=[0, 0], k=1)
except Exception as e: print(type(e).__name__, e)
try: r.choices([1,2], weights=[1,1], cum_weights=[1,2])
except Exception as e: print(type(e).__name__, e)
try: r.sample([1,2], counts=[1], k=1)
except Exception as e: print(type(e).__name__, e)
random.seed(3); print(random.random(), random.randint(1, 6), random.shuffle([1]))
print(random.Random.__name__, random.Random().__class__.__module__)
import warnings
warnings.simplefilter("ignore")
r = random.Random(5)
print(r.randrange(10.0), r.randrange(2, 8.0))
try: r.randrange(2, 8.5)
except ValueError as e: print(e)
s = random.SystemRandom()
for f in ("getstate", "setstate"):
    try: getattr(s, f)(1) if f == "setstate" else s.getstate()
    except NotImplementedError as e: print(e)
print(s.seed(5), len(s.randbytes(4)), 0 <= s.getrandbits(10) < 1024, s.getrandbits(0), 0 <= s.randrange(10) < 10, s.choice([7]), sorted(s.sample(range(5), 5)))
print(sorted(n for n in dir(random) if not n.startswith('_')))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r.randrange(4.0)
    try: r.randrange(1.5)
    except ValueError as e: print(e)
print([str(x.message) for x in w], [x.category.__name__ for x in w])
# warm-up: same seeded paths many times, then a subclass overriding random()
def draw(seed):
    g = random.Random(seed)
    return g.choices("abcd", weights=[1, 2, 3, 4], k=3), g.gauss(0, 1), g.sample(range(100), 3), g.randrange(0, 100, 7)
for i in range(200):
    d = draw("seed")
print(d, draw(b"seed") == d, draw(bytearray(b"seed")) == draw(b"seed"))
class Half(random.Random):
    def random(self):
        return 0.25
for i in range(150):
    h = Half(3).choices("abcd", k=2)
print(h, Half(3).uniform(0, 8), Half(1).triangular(0, 1, 0.5))
try: random.Random(bytearray(b"x"), version=1)
except TypeError as e: print(e)
