# Stress for tools/sanitize.sh: 8 threads, a 1 us switch interval, a shared list, dict and
# instance attributes, reference cycles with __del__ and gc.collect() from every thread;
# exact counts asserted at the end. Usage: pyvm thread_stress.py [seconds] (default 2).
import sys, gc, time, threading, _thread

sys.setswitchinterval(1e-6)
DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
NT = 8

shared_list = []
shared_dict = {}
class Box:
    pass
box = Box()
box.total = 0
lock = threading.Lock()
counts = [0] * NT
cycles_made = [0] * NT
collected = [0] * NT
dels = [0]
del_lock = threading.Lock()

class Node:
    def __init__(self, tag):
        self.tag = tag
        self.other = None
    def __del__(self):
        with del_lock:
            dels[0] += 1

start_evt = threading.Event()

def worker(tid):
    start_evt.wait()
    deadline = time.monotonic() + DURATION
    n = 0
    attr = "a%d" % tid
    setattr(box, attr, 0)
    while time.monotonic() < deadline:
        for _ in range(50):
            shared_list.append((tid, n))
            shared_dict[(tid, n)] = [n, str(n)]
            if n % 3 == 0:
                del shared_dict[(tid, n)]
            setattr(box, attr, getattr(box, attr) + 1)
            with lock:
                box.total += 1
            # reference cycles
            a = Node(tid); b = Node(n); a.other = b; b.other = a
            l = [a]; l.append(l)
            d = {}; d['self'] = d; d['n'] = b
            del a, b, l, d
            cycles_made[tid] += 1
            n += 1
        if n % 500 == 0:
            collected[tid] += gc.collect()
    counts[tid] = n

threads = [threading.Thread(target=worker, args=(i,)) for i in range(NT)]
for t in threads:
    t.start()
start_evt.set()
for t in threads:
    t.join()
gc.collect()

total = sum(counts)
assert len(shared_list) == total, (len(shared_list), total)
expect_dict = sum(c - (c + 2) // 3 for c in counts)
assert len(shared_dict) == expect_dict, (len(shared_dict), expect_dict)
for tid in range(NT):
    assert getattr(box, "a%d" % tid) == counts[tid]
    mine = [x for x in shared_list if x[0] == tid]
    assert [x[1] for x in mine] == list(range(counts[tid])), tid
assert box.total == total, (box.total, total)
assert sum(cycles_made) == total
assert dels[0] == 2 * total, (dels[0], 2 * total)
print("ok", total > 0, NT, file=sys.stdout)
print("iterations", total, "dels", dels[0], "collected-in-threads", sum(collected), file=sys.stderr)
