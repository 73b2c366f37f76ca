# Unpacking an iterator pulls items lazily: at most n + 1 without a starred target (then
# "too many values"), all of them with one. Counts are printed through a counting iterator;
# every case runs once cold and again after 200 warm-up runs on exact tuples and lists.
import itertools


class Counting:
    """Yields 1..n and counts how many items were pulled."""

    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.pulled = 0
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        if self.fail_at is not None and self.i == self.fail_at:
            raise KeyError('boom at %d' % self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        self.pulled += 1
        return self.i


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def two(x):
    a, b = x
    return a, b


def three(x):
    a, b, c = x
    return a, b, c


def zero(x):
    () = x
    return 'empty'


def one(x):
    [a] = x
    return a


def star_mid(x):
    a, *b, c = x
    return a, b, c


def star_first(x):
    *a, b = x
    return a, b


def star_only(x):
    *a, = x
    return a


def star_last(x):
    a, b, *c = x
    return a, b, c


def nested(x):
    (a, (b, c)), d = x
    return a, b, c, d


def loop(rows):
    out = []
    for a, b in rows:
        out.append(a * 10 + b)
    return out


def comp(rows):
    return [a + b for a, b in rows]


def gen_then_raise(n):
    for i in range(n):
        yield i
    raise KeyError('gen raised after %d' % n)


def run_all(tag):
    print('==', tag)
    # Pulled counts: n + 1 at most without a star.
    for n in (0, 1, 2, 3, 10):
        c = Counting(n)
        show('two(Counting(%d))' % n, lambda: two(c))
        print('  pulled', c.pulled)
    for n in (2, 3, 4):
        c = Counting(n)
        show('three(Counting(%d))' % n, lambda: three(c))
        print('  pulled', c.pulled)
    c = Counting(5)
    show('zero(Counting(5))', lambda: zero(c))
    print('  pulled', c.pulled)
    show('zero(iter([]))', lambda: zero(iter([])))
    show('one(Counting(1))', lambda: one(Counting(1)))
    # The rest of the iterator stays where it was.
    it = iter(range(10))
    show('two(range iterator)', lambda: two(it))
    print('  left', list(it))
    it = iter([1, 2, 3, 4])
    show('three(list iterator)', lambda: three(it))
    print('  left', list(it))
    # Infinite iterators: no hang.
    show('two(count())', lambda: two(itertools.count()))
    show('three(repeat)', lambda: three(itertools.repeat(7)))
    cyc = itertools.cycle('ab')
    show('two(cycle)', lambda: two(cyc))
    print('  next', next(cyc))
    # Starred targets take everything.
    for n in (0, 1, 2, 3, 6):
        c = Counting(n)
        show('star_mid(Counting(%d))' % n, lambda: star_mid(c))
        print('  pulled', c.pulled)
    show('star_first(Counting(0))', lambda: star_first(Counting(0)))
    show('star_first(Counting(3))', lambda: star_first(Counting(3)))
    show('star_only(Counting(3))', lambda: star_only(Counting(3)))
    show('star_only(Counting(0))', lambda: star_only(Counting(0)))
    show('star_last(Counting(1))', lambda: star_last(Counting(1)))
    show('star_last(Counting(2))', lambda: star_last(Counting(2)))
    show('star_last(Counting(5))', lambda: star_last(Counting(5)))
    # Errors from the iterator propagate, after what it yielded before.
    c = Counting(5, fail_at=1)
    show('two(fails at 1)', lambda: two(c))
    print('  pulled', c.pulled)
    c = Counting(5, fail_at=2)
    show('two(fails at 2)', lambda: two(c))
    print('  pulled', c.pulled)
    c = Counting(5, fail_at=3)
    show('two(fails at 3: not reached)', lambda: two(c))
    print('  pulled', c.pulled)
    show('star_mid(fails at 4)', lambda: star_mid(Counting(5, fail_at=4)))
    show('two(gen raising after 1)', lambda: two(gen_then_raise(1)))
    show('two(gen raising after 2)', lambda: two(gen_then_raise(2)))
    show('two(gen raising after 3)', lambda: two(gen_then_raise(3)))
    show('star_mid(gen raising after 3)', lambda: star_mid(gen_then_raise(3)))
    # Messages for exact sequences and other iterables.
    show('two([1, 2, 3])', lambda: two([1, 2, 3]))
    show('two((1,))', lambda: two((1,)))
    show('three([])', lambda: three([]))
    show('star_mid([1])', lambda: star_mid([1]))
    show('star_mid((1, 2))', lambda: star_mid((1, 2)))
    show('star_mid([1, 2, 3, 4])', lambda: star_mid([1, 2, 3, 4]))
    show('star_last((1, 2, 3))', lambda: star_last((1, 2, 3)))
    show('two("ab")', lambda: two('ab'))
    show('two("abc")', lambda: two('abc'))
    show('two({1: 2})', lambda: two({1: 2}))
    show('two(dict items)', lambda: two({1: 2, 3: 4}.items()))
    show('two(range(3))', lambda: two(range(3)))
    show('star_mid(range(5))', lambda: star_mid(range(5)))
    show('two(b"xy")', lambda: two(b'xy'))
    show('two(5)', lambda: two(5))
    show('two(None)', lambda: two(None))
    show('star_mid(2.5)', lambda: star_mid(2.5))
    show('zero(len)', lambda: zero(len))
    # Nested targets, loops and comprehensions use the same rules.
    show('nested ok', lambda: nested(((1, (2, 3)), 4)))
    show('nested inner iterator', lambda: nested(((1, Counting(2)), 4)))
    show('nested inner too long', lambda: nested(((1, Counting(3)), 4)))
    show('nested inner count()', lambda: nested(((1, itertools.count()), 4)))
    show('nested inner short', lambda: nested(((1, [2]), 4)))
    show('loop ok', lambda: loop([(1, 2), [3, 4], Counting(2)]))
    show('loop count()', lambda: loop([(1, 2), itertools.count()]))
    show('loop short', lambda: loop([(1, 2), (3,)]))
    show('comp ok', lambda: comp([(1, 2), Counting(2)]))
    show('comp count()', lambda: comp([itertools.count()]))
    show('comp non-iterable', lambda: comp([(1, 2), 3]))


run_all('cold')
# Warm-up: the same unpacking code on exact tuples and lists.
for i in range(200):
    two((i, i))
    two([i, i])
    three((1, 2, 3))
    star_mid([1, 2, 3])
    star_last((1, 2))
    nested(((1, (2, 3)), 4))
    loop([(1, 2), [3, 4]])
    comp([(1, 2)])
run_all('warm')


# What was pulled before a failure is released before the handler runs (last first).
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('  del', self.n)


def noisy(n):
    for i in range(1, n + 1):
        yield Noisy(i)


def star_tail3(x):
    a, *b, c, d, e = x


for f, n in ((two, 3), (two, 1), (star_tail3, 3)):
    try:
        f(noisy(n))
    except ValueError as e:
        print('caught', e)

# At module level (an empty value stack), with empty targets.
() = iter([])
[] = (x for x in [])
[*rest] = iter([])
print('module level', rest)
try:
    () = iter([1, 2])
except ValueError as e:
    print('module level', e)
first, = Counting(1)
print('module level', first)
