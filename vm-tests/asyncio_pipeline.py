# A long asyncio program as a user would write it: a three-stage pipeline (a producer, a
# pool of parsing workers, an aggregator) joined by bounded queues; CPU-ish work pushed to
# a thread pool with run_in_executor; per-item timeouts; a supervisor TaskGroup in which
# one task fails; cancellation of the idle workers at the end; a rate limiter built on a
# Semaphore; and a final report. Run twice: the second run after the handlers changed.
import asyncio
import concurrent.futures
import hashlib
import json


RECORDS = [
    {"id": i, "kind": ("click", "view", "buy")[i % 3], "value": (i * 37) % 101,
     "slow": i % 11 == 0}
    for i in range(60)
]


class Stats:
    def __init__(self):
        self.by_kind = {}
        self.timeouts = 0
        self.digests = []
        self.rejected = []

    def add(self, kind, value):
        count, total = self.by_kind.get(kind, (0, 0))
        self.by_kind[kind] = (count + 1, total + value)

    def report(self):
        lines = []
        for kind in sorted(self.by_kind):
            count, total = self.by_kind[kind]
            lines.append(f"{kind:>6}: n={count:3d} total={total:5d} mean={total / count:7.2f}")
        return lines


def checksum(payload):
    # runs in a worker thread
    return hashlib.sha256(payload.encode()).hexdigest()[:12]


async def producer(raw_q, records, nworkers):
    for rec in records:
        await raw_q.put(json.dumps(rec, sort_keys=True))
    for _ in range(nworkers):
        await raw_q.put(None)


async def parse(line):
    rec = json.loads(line)
    # slow records take "too long" and hit the per-item timeout
    await asyncio.sleep(10 if rec["slow"] else 0)
    return rec


async def worker(name, raw_q, parsed_q, stats, handled):
    while True:
        line = await raw_q.get()
        try:
            if line is None:
                return name
            try:
                rec = await asyncio.wait_for(parse(line), timeout=0.1)
            except TimeoutError:
                stats.timeouts += 1
                continue
            if rec["value"] > 95:
                stats.rejected.append(rec["id"])
                continue
            handled[name] = handled.get(name, 0) + 1
            await parsed_q.put(rec)
        finally:
            raw_q.task_done()


async def aggregator(parsed_q, stats, loop, pool, limiter):
    while True:
        rec = await parsed_q.get()
        try:
            stats.add(rec["kind"], rec["value"])
            if rec["id"] % 10 == 1:
                async with limiter:
                    digest = await loop.run_in_executor(pool, checksum, json.dumps(rec, sort_keys=True))
                stats.digests.append((rec["id"], digest))
        finally:
            parsed_q.task_done()


async def flaky(n):
    await asyncio.sleep(0.02 * n)
    if n == 2:
        raise LookupError(f"flaky task {n} failed")
    return n


async def idle_forever(log):
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append("idle task cancelled")
        raise


async def supervise(log):
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(idle_forever(log))
            for n in range(4):
                tg.create_task(flaky(n)).add_done_callback(
                    lambda t: results.append(t.result()) if not t.cancelled() and t.exception() is None else None)
    except ExceptionGroup as group:
        eg, rest = group.split(LookupError)
        log.append(f"supervisor caught {len(eg.exceptions)}: {eg.exceptions[0]} (rest: {rest})")
    return sorted(results)


async def run_pipeline(records, nworkers=4):
    loop = asyncio.get_running_loop()
    raw_q = asyncio.Queue(maxsize=8)
    parsed_q = asyncio.Queue(maxsize=4)
    limiter = asyncio.Semaphore(3)
    stats = Stats()
    handled = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        agg = asyncio.create_task(aggregator(parsed_q, stats, loop, pool, limiter), name="aggregator")
        workers = [asyncio.create_task(worker(f"w{i}", raw_q, parsed_q, stats, handled))
                   for i in range(nworkers)]
        prod = asyncio.create_task(producer(raw_q, records, nworkers))
        await prod
        finished = await asyncio.gather(*workers)
        await raw_q.join()
        await parsed_q.join()
        agg.cancel()
        try:
            await agg
        except asyncio.CancelledError:
            pass
    return stats, handled, finished, agg.cancelled()


async def main(records):
    stats, handled, finished, agg_cancelled = await run_pipeline(records)
    print("workers finished:", finished, "aggregator cancelled:", agg_cancelled)
    print("handled in total:", sum(handled.values()), "timeouts:", stats.timeouts)
    print("rejected:", stats.rejected)
    for line in stats.report():
        print(line)
    print("digests:", sorted(stats.digests)[:3])

    log = []
    print("supervised results:", await supervise(log))
    print("\n".join(log))

    # a shielded save survives the cancellation of its caller
    saved = []

    async def save():
        await asyncio.sleep(0.005)
        saved.append("saved")
        return len(saved)

    save_task = asyncio.ensure_future(save())

    async def caller():
        return await asyncio.shield(save_task)

    c = asyncio.create_task(caller())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled; save result:", await save_task, saved)

    # timeouts: a deadline that is pushed back, and one that fires
    async with asyncio.timeout(0.002) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0.005)
    print("rescheduled timeout expired:", cm.expired())
    try:
        async with asyncio.timeout(0.002) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline hit:", cm.expired())
    return len(stats.digests)


print("digest count:", asyncio.run(main(RECORDS)))

# warm-up done by the first run; now change the handlers and run again
_old_checksum = checksum


def checksum(payload):
    return "X" + _old_checksum(payload)[:4]


Stats.add = lambda self, kind, value: self.by_kind.__setitem__(
    kind, (self.by_kind.get(kind, (0, 0))[0] + 1, self.by_kind.get(kind, (0, 0))[1] + 2 * value))
print("digest count:", asyncio.run(main(RECORDS[:25])))
