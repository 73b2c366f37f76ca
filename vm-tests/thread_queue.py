# queue: FIFO/LIFO/priority order, bounds, Empty/Full, task_done/join, producers and consumers.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False, timeout=5)
except queue.Empty:
    print("Empty non-blocking")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(8)])
print([pq.get()[1] for _ in range(8)])

bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put_nowait("b")
print(bq.full(), bq.qsize())
try:
    bq.put_nowait("c")
except queue.Full:
    print("Full")
try:
    bq.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(bq.get_nowait(), bq.get())

tq = queue.Queue()
tq.put(1)
tq.get()
tq.task_done()
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)
tq.join()  # nothing unfinished

# Producers and consumers over a bounded queue; join() waits for every task_done().
work = queue.Queue(maxsize=3)
results = []
results_lock = threading.Lock()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with results_lock:
            results.append(item * item)
        work.task_done()


def producer(start):
    for i in range(start, start + 20):
        work.put(i)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print(len(results), sum(results), work.unfinished_tasks)
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
print(work.empty())

# Blocking get woken by a put from another thread.
handoff = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(handoff.get(timeout=5)))
t.start()
handoff.put("hello")
t.join()
print(got)

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
t = threading.Thread(target=lambda: sq.put("late"))
t.start()
print(sq.get(timeout=5))
t.join()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
