# 8 threads hammer shared objects with the GIL changing hands as often as it can
# (switch interval 1 µs), while the cycle collector runs: no crash, no lost append, exact
# counts. Operations CPython makes atomic (list.append, dict item assignment, set.add,
# attribute stores of distinct names) are atomic here too.
import gc
import sys
import threading

sys.setswitchinterval(1e-6)
N_THREADS = 8
ROUNDS = 12000

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


def worker(k):
    global locked_total
    mine = []
    for i in range(ROUNDS):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_set.add(k * ROUNDS + i)
        setattr(board, "t%d" % k, i)
        a = Node(k, i)
        b = Node(k, i)
        a.partner, b.partner = b, a  # garbage cycles for the collector
        mine.append(i * i)
        with lock:
            locked_total += 1
        if i % 1000 == 999:
            collections_seen.append(gc.collect(0) >= 0)
    assert mine == [i * i for i in range(ROUNDS)], "a thread's own list was disturbed"


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = N_THREADS * ROUNDS
print(len(shared_list) == total, len(set(shared_list)) == total)
print(len(shared_dict) == total, sum(shared_dict.values()) == N_THREADS * sum(range(ROUNDS)))
print(len(shared_set) == total, locked_total == total)
print(sorted(vars(board).items()) == [("t%d" % k, ROUNDS - 1) for k in range(N_THREADS)])
for k in range(N_THREADS):
    seq = [i for (kk, i) in shared_list if kk == k]
    assert seq == list(range(ROUNDS)), "appends of one thread out of order"
print(len(collections_seen), all(collections_seen))
gc.collect()
print(sum(isinstance(o, Node) for o in gc.get_objects()))
print(threading.active_count())
