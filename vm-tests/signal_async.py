# Signals that come while the main thread runs or waits (SIGALRM from setitimer/alarm,
# _thread.interrupt_main from another thread): the handler runs at the next safepoint of a
# loop, or wakes time.sleep and lock/condition/queue/join waits; if it does not raise, the
# wait goes on for the rest of its time (PEP 475).
import _thread
import queue
import signal
import threading
import time


class Alarm(Exception):
    pass


def raiser(signum, frame):
    raise Alarm(signum)


fired = []


def counter(signum, frame):
    fired.append(signum)


def arm(seconds=0.05):
    signal.setitimer(signal.ITIMER_REAL, seconds)


signal.signal(signal.SIGALRM, raiser)

print("inside a busy loop")


def spin():
    n = 0
    try:
        while True:
            n += 1
    except Alarm as e:
        return n > 0, e.args


for i in range(3):
    arm(0.02)
    print("  ", spin())

print("inside a loop calling functions (after warm-up)")


def work(x):
    return x + 1


def calls():
    total = 0
    try:
        for i in range(10**9):
            total = work(total)
    except Alarm:
        return total > 200


arm(0.05)
print("  ", calls())

print("inside time.sleep")
t0 = time.monotonic()
arm()
try:
    time.sleep(5)
except Alarm as e:
    print("  interrupted", e.args, time.monotonic() - t0 < 2)

print("a handler that does not raise: the sleep goes on")
signal.signal(signal.SIGALRM, counter)
t0 = time.monotonic()
arm(0.05)
time.sleep(0.3)
print("  ", fired, time.monotonic() - t0 >= 0.299)

print("inside lock waits")
signal.signal(signal.SIGALRM, raiser)
lock = threading.Lock()
lock.acquire()
for how in ("forever", "timeout"):
    arm()
    t0 = time.monotonic()
    try:
        if how == "forever":
            lock.acquire()
        else:
            lock.acquire(timeout=5)
        print("  not reached")
    except Alarm:
        print("  ", how, "interrupted", time.monotonic() - t0 < 2, lock.locked())

rlock = threading.RLock()
holder_ready = threading.Event()
release = threading.Event()


def hold():
    with rlock:
        holder_ready.set()
        release.wait()


h = threading.Thread(target=hold)
h.start()
holder_ready.wait()
arm()
try:
    rlock.acquire()
except Alarm:
    print("   RLock interrupted")
release.set()
h.join()

print("a lock wait with a timeout keeps its deadline across handlers")
fired.clear()
signal.signal(signal.SIGALRM, counter)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
t0 = time.monotonic()
got = lock.acquire(timeout=0.3)
signal.setitimer(signal.ITIMER_REAL, 0)
print("  ", got, len(fired) >= 3, time.monotonic() - t0 >= 0.299)

print("condition, event, queue, join")
signal.signal(signal.SIGALRM, raiser)
cond = threading.Condition()
with cond:
    arm()
    try:
        cond.wait()
    except Alarm:
        print("   Condition.wait interrupted; still owned:", cond._is_owned())
ev = threading.Event()
arm()
try:
    ev.wait(10)
except Alarm:
    print("   Event.wait interrupted")
q = queue.Queue()
arm()
try:
    q.get()
except Alarm:
    print("   Queue.get interrupted")
q.put(1)
print("   the queue still works:", q.get())
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
arm()
try:
    t.join()
except Alarm:
    print("   join interrupted; thread alive:", t.is_alive())
stop.set()
t.join()
print("   joined:", not t.is_alive())

print("alarm() with a handler")
signal.signal(signal.SIGALRM, counter)
fired.clear()
print("  ", signal.alarm(1))
print("  ", signal.alarm(1) in (0, 1))
time.sleep(1.3)
print("  ", fired)

print("interrupt_main from another thread")


def interrupter(delay):
    time.sleep(delay)
    _thread.interrupt_main()


for waiter in ("sleep", "event", "loop"):
    t = threading.Thread(target=interrupter, args=(0.05,))
    t.start()
    try:
        if waiter == "sleep":
            time.sleep(5)
        elif waiter == "event":
            threading.Event().wait(5)
        else:
            while True:
                pass
    except KeyboardInterrupt:
        print("  ", waiter, "KeyboardInterrupt")
    t.join()

signal.signal(signal.SIGUSR1, counter)
fired.clear()
t = threading.Thread(target=_thread.interrupt_main, args=(signal.SIGUSR1,))
t.start()
t.join()
time.sleep(0.01)
print("   SIGUSR1 simulated:", fired)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)
try:
    _thread.interrupt_main(99)
except ValueError as e:
    print("  ", e)

print("waits in other threads are not interrupted")
signal.signal(signal.SIGALRM, counter)
fired.clear()
result = []


def sleeper():
    t0 = time.monotonic()
    time.sleep(0.2)
    result.append(time.monotonic() - t0 >= 0.199)


t = threading.Thread(target=sleeper)
t.start()
arm(0.05)
t.join()
print("  ", result, fired)
print("pause() returns once a handler ran")
fired.clear()
arm(0.05)
print("  ", signal.pause(), fired)
signal.signal(signal.SIGALRM, raiser)
arm(0.05)
try:
    time.sleep(1e9)
except Alarm:
    print("   a sleep of 1e9 seconds interrupted")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
