# Closures and decorators: a request handler wrapped in a chain of middleware closures,
# counters kept in `nonlocal` cells, a memoising decorator, decorator factories with
# arguments, function composition and key functions built by factories.
# Stresses closure creation, cell loads and stores, and calls through wrappers.
import functools


def make_counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    def read():
        return count

    return bump, read


def counted(func):
    bump, read = make_counter()

    @functools.wraps(func)
    def wrapper(*args):
        bump()
        return func(*args)

    wrapper.calls = read
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


def clamp_to(low, high):
    def decorate(func):
        def wrapper(*args):
            return max(low, min(high, func(*args)))
        return wrapper
    return decorate


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def middleware(tag, log):
    """A middleware factory: wraps a handler, recording what passes through."""
    def wrap(handler):
        def handle(request):
            log(tag)
            response = handler(request)
            return response + len(tag)
        return handle
    return wrap


def build_app():
    seen = {}

    def log(tag):
        seen[tag] = seen.get(tag, 0) + 1

    @clamp_to(0, 10_000)
    def handler(request):
        return request * 3 - 7

    app = handler
    for tag in ("auth", "session", "gzip", "timing"):
        app = middleware(tag, log)(app)
    return app, seen


@memoize
def partitions(n):
    """The number of ways to write n as a sum of positive integers (Euler's recurrence)."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    total, k = 0, 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g1 - k))
        k += 1
    return total


@counted
def score(word):
    return sum(ord(c) for c in word) % 101


def by(*fields):
    def key(record):
        return tuple(record[f] for f in fields)
    return key


def run():
    app, seen = build_app()
    served = sum(app(i % 5000) for i in range(60_000))
    bump, read = make_counter()
    for i in range(100_000):
        if i % 3 == 0:
            bump()
        elif i % 7 == 0:
            bump(2)
    pipeline = compose(lambda x: x + 1, lambda x: x * 2, abs)
    shaped = sum(pipeline(i - 500) for i in range(20_000))
    records = [{"name": "n%03d" % (i * 37 % 1000), "size": i % 17} for i in range(3000)]
    ordered = sorted(records, key=by("size", "name"))
    words = [r["name"] for r in ordered[:4000]]
    scores = sum(score(w) for w in words)
    return served, dict(seen), read(), shaped, ordered[0]["name"], scores, partitions(300)


for _ in range(9):
    result = run()
print("closures:", result, "score calls:", score.calls(), score.__name__)
assert result == (400920000, {"timing": 60000, "gzip": 60000, "session": 60000, "auth": 60000},
                  52382, 380501000, "n000", 196500, 9253082936723602), result
assert (score.calls(), score.__name__) == (27000, "score")
