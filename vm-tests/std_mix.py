import math, random, heapq, bisect, operator, string, time, itertools, functools

print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, -3), math.modf(3.75))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.e, math.tau, math.inf > 10**100)
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isfinite(1.0), math.isnan(float("nan")))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1), math.sqrt(2))

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), round(random.uniform(1, 2), 6))
rng = random.Random(7)
print(rng.random(), rng.choices([1, 2, 3], k=5), rng.getrandbits(16), round(rng.gauss(0, 1), 6))

h = []
for w in ["pear", "apple", "fig", "banana", "kiwi"]:
    heapq.heappush(h, (len(w), w))
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, ["b", "a", "c"], key=str.upper))
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 3), heapq.heapreplace(data, 10), data, list(heapq.merge([1, 4], [2, 3])))

scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 60, 75, 99]])
arr = [1, 3, 3, 5]
bisect.insort(arr, 4)
bisect.insort_left(arr, 3)
print(arr, bisect.bisect_left(arr, 3), bisect.bisect_right(arr, 3))

recs = [{"n": "b", "v": 2}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print(sorted(recs, key=operator.itemgetter("v")), list(map(operator.itemgetter("n"), recs)))
class O:
    def __init__(self, a): self.a = a; self.inner = self if a == 0 else None
print(operator.attrgetter("a")(O(5)), operator.methodcaller("upper")("x"), operator.add(1, 2), operator.mul("a", 3))
print(functools.reduce(operator.mul, range(1, 6)), operator.neg(3), operator.not_(0), operator.getitem([1, 2], 1))
print(string.ascii_lowercase, string.digits, string.punctuation[:5], string.capwords("hello  world foo"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)

t0 = time.time()
t1 = time.perf_counter()
time.sleep(0.01)
print(time.time() - t0 >= 0.005, time.perf_counter() - t1 > 0, type(time.monotonic()).__name__)

print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.filterfalse(lambda x: x % 2, range(8))))
print(list(itertools.pairwise("abcd")), list(itertools.repeat("x", 3)), list(itertools.islice(itertools.count(5, 2), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))

@functools.lru_cache(maxsize=None)
def fibo(n):
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(80), fibo.cache_info())
p = functools.partial(int, base=2)
print(p("1010"), p.func, p.keywords)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
