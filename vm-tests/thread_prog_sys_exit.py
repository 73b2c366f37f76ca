# sys.exit() in a thread only ends that thread; Timers: one cancelled, one firing.
import sys
import threading

log = []
lock = threading.Lock()


def note(msg):
    with lock:
        log.append(msg)


def quitter(code):
    note("quitter start %r" % (code,))
    sys.exit(code)
    note("quitter after exit (never)")


for code in (0, 2, "bye"):
    t = threading.Thread(target=quitter, args=(code,))
    t.start()
    t.join()
print("log:", log)
print("main still running")

# cleanup in finally blocks runs when the thread exits via SystemExit
def with_cleanup():
    try:
        sys.exit(5)
    finally:
        note("cleanup ran")


t = threading.Thread(target=with_cleanup)
t.start()
t.join()
print("last:", log[-1])

fired = []
never = threading.Timer(10.0, fired.append, args=("never",))
never.start()
never.cancel()
never.join()
print("cancelled timer alive:", never.is_alive(), "fired:", fired)

soon = threading.Timer(0.01, fired.append, args=("soon",))
soon.start()
soon.join()
print("fired:", fired)

kw = threading.Timer(0.0, lambda **k: fired.append(sorted(k.items())), kwargs={"b": 2, "a": 1})
kw.start()
kw.join()
print("fired:", fired)
# Cancel before start: the timer never runs its function.
pre = threading.Timer(0.0, fired.append, args=("pre",))
pre.cancel()
pre.start()
pre.join()
print("fired:", fired)
print("finished flag:", pre.finished.is_set())
sys.exit(0)
