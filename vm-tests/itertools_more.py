# itertools: reprs, pairwise, accumulate(initial), every constructor's error messages, and a
# warm-up loop over the same pipelines before a change of the input.
import itertools as it
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5, 0.5)), repr(it.count(step=-1)))
print(repr(it.repeat("a")), repr(it.repeat(1, 3)), repr(it.repeat(1, -2)))
c = it.count(3); next(c); print(repr(c))
print(list(it.pairwise("abcd")), list(it.pairwise([])), list(it.pairwise([1])))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 2], max)), list(it.accumulate([])))
print(list(it.compress("abcd", [1, 0, 1])), list(it.filterfalse(None, [0, 1, 2, ""])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(it.count(), 3)))
print([(k, list(g)) for k, g in it.groupby("aabbbc")])
a, b = it.tee([1, 2, 3]); print(list(a), list(b), type(a).__name__)
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:3])
print(list(it.combinations("abc", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.chain.from_iterable(["ab", "c"])), list(it.cycle("ab") for _ in range(0)))
for bad in (lambda: it.islice([], -1), lambda: it.islice([], "x"), lambda: it.count("a"),
            lambda: it.repeat(), lambda: it.pairwise(), lambda: it.pairwise(1), lambda: it.tee([], -1),
            lambda: it.permutations([], -1), lambda: it.combinations([], -1), lambda: it.product(1),
            lambda: list(it.starmap(pow, [1])), lambda: it.accumulate(), lambda: it.groupby(1),
            lambda: it.zip_longest(1), lambda: it.chain(1).__next__(), lambda: it.compress([1])):
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(it.repeat(1, 5).__length_hint__(), it.tee.__name__, sorted(x for x in dir(it) if not x.startswith("_")))
def pipeline(data):
    pairs = it.pairwise(data)
    sums = it.starmap(lambda a, b: a + b, pairs)
    return list(it.islice(it.accumulate(sums), 5))
data = [1, 2, 3, 4, 5, 6, 7]
for _ in range(200):
    r = pipeline(data)
print(r)
data[0] = 100
print(pipeline(data), pipeline("abcdef"))
