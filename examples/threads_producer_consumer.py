"""queue.Queue between producer and consumer threads.

- put() blocks when the bounded queue is full, get() when it is empty;
- each consumer calls task_done() per item, so q.join() returns once every
  item put has been processed;
- one sentinel (None) per consumer tells the consumers to stop.

    target/release/pyvm -X gil-trace=gil.svg examples/threads_producer_consumer.py
"""
import queue
import threading

N_PRODUCERS, N_CONSUMERS, ITEMS = 3, 2, 100
q = queue.Queue(maxsize=10)
results = []               # list.append is atomic under the GIL
results_lock = threading.Lock()
handled = {}


def producer(p):
    for i in range(ITEMS):
        q.put((p, i))


def consumer(name):
    count = 0
    while True:
        item = q.get()
        if item is None:          # the sentinel: no more work
            q.task_done()
            break
        p, i = item
        with results_lock:
            results.append(p * 1000 + i * i)
        count += 1
        q.task_done()
    handled[name] = count


producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(f"consumer-{c}",))
             for c in range(N_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()                          # every item put so far has been task_done()
print(f"all {N_PRODUCERS * ITEMS} items processed, queue empty: {q.empty()}")
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
expected = sum(p * 1000 + i * i for p in range(N_PRODUCERS) for i in range(ITEMS))
print(f"results: {len(results)} items, sum {sum(results)} (expected {expected})")
print(f"items per consumer add up: {sum(handled.values())} "
      f"(the split between consumers varies run to run)")
