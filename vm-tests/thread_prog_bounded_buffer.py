# A bounded buffer guarded by one Condition: producers wait while it is full, consumers while
# it is empty. Every item produced is consumed exactly once.
import threading

CAPACITY = 3


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()
        self.max_seen = 0
        self.closed = False

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            if len(self.items) > self.max_seen:
                self.max_seen = len(self.items)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


buf = BoundedBuffer(CAPACITY)
consumed = {}
consumed_lock = threading.Lock()


def producer(pid, count):
    for i in range(count):
        buf.put((pid, i))


def consumer(cid):
    got = []
    while True:
        item = buf.get()
        if item is None:
            break
        got.append(item)
    with consumed_lock:
        consumed[cid] = got


producers = [threading.Thread(target=producer, args=(p, 25)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()

everything = []
for cid in sorted(consumed):
    everything.extend(consumed[cid])
print("consumed:", len(everything))
print("unique:", len(set(everything)))
print("all present:", sorted(everything) == [(p, i) for p in range(3) for i in range(25)])
# Items of one producer arrive in order at each consumer.
ordered = True
for cid in consumed:
    last = {}
    for p, i in consumed[cid]:
        if p in last and last[p] >= i:
            ordered = False
        last[p] = i
print("per-producer order kept:", ordered)
print("never above capacity:", buf.max_seen <= CAPACITY)
print("left in buffer:", buf.items)

# wait_for with a predicate and a timeout that expires.
cond = threading.Condition()
state = {"ready": False}
with cond:
    r = cond.wait_for(lambda: state["ready"], timeout=0.02)
print("wait_for timed out ->", r)


def make_ready():
    with cond:
        state["ready"] = True
        cond.notify()


t = threading.Thread(target=make_ready)
with cond:
    t.start()
    r = cond.wait_for(lambda: state["ready"], timeout=5)
t.join()
print("wait_for satisfied ->", r)
try:
    cond.notify()
except RuntimeError as e:
    print("notify unowned:", e)
