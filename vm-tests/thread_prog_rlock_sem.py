# An RLock-protected recursive tree (methods call each other while holding the lock) and a
# Semaphore capping concurrency, measured with a max-concurrency counter.
import threading
import time


class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.children = {}
        self.value = 0

    def child(self, key):
        with self.lock:
            if key not in self.children:
                self.children[key] = Tree()
            return self.children[key]

    def insert(self, path, amount):
        with self.lock:
            if not path:
                self.value += amount
                return
            self.child(path[0]).insert(path[1:], amount)

    def total(self):
        with self.lock:
            s = self.value
            for key in self.children:
                s += self.children[key].total()
            return s

    def dump(self, prefix=""):
        with self.lock:
            lines = []
            for key in sorted(self.children):
                c = self.children[key]
                lines.append("%s%s=%d" % (prefix, key, c.value))
                lines.extend(c.dump(prefix + "  "))
            return lines


root = Tree()


def inserter(seed):
    for i in range(50):
        path = ["abc"[(seed + i) % 3], "xy"[i % 2]]
        root.insert(path, 1)
        root.insert(path[:1], 1)


ts = [threading.Thread(target=inserter, args=(s,)) for s in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", root.total())
for line in root.dump():
    print(line)

r = threading.RLock()
r.acquire()
r.acquire()
r.release()
print("still owned after one release:", r._is_owned())
r.release()
try:
    r.release()
except RuntimeError as e:
    print("over-release:", e)

LIMIT = 3
sem = threading.BoundedSemaphore(LIMIT)
active = [0]
peak = [0]
counter_lock = threading.Lock()
done = []


def limited(i):
    with sem:
        with counter_lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with counter_lock:
            active[0] -= 1
            done.append(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done:", sorted(done))
print("peak within limit:", 1 <= peak[0] <= LIMIT)
print("active now:", active[0])
try:
    sem.release()
except ValueError as e:
    print("bounded over-release:", e)
s = threading.Semaphore(0)
print("acquire nonblocking:", s.acquire(blocking=False))
print("acquire timeout:", s.acquire(timeout=0.01))
s.release(2)
print("after release(2):", s.acquire(False), s.acquire(False), s.acquire(False))
