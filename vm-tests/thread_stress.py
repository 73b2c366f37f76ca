# 8 threads hammer shared objects for about two seconds with the GIL changing hands as often
# as it can (switch interval 1 µs), while the cycle collector runs: no crash, no lost append,
# exact counts. Operations CPython makes atomic (list.append, dict item assignment, set.add,
# attribute stores of distinct names) are atomic here too.
import gc
import sys
import threading
import time

sys.setswitchinterval(1e-6)
SECONDS = 2.0
N_THREADS = 8

shared_list = []
shared_dict = {}
shared_set = set()
lock = threading.Lock()
locked_total = 0


class Node:
    def __init__(self, owner, i):
        self.owner = owner
        self.i = i
        self.partner = None


class Board:
    pass


board = Board()
collections_seen = []
rounds = [0] * N_THREADS
start = threading.Event()


def worker(k):
    global locked_total
    mine = []
    start.wait()
    # Each thread stops itself (a main thread waiting for the GIL among eight busy threads
    # may wait long: the GIL is not fair).
    deadline = time.monotonic() + SECONDS
    i = 0
    while i < 2000 or i % 100 or time.monotonic() < deadline:
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_set.add(k * 10**9 + i)
        setattr(board, "t%d" % k, i)
        a = Node(k, i)
        b = Node(k, i)
        a.partner, b.partner = b, a  # garbage cycles for the collector
        mine.append(i * i)
        with lock:
            locked_total += 1
        if i % 1000 == 999:
            collections_seen.append(gc.collect(0) >= 0)
        i += 1
    rounds[k] = i
    assert mine == [i * i for i in range(i)], "a thread's own list was disturbed"


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()

total = sum(rounds)
print(len(shared_list) == total, len(set(shared_list)) == total)
print(len(shared_dict) == total, sum(shared_dict.values()) == sum(n * (n - 1) // 2 for n in rounds))
print(len(shared_set) == len({k * 10**9 + i for k in range(N_THREADS) for i in range(rounds[k])}))
print(locked_total == total)
print(sorted(vars(board).items()) == [("t%d" % k, rounds[k] - 1) for k in range(N_THREADS)])
for k in range(N_THREADS):
    seq = [i for (kk, i) in shared_list if kk == k]
    assert seq == list(range(rounds[k])), "appends of one thread out of order"
print(len(collections_seen) == sum(n // 1000 for n in rounds), all(collections_seen))
gc.collect()
print(sum(isinstance(o, Node) for o in gc.get_objects()))
print(threading.active_count())
