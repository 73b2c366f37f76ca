# A small data pipeline as a user script would write it: resources opened through an
# ExitStack and @contextmanager, records rendered by singledispatch, derived values in
# cached_property, deprecations reported with warnings (recorded, then turned into errors
# and caught), a partialmethod-built API and an lru_cache'd lookup.
import io
import sys
import warnings
from contextlib import ExitStack, contextmanager, redirect_stdout, suppress, closing
from functools import singledispatch, cached_property, partialmethod, lru_cache, total_ordering

EVENTS = []


class Resource:
    """A fake connection: records open/close, can fail on close."""

    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close
        self.closed = False
        EVENTS.append(f"open {name}")

    def close(self):
        self.closed = True
        EVENTS.append(f"close {self.name}")
        if self.fail_close:
            raise OSError(f"close failed: {self.name}")

    def fetch(self, n):
        if self.closed:
            raise ValueError(f"{self.name} is closed")
        return [f"{self.name}-{i}" for i in range(n)]


@contextmanager
def transaction(res):
    EVENTS.append(f"begin {res.name}")
    try:
        yield res
    except LookupError as e:
        EVENTS.append(f"rollback {res.name}: {e}")
        raise
    else:
        EVENTS.append(f"commit {res.name}")


@total_ordering
class Record:
    def __init__(self, key, values):
        self.key = key
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

    @cached_property
    def mean(self):
        return self.total / len(self.values) if self.values else 0.0

    def __eq__(self, other):
        return self.total == other.total

    def __lt__(self, other):
        return self.total < other.total

    def _tag(self, label, *, upper=False):
        text = f"{label}:{self.key}"
        return text.upper() if upper else text

    tag_hot = partialmethod(_tag, "hot")
    tag_cold = partialmethod(_tag, "cold", upper=True)


@singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int({value})"


@render.register
def _(value: float):
    return f"{value:.2f}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: Record):
    return f"Record {value.key} total={render(value.total)} mean={render(value.mean)}"


@lru_cache(maxsize=None)
def weight(key):
    return len(key) * 3 + 1


def legacy_score(record):
    warnings.warn(f"legacy_score is deprecated (record {record.key})", DeprecationWarning,
                  stacklevel=2)
    return record.total * 2


def build_records(sources):
    records = []
    with ExitStack() as stack:
        conns = [stack.enter_context(closing(Resource(name))) for name in sources]
        stack.callback(EVENTS.append, "all closed")
        for conn in conns:
            with transaction(conn) as tx:
                rows = tx.fetch(3)
                records.append(Record(conn.name, [len(r) * weight(conn.name) for r in rows]))
    return records


def risky_batch():
    with ExitStack() as stack:
        stack.enter_context(closing(Resource("flaky", fail_close=True)))
        res = stack.enter_context(closing(Resource("solid")))
        with transaction(res):
            raise KeyError("missing row")


def main():
    records = build_records(["alpha", "be", "gamma"])
    for line in EVENTS:
        print(line)
    EVENTS.clear()
    for rec in sorted(records):
        print(render(rec), rec.computed, rec.tag_hot(), rec.tag_cold())
    print(render([1, 2.5, (3, "x")]), render(None))
    print(weight.cache_info())

    try:
        risky_batch()
    except OSError as e:
        print("batch failed:", e, "| context:", repr(e.__context__))
    for line in EVENTS:
        print(line)
    EVENTS.clear()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scores = [legacy_score(r) for r in records]
    print(scores, [str(w.message) for w in caught], {w.category.__name__ for w in caught})
    print(all(w.filename == __file__ for w in caught))

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        failures = 0
        for r in records:
            try:
                legacy_score(r)
            except DeprecationWarning as e:
                failures += 1
                last = str(e)
        print("errors:", failures, last)

    out = io.StringIO()
    with redirect_stdout(out), suppress(ZeroDivisionError):
        print("inside redirect")
        print(1 / 0)
    print("captured:", repr(out.getvalue()))

    # the same code path again and again, then a change: nothing stale may remain
    total = 0
    for i in range(150):
        recs = build_records(["x" * (i % 4 + 1)])
        total += recs[0].total
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            total += legacy_score(recs[0])
    EVENTS.clear()
    print("warm total:", total)
    render.register(Record, lambda r: f"R[{r.key}]")
    print(render(records[0]), render(records))
    Record.total = cached_property(lambda self: -1)
    Record.total.__set_name__(Record, "total")
    fresh = Record("new", [1, 2])
    print(fresh.total, records[0].total)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        legacy_score(fresh)
        legacy_score(fresh)
        legacy_score(fresh)
    print(len(caught))
    print("registry keys:", sorted(k for k in __warningregistry__ if k != "version"))


main()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        with ExitStack() as stack:
            stack.callback(warnings.warn, "raised from a callback", RuntimeWarning)
            print("body ran")
    except RuntimeWarning as e:
        print("caught at exit:", e)
sys.stdout.flush()
