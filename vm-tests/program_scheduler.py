# A discrete-event simulation of a small print shop: an event queue on heapq
# with events ordered by __lt__, worker processes, statistics with
# collections (deque, defaultdict, Counter, namedtuple), functools (partial,
# reduce, lru_cache) and itertools (count, islice, groupby, chain).

import heapq
from collections import Counter, defaultdict, deque, namedtuple
from functools import lru_cache, partial, reduce
from itertools import chain, count, groupby, islice

Job = namedtuple("Job", "id customer pages priority arrival")
Record = namedtuple("Record", ["job", "printer", "start", "end"])


class Event:
    _seq = count()

    def __init__(self, time, kind, payload=None):
        self.time = time
        self.kind = kind
        self.payload = payload
        self.seq = next(Event._seq)  # ties break in scheduling order

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __eq__(self, other):
        return (self.time, self.seq) == (other.time, other.seq)

    def __repr__(self):
        return f"Event(t={self.time}, {self.kind}, {self.payload!r})"


class Printer:
    def __init__(self, name, pages_per_tick):
        self.name = name
        self.speed = pages_per_tick
        self.busy_until = 0
        self.current = None
        self.done = []
        self.busy_time = 0

    def duration(self, job):
        # ceil division without math: setup time of 1 tick plus printing time.
        return 1 + -(-job.pages // self.speed)

    def __repr__(self):
        state = f"printing #{self.current.id}" if self.current else "idle"
        return f"<{self.name} {state}>"


class Simulation:
    def __init__(self, printers):
        self.printers = printers
        self.queue = []
        self.waiting = deque()
        self.now = 0
        self.log = []
        self.records = []
        self.handlers = {"arrive": self.on_arrive, "finish": self.on_finish, "tick": self.on_tick}

    def schedule(self, delay, kind, payload=None):
        ev = Event(self.now + delay, kind, payload)
        heapq.heappush(self.queue, ev)
        return ev

    def emit(self, text):
        line = f"t={self.now:>3} {text}"
        self.log.append(line)
        print(line)

    def on_arrive(self, job):
        self.waiting.append(job)
        # High priority jobs jump the queue: keep the deque ordered by priority.
        ordered = sorted(self.waiting, key=lambda j: (-j.priority, j.arrival, j.id))
        self.waiting = deque(ordered)
        self.emit(f"arrive #{job.id} {job.customer} {job.pages}p prio={job.priority} queue={[j.id for j in self.waiting]}")
        self.dispatch()

    def on_finish(self, printer):
        job = printer.current
        printer.done.append(job)
        printer.current = None
        self.emit(f"finish #{job.id} on {printer.name}")
        self.dispatch()

    def on_tick(self, _):
        busy = [p.name for p in self.printers if p.current]
        self.emit(f"tick busy={busy} waiting={len(self.waiting)}")
        if self.queue:
            self.schedule(10, "tick")

    def dispatch(self):
        for printer in self.printers:
            if printer.current is None and self.waiting:
                job = self.waiting.popleft()
                printer.current = job
                d = printer.duration(job)
                printer.busy_time += d
                self.records.append(Record(job, printer.name, self.now, self.now + d))
                self.schedule(d, "finish", printer)
                self.emit(f"start  #{job.id} on {printer.name} for {d} ticks")

    def run(self, jobs, until=1000):
        for job in jobs:
            heapq.heappush(self.queue, Event(job.arrival, "arrive", job))
        self.schedule(10, "tick")
        while self.queue:
            ev = heapq.heappop(self.queue)
            if ev.time > until:
                break
            self.now = ev.time
            self.handlers[ev.kind](ev.payload)


def make_jobs():
    customers = ["ana", "ben", "cy", "dee"]
    ids = count(1)
    jobs = []
    arrival = 0
    for i in range(14):
        arrival += (i * 7) % 5
        pages = 3 + (i * 13) % 20
        prio = 2 if i % 6 == 0 else (1 if i % 4 == 1 else 0)
        jobs.append(Job(next(ids), customers[i % len(customers)], pages, prio, arrival))
    return jobs


jobs = make_jobs()
print("-- jobs")
for job in jobs:
    print(f"  {job}")
print(f"  fields: {Job._fields}, first as dict: {dict(jobs[0]._asdict())}")
print(f"  replaced: {jobs[0]._replace(pages=99)}")

print("-- heap ordering sanity")
evs = [Event(5, "a"), Event(1, "b"), Event(5, "c"), Event(0, "d"), Event(1, "e")]
heap = []
for ev in evs:
    heapq.heappush(heap, ev)
print(f"  pop order: {[heapq.heappop(heap).kind for _ in range(len(evs))]}")
print(f"  nsmallest: {heapq.nsmallest(3, [9, 4, 7, 1, 8, 2])}, nlargest: {heapq.nlargest(2, [9, 4, 7, 1, 8, 2])}")
h = [5, 3, 8, 1]
heapq.heapify(h)
print(f"  heapify: {h}, pushpop: {heapq.heappushpop(h, 4)}, replace: {heapq.heapreplace(h, 0)}, now {sorted(h)}")

print("-- simulation")
sim = Simulation([Printer("laser", 4), Printer("inkjet", 2)])
sim.run(jobs)
print(f"  printers at end: {sim.printers}")

print("-- statistics")
waits = {r.job.id: r.start - r.job.arrival for r in sim.records}
print(f"  waits: {waits}")
total_wait = reduce(lambda a, b: a + b, waits.values(), 0)
print(f"  total wait {total_wait}, mean {total_wait / len(waits):.2f}")
longest = reduce(lambda a, b: a if a[1] >= b[1] else b, waits.items())
print(f"  longest wait: job #{longest[0]} waited {longest[1]}")
for p in sim.printers:
    util = p.busy_time / sim.now * 100
    print(f"  {p.name:<7} jobs={len(p.done):>2} busy={p.busy_time:>3} util={util:5.1f}% ids={[j.id for j in p.done]}")

pages_by_customer = defaultdict(int)
jobs_by_customer = defaultdict(list)
for job in jobs:
    pages_by_customer[job.customer] += job.pages
    jobs_by_customer[job.customer].append(job.id)
print(f"  pages by customer: {dict(pages_by_customer)}")
print(f"  jobs by customer: {dict(jobs_by_customer)}")
print(f"  default factory: {pages_by_customer.default_factory.__name__}, missing -> {pages_by_customer['zed']}")

printer_counts = Counter(r.printer for r in sim.records)
print(f"  printer counts: {printer_counts.most_common()}")
prio_counts = Counter(job.priority for job in jobs)
print(f"  priority counts: {sorted(prio_counts.items())}, total {sum(prio_counts.values())}")
words = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(f"  top words: {words.most_common(2)}; 'fox'={words['fox']} 'cat'={words['cat']}")

print("-- groupby over the records, by printer")
for name, group in groupby(sorted(sim.records, key=lambda r: r.printer), key=lambda r: r.printer):
    spans = [(r.start, r.end) for r in group]
    print(f"  {name}: {spans}")
print("-- groupby on consecutive runs")
print(f"  {[(k, len(list(g))) for k, g in groupby('aaabccddddeaa')]}")

print("-- islice / chain / count")
print(f"  first 3 log lines: {list(islice(sim.log, 3))}")
print(f"  log lines 5..8 step 2: {list(islice(sim.log, 5, 9, 2))}")
print(f"  chain: {list(chain([1, 2], (3,), 'ab', range(2)))}")
print(f"  chain.from_iterable: {list(chain.from_iterable([[1], [2, 3], []]))}")
print(f"  count(10, 5): {list(islice(count(10, 5), 4))}")
evens = (n for n in count() if n % 2 == 0)
print(f"  first evens: {list(islice(evens, 5))}")

print("-- partial and lru_cache")
fast = partial(Printer, pages_per_tick=10)
p = fast("turbo")
print(f"  partial printer: {p!r} speed={p.speed}; func={fast.func.__name__} kw={fast.keywords}")
cost = partial(lambda rate, pages, setup: setup + rate * pages, 3, setup=5)
print(f"  costs: {[cost(n) for n in (0, 1, 10)]}")


@lru_cache(maxsize=None)
def ways(pages, sizes=(1, 2, 5)):
    # Number of ways to split `pages` into batches of the given sizes.
    if pages == 0:
        return 1
    return sum(ways(pages - s, sizes) for s in sizes if s <= pages)


print(f"  ways: {[ways(n) for n in range(0, 12)]}")
print(f"  ways(60) = {ways(60)}")
info = ways.cache_info()
print(f"  cache: hits>0={info.hits > 0} misses={info.misses} maxsize={info.maxsize}")
ways.cache_clear()
print(f"  after clear: {ways.cache_info().currsize}")

print("-- deque operations")
d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
print(f"  {list(d)} maxlen={d.maxlen}")
d.rotate(2)
print(f"  rotated: {list(d)}; pop={d.pop()} popleft={d.popleft()} -> {list(d)}")
print(f"  last event handled at t={sim.now}; events left in queue: {len(sim.queue)}")
