# A hand-written parallel map: chunks of the input go to threads, results land in a dict
# guarded by a Lock; per-thread scratch state lives in threading.local.
import threading


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


results = {}
results_lock = threading.Lock()
scratch = threading.local()
seen_names = []


def init_scratch():
    scratch.calls = 0
    scratch.longest = (0, 0)


def run_chunk(func, chunk):
    init_scratch()
    for x in chunk:
        value = func(x)
        scratch.calls += 1
        if value > scratch.longest[1]:
            scratch.longest = (x, value)
        with results_lock:
            results[x] = value
    with results_lock:
        seen_names.append((threading.current_thread().name, scratch.calls, scratch.longest))


def parallel_map(func, items, nthreads):
    chunks = [items[i::nthreads] for i in range(nthreads)]
    threads = []
    for i, chunk in enumerate(chunks):
        t = threading.Thread(target=run_chunk, args=(func, chunk), name="chunk-%d" % i)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return [results[x] for x in items]


items = list(range(1, 301))
out = parallel_map(collatz_steps, items, 5)
print("len:", len(out))
print("first 10:", out[:10])
print("max:", max(out), "at", items[out.index(max(out))])
print("matches serial:", out == [collatz_steps(x) for x in items])
for name, calls, longest in sorted(seen_names):
    print(name, calls, longest)

# The main thread never initialised its scratch: the attribute is missing here.
print("main has calls:", hasattr(scratch, "calls"))
scratch.calls = -1


def peek():
    with results_lock:
        seen_names.append(("peek", hasattr(scratch, "calls"), None))


t = threading.Thread(target=peek)
t.start()
t.join()
print("new thread sees:", seen_names[-1][:2])
print("main still:", scratch.calls)


# A local subclass with __init__ runs it again in each thread, with the same arguments.
class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = 1

    def bump(self):
        self.value += 1
        return self.value


counter = Counter(100)
bumps = []


def bumper(n):
    for _ in range(n):
        counter.bump()
    with results_lock:
        bumps.append((n, counter.value, counter.inits))


threads = [threading.Thread(target=bumper, args=(n,)) for n in (1, 2, 3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bumps:", sorted(bumps))
print("main counter:", counter.value)
