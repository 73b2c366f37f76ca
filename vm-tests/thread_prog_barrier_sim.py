# A phased simulation: cells update in lock-step rounds separated by a Barrier; an Event is the
# start gate; the barrier action (run by one thread per round) records the state.
import threading

N = 4
ROUNDS = 5
start_gate = threading.Event()
history = []
state = [i * 10 for i in range(N)]
next_state = list(state)


def record():
    history.append(list(state))


barrier = threading.Barrier(N, action=record)
ready_count = [0]
ready_lock = threading.Lock()
ready = threading.Condition(ready_lock)


def cell(i):
    with ready:
        ready_count[0] += 1
        ready.notify_all()
    start_gate.wait()
    for r in range(ROUNDS):
        left = state[(i - 1) % N]
        right = state[(i + 1) % N]
        next_state[i] = (left + right + state[i]) // 3 + r
        barrier.wait()   # everyone computed
        if i == 0:
            state[:] = next_state
        barrier.wait()   # state swapped (and recorded)


threads = [threading.Thread(target=cell, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
with ready:
    ready.wait_for(lambda: ready_count[0] == N)
print("all waiting at gate; gate set:", start_gate.is_set())
start_gate.set()
for t in threads:
    t.join()
print("records:", len(history))
for row in history[1::2]:
    print(row)
print("final:", state)
print("barrier broken:", barrier.broken, "waiting:", barrier.n_waiting)

# A barrier that one party abandons: the others see BrokenBarrierError.
b2 = threading.Barrier(3, timeout=5)
outcomes = []
olock = threading.Lock()


def party(i):
    try:
        b2.wait()
        res = "passed"
    except threading.BrokenBarrierError:
        res = "broken"
    with olock:
        outcomes.append((i, res))


ps = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for p in ps:
    p.start()
while b2.n_waiting < 2:
    start_gate.wait(0.001)
b2.abort()
for p in ps:
    p.join()
print("abort outcomes:", sorted(outcomes))
b2.reset()
print("after reset broken:", b2.broken)

# Event.wait with a timeout returns False when nobody sets it.
e = threading.Event()
print("wait timeout:", e.wait(0.01))
threading.Timer(0.01, e.set).start()
print("wait set by timer:", e.wait(5))
