# Condition: wait/notify, timeouts, wait_for, notify(n), notify_all, errors.
import threading

try:  # CPython warns about the camelCase aliases; pyvm has no warnings module
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
except ImportError:
    pass

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print("timed wait:", cond.wait(0.01), cond.wait(0))
    print("wait_for:", cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: 5))
    cond.notify()  # nobody waiting: fine

# A Condition over a plain Lock.
plain = threading.Condition(threading.Lock())
with plain:
    print("plain timed wait:", plain.wait(0.01))

# Hand-shake: the waiters count themselves in under the lock, so the main thread knows when
# all of them are waiting before it notifies.
state = {'waiting': 0, 'go': 0, 'woken': []}
c = threading.Condition()


def waiter(i):
    with c:
        state['waiting'] += 1
        c.notify_all()
        c.wait_for(lambda: state['go'] > 0)
        state['go'] -= 1
        state['woken'].append(i)
        c.notify_all()


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with c:
    c.wait_for(lambda: state['waiting'] == 5)
    state['go'] = 2
    c.notify(2)
    c.wait_for(lambda: len(state['woken']) == 2)
    print("after notify(2):", len(state['woken']))
    state['go'] = 3
    c.notifyAll()
for t in ts:
    t.join()
print(sorted(state['woken']))

# wait() returns True when notified.
flags = []
ready = threading.Event()
c2 = threading.Condition(threading.Lock())


def notified():
    with c2:
        ready.set()
        flags.append(c2.wait(5))


t = threading.Thread(target=notified)
t.start()
ready.wait()
with c2:  # the waiter holds c2 until it waits
    c2.notify()
t.join()
print(flags)

# Producer/consumer over a list guarded by a Condition.
items, done = [], []
cv = threading.Condition()


def consumer():
    while True:
        with cv:
            cv.wait_for(lambda: items)
            x = items.pop(0)
        if x is None:
            return
        done.append(x * 2)


cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs:
    t.start()
for i in range(30):
    with cv:
        items.append(i)
        cv.notify()
for _ in cs:
    with cv:
        items.append(None)
        cv.notify()
for t in cs:
    t.join()
print(sorted(done) == [i * 2 for i in range(30)], len(done))
