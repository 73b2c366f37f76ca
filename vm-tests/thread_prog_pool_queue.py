# A worker pool over a queue.Queue: N workers take jobs until they see a sentinel; results go
# to a second queue; the main thread joins everything and prints sorted results.
import queue
import threading

NUM_WORKERS = 4
SENTINEL = None


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def worker(jobs, results, counts):
    name = threading.current_thread().name
    done = 0
    while True:
        job = jobs.get()
        if job is SENTINEL:
            jobs.task_done()
            break
        n = job
        results.put((n, is_prime(n)))
        done += 1
        jobs.task_done()
    counts[name] = done


jobs = queue.Queue()
results = queue.Queue()
counts = {}
workers = []
for i in range(NUM_WORKERS):
    t = threading.Thread(target=worker, args=(jobs, results, counts), name="worker-%d" % i)
    t.start()
    workers.append(t)

for n in range(1, 101):
    jobs.put(n)
for _ in workers:
    jobs.put(SENTINEL)

jobs.join()
print("queue drained:", jobs.empty(), "unfinished:", jobs.unfinished_tasks)
for t in workers:
    t.join()
print("alive after join:", [t.is_alive() for t in workers])

collected = []
while not results.empty():
    collected.append(results.get_nowait())
collected.sort()
print("results:", len(collected))
primes = [n for n, p in collected if p]
print("primes:", primes)
print("total processed:", sum(counts.values()))
print("workers reporting:", sorted(counts))

# A second round with a bounded queue: the producer blocks while workers are slow to start.
bounded = queue.Queue(maxsize=2)
out = []
out_lock = threading.Lock()


def squarer():
    while True:
        item = bounded.get()
        try:
            if item is SENTINEL:
                return
            with out_lock:
                out.append(item * item)
        finally:
            bounded.task_done()


ws = [threading.Thread(target=squarer) for _ in range(3)]
for w in ws:
    w.start()
for i in range(20):
    bounded.put(i)
bounded.join()
for w in ws:
    bounded.put(SENTINEL)
for w in ws:
    w.join()
print("squares:", sorted(out))
print("full/empty:", bounded.full(), bounded.empty(), bounded.qsize())
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("get timed out: Empty")
bounded.put(1)
bounded.put(2)
try:
    bounded.put(3, block=False)
except queue.Full:
    print("put on full: Full")
print("active threads:", threading.active_count())
