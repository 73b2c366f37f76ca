# A long program: a small line-coverage tool (sys.settrace) and a call-count profiler
# (sys.setprofile) run over a sample program — an inventory with classes, generators,
# exceptions, recursion and closures — then reports as such tools print them.
import sys
import threading
from collections import defaultdict


# ---------------------------------------------------------------- the sample program
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, count):
        if count <= 0:
            raise ValueError("count must be positive")
        self.items[name] = self.items.get(name, 0) + count
        self.log.append(('add', name, count))

    def take(self, name, count):
        have = self.items.get(name, 0)
        if have < count:
            raise OutOfStock(name, count, have)
        self.items[name] = have - count
        self.log.append(('take', name, count))
        return count

    def low(self, limit):
        for name, count in sorted(self.items.items()):
            if count < limit:
                yield name, count

    def total(self):
        return sum(self.items.values())


def restock(inv, orders):
    done = 0
    for name, count in orders:
        try:
            inv.add(name, count)
            done += 1
        except ValueError as e:
            inv.log.append(('error', name, str(e)))
    return done


def fulfil(inv, requests):
    shipped = []
    for name, count in requests:
        try:
            shipped.append(inv.take(name, count))
        except OutOfStock as e:
            shipped.append(0)
            inv.log.append(('short', e.item, 0))
    return shipped


def depth(n):
    if n <= 1:
        return 1
    return 1 + depth(n - 1)


def make_counter():
    count = 0

    def bump(k=1):
        nonlocal count
        count += k
        return count
    return bump


def sample():
    inv = Inventory()
    n = restock(inv, [('bolt', 10), ('nut', 4), ('gear', -1), ('cog', 2)])
    shipped = fulfil(inv, [('bolt', 3), ('nut', 9), ('cog', 2)])
    lows = list(inv.low(5))
    bump = make_counter()
    for _ in range(3):
        bump()
    return n, shipped, lows, inv.total(), depth(4), bump(0)


# warm the sample up: the tools must see every event of quickened code
for _ in range(200):
    sample()


# ---------------------------------------------------------------- a coverage tool
class Coverage:
    def __init__(self, filename):
        self.filename = filename
        self.lines = defaultdict(set)
        self.calls = 0

    def tracer(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        if event == 'call':
            self.calls += 1
        elif event == 'line':
            self.lines[frame.f_code.co_name].add(frame.f_lineno)
        return self.tracer

    def __enter__(self):
        sys.settrace(self.tracer)
        return self

    def __exit__(self, *exc):
        sys.settrace(None)

    def report(self, funcs):
        print(f"{'function':<14}{'first':>6}{'lines':>7}{'run':>5}")
        for f in funcs:
            code = f.__code__
            ran = sorted(self.lines.get(code.co_name, ()))
            # relative to the def line, so the report does not depend on this file's layout
            rel = [l - code.co_firstlineno for l in ran]
            print(f"{code.co_name:<14}{0:>6}{len(ran):>7}{self.calls > 0!s:>5} {rel}")


cov = Coverage(__file__)
with cov:
    result = sample()
print('result:', result)
cov.report([restock, fulfil, depth, make_counter, sample, Inventory.add, Inventory.take,
            Inventory.low, Inventory.total])
print('calls seen:', cov.calls)
missed = sorted(set(range(1, 6)) - {l - Inventory.add.__code__.co_firstlineno
                                    for l in cov.lines['add']})
print('add() lines never run:', missed)


# ---------------------------------------------------------------- a call-count profiler
class CallCounter:
    def __init__(self):
        self.counts = defaultdict(int)
        self.builtin = defaultdict(int)
        self.max_depth = 0
        self.depth = 0
        self.errors = 0

    def hook(self, frame, event, arg):
        if event == 'call':
            self.counts[frame.f_code.co_qualname] += 1
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        elif event == 'return':
            self.depth -= 1
        elif event == 'c_call':
            self.builtin[arg.__name__] += 1
        elif event == 'c_exception':
            self.errors += 1


counter = CallCounter()
sys.setprofile(counter.hook)
sample()
try:
    int('not a number')
except ValueError:
    counter.errors += 100
sys.setprofile(None)
for name, n in sorted(counter.counts.items()):
    print(f"{n:4d}  {name}")
print('built-ins:', sorted(counter.builtin.items()))
print('max depth:', counter.max_depth, 'errors:', counter.errors)

# the same profiler in a thread, through threading.setprofile
tcounter = CallCounter()
threading.setprofile(tcounter.hook)
t = threading.Thread(target=sample)
t.start()
t.join()
threading.setprofile(None)
print('thread: depth calls', tcounter.counts['depth'], 'sample', tcounter.counts['sample'])
print('hooks off:', sys.gettrace(), sys.getprofile())
