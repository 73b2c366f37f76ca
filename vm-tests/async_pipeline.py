# A realistic program on plain coroutines: a round-robin scheduler (no asyncio), bounded
# channels, a producer / transform / consumer pipeline made of async generators, resources
# managed with `async with`, cancellation via throw(), and a final report.
from collections import deque
import types


@types.coroutine
def switch():
    """Give the other tasks a turn."""
    yield ("switch",)


@types.coroutine
def wait_on(channel):
    """Park the current task until `channel` changes."""
    yield ("wait", channel)


class Cancelled(Exception):
    pass


class Task:
    next_id = 1

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.id = Task.next_id
        Task.next_id += 1
        self.result = None
        self.error = None
        self.done = False
        self.pending_throw = None

    def __repr__(self):
        state = "done" if self.done else "running"
        return "<Task %d %s %s>" % (self.id, self.name, state)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.waiting = {}
        self.steps = 0
        self.log = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t

    def wake(self, channel):
        for t in self.waiting.pop(id(channel), []):
            self.ready.append(t)

    def cancel(self, task):
        task.pending_throw = Cancelled(task.name)
        for key, tasks in list(self.waiting.items()):
            if task in tasks:
                tasks.remove(task)
                self.ready.append(task)

    def run(self):
        while self.ready:
            task = self.ready.popleft()
            self.steps += 1
            try:
                if task.pending_throw is not None:
                    exc, task.pending_throw = task.pending_throw, None
                    request = task.coro.throw(exc)
                else:
                    request = task.coro.send(None)
            except StopIteration as e:
                task.done = True
                task.result = e.value
                self.log.append("%s finished -> %r" % (task.name, e.value))
                continue
            except Exception as e:
                task.done = True
                task.error = e
                self.log.append("%s failed: %s: %s" % (task.name, type(e).__name__, e))
                continue
            if request[0] == "switch":
                self.ready.append(task)
            elif request[0] == "wait":
                self.waiting.setdefault(id(request[1]), []).append(task)
            else:
                raise RuntimeError("bad request %r" % (request,))
        return self.steps


sched = Scheduler()


class Channel:
    """A bounded FIFO channel; `None` marks the end of the stream."""

    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.items = deque()
        self.closed = False
        self.high_water = 0

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await wait_on(self)
        self.items.append(item)
        self.high_water = max(self.high_water, len(self.items))
        sched.wake(self)

    async def get(self):
        while not self.items:
            if self.closed:
                raise StopAsyncIteration
            await wait_on(self)
        item = self.items.popleft()
        sched.wake(self)
        return item

    async def close(self):
        self.closed = True
        sched.wake(self)

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.get()


class Resource:
    """An async context manager recording its lifetime."""

    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await switch()
        Resource.opened.append(self.name)
        return self

    async def __aexit__(self, typ, exc, tb):
        await switch()
        Resource.opened.remove(self.name)
        sched.log.append("released %s (%s)" % (self.name, typ.__name__ if typ else "ok"))
        return False


async def numbers(n):
    for i in range(1, n + 1):
        if i % 4 == 0:
            await switch()
        yield i


async def producer(out, n):
    async with Resource("producer-file"):
        async for x in numbers(n):
            await out.put(x)
        await out.close()
    return n


async def squares(source):
    async for x in source:
        yield x * x


async def evens_only(source):
    async for x in source:
        if x % 2 == 0:
            yield x


async def transform(inp, out):
    count = 0
    async with Resource("transform-buffer"):
        async for y in evens_only(squares(inp)):
            await out.put(y)
            count += 1
        await out.close()
    return count


async def consumer(inp, results):
    async with Resource("consumer-db") as db:
        async for y in inp:
            results.append(y)
            if len(results) % 3 == 0:
                await switch()
        return "%s stored %d" % (db.name, len(results))


async def forever(name):
    ticks = 0
    try:
        while True:
            ticks += 1
            await switch()
    except Cancelled:
        return "%s cancelled after %s ticks" % (name, "some" if ticks else "no")


async def canceller(victim, after):
    for _ in range(after):
        await switch()
    sched.cancel(victim)
    return "cancelled " + victim.name


async def faulty():
    async with Resource("faulty-lock"):
        await switch()
        raise ValueError("disk full")


raw = Channel("raw", 3)
cooked = Channel("cooked", 2)
results = []
tasks = [
    sched.spawn(producer(raw, 20), "producer"),
    sched.spawn(transform(raw, cooked), "transform"),
    sched.spawn(consumer(cooked, results), "consumer"),
    sched.spawn(faulty(), "faulty"),
]
spinner = sched.spawn(forever("spinner"), "spinner")
tasks.append(spinner)
tasks.append(sched.spawn(canceller(spinner, 5), "canceller"))

steps = sched.run()
print("results:", results)
print("expected:", [x * x for x in range(1, 21) if x % 2 == 0])
for t in tasks:
    print(t, "->", t.result if t.error is None else repr(t.error))
for line in sched.log:
    print(line)
print("high water marks:", raw.high_water, cooked.high_water)
print("resources still open:", Resource.opened)
print("ran in", steps > len(tasks), "steps; nothing left waiting:", not any(sched.waiting.values()))

# the whole pipeline again, many times, to exercise the warm paths
def pipeline_once(n):
    global sched
    sched = Scheduler()
    a, b, out = Channel("a", 2), Channel("b", 2), []
    sched.spawn(producer(a, n), "p")
    sched.spawn(transform(a, b), "t")
    sched.spawn(consumer(b, out), "c")
    sched.run()
    return sum(out)


print(sum(pipeline_once(6) for _ in range(200)))
