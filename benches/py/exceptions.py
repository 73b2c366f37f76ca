# Exceptions as control flow: parsing tokens with int() and a ValueError fallback, missing
# dict keys (KeyError), a custom exception hierarchy raised a few calls deep and caught by
# base class, try/finally bookkeeping, `raise ... from` chains and context managers.
# Stresses raising, matching handlers and unwinding.


class ValidationError(Exception):
    pass


class TooLarge(ValidationError):
    def __init__(self, value, limit):
        super().__init__("%d exceeds %d" % (value, limit))
        self.value = value


class Negative(ValidationError):
    pass


def check(value, limit):
    if value < 0:
        raise Negative(value)
    if value > limit:
        raise TooLarge(value, limit)
    return value


def validate(values, limit):
    return [check(v, limit) for v in values]


def parse_tokens(tokens):
    ints = floats = words = 0
    for tok in tokens:
        try:
            ints += int(tok)
        except ValueError:
            try:
                floats += float(tok)
            except ValueError:
                words += 1
    return ints, floats, words


def lookups(table, keys):
    hits = misses = 0
    for k in keys:
        try:
            hits += table[k]
        except KeyError:
            misses += 1
    return hits, misses


class Tracker:
    def __init__(self):
        self.opened = self.closed = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, kind, value, tb):
        self.closed += 1
        return kind is Negative  # swallow one kind


def guarded(tracker, batches, limit):
    ok = too_large = attempts = 0
    for batch in batches:
        try:
            with tracker:
                validate(batch, limit)
                ok += 1
        except TooLarge as e:
            too_large += e.value
        finally:
            attempts += 1
    return ok, too_large, attempts


def chained(n):
    causes = 0
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError as e:
                raise RuntimeError("lookup failed") from e
        except RuntimeError as e:
            if isinstance(e.__cause__, KeyError):
                causes += 1
    return causes


def run():
    tokens = [str(i) if i % 3 else ("%d.5" % i if i % 2 else "w%d" % i) for i in range(30_000)]
    parsed = parse_tokens(tokens)
    table = {"k%d" % i: i for i in range(0, 3000, 3)}
    looked = lookups(table, ["k%d" % i for i in range(3000)] * 5)
    tracker = Tracker()
    batches = [[(i * j) % 120 - (1 if j == 7 and i % 5 == 0 else 0) for j in range(8)]
               for i in range(6000)]
    guards = guarded(tracker, batches, 100)
    return parsed, looked, guards, (tracker.opened, tracker.closed), chained(10_000)


for _ in range(15):
    result = run()
print("exceptions:", result)
assert result == ((300000000, 75002500.0, 5000), (7492500, 10000), (2050, 426750, 6000),
                  (6000, 6000), 10000), result
