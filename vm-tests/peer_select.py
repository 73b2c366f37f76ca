# select.poll() and select.select() over a pipe: readiness, registration errors, timeouts,
# objects with fileno(); polled cold, 200 times warm, then after the pipe changes state.
import os
import select

r, w = os.pipe()
p = select.poll()
print(type(p).__name__, select.POLLIN, select.POLLOUT, select.POLLHUP, select.error is OSError)


def ready(poller, timeout=0):
    return sorted((fd == r, fd == w, ev) for fd, ev in poller.poll(timeout))


p.register(r, select.POLLIN)
p.register(w)
print(ready(p))
for _ in range(200):
    got = ready(p)
print(got)
os.write(w, b"x")
print(ready(p, 10))
p.register(w, select.POLLIN)  # registering again replaces the mask
print(ready(p, None))
p.modify(w, select.POLLOUT)
print(ready(p, 1.5))
p.unregister(w)
print(ready(p))
for bad in (lambda: p.unregister(w), lambda: p.modify(w, 1), lambda: p.register(-1),
            lambda: p.register("x"), lambda: p.register(r, -1), lambda: p.register(r, 1 << 16),
            lambda: p.poll("x"), lambda: select.select([], [], [], -1),
            lambda: select.select(1, [], []), lambda: type(p)()):
    try:
        bad()
    except (KeyError, OSError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e if not isinstance(e, KeyError) else e.args[0] == w)


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fr, fw = F(r), F(w)


def sel(timeout=0):
    rl, wl, xl = select.select([fr, r], [fw], [fr], timeout)
    return [x is fr for x in rl], [x is fw for x in wl], xl


for _ in range(200):
    got = sel()
print(got)
os.read(r, 1)
print(sel(), sel(0.01))
print(ready(p))
os.close(w)
print(ready(p), [x is fr for x in select.select([fr], [], [], 0)[0]])
try:
    sel()
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)

# another thread runs while one waits in poll
r2, w2 = os.pipe()
p2 = select.poll()
p2.register(r2, select.POLLIN)
import threading
t = threading.Thread(target=lambda: os.write(w2, b"go"))
t.start()
print([(fd == r2, ev) for fd, ev in p2.poll(5000)], os.read(r2, 2))
t.join()  # (so nothing of the thread is alive when the leak check counts)
os.close(r2)
os.close(w2)
