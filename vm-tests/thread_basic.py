# Thread objects: targets, subclasses, names, repr, start/join errors, properties.
import threading

try:  # CPython warns about the camelCase aliases; pyvm has no warnings module
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
except ImportError:
    pass

results = []


def worker(n, scale=1):
    results.append(n * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(4)]
for t in threads:
    print(t.name, t.is_alive(), t.ident is None, t.daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.out = None

    def run(self):
        self.out = (self.n * self.n, threading.current_thread().name,
                    threading.current_thread() is self)


subs = [Squarer(n) for n in range(3)]
for t in subs:
    t.start()
for t in subs:
    t.join()
print([t.out for t in subs])


def shown(t):
    return repr(t).replace(str(t.ident), 'ID') if t.ident is not None else repr(t)


gate = threading.Event()
inside = threading.Event()


def waiter():
    inside.set()
    gate.wait()


t = threading.Thread(target=waiter)
print(shown(t))
t.start()
inside.wait()
print(shown(t), t.is_alive())
gate.set()
t.join()
print(shown(t), t.is_alive())

d = threading.Thread(target=lambda: None, name="quiet", daemon=True)
print(shown(d), d.daemon, d.isDaemon())
d.start()
d.join()
print(shown(d))

# Names: explicit, default counter with the target's name, no target.
print(threading.Thread().name, threading.Thread(target=len).name)
n = threading.Thread(name=42)
print(repr(n.name), n.getName())
n.setName("renamed")
n.name = n.name + "!"
print(n.name)
n.setDaemon(True)
print(n.daemon)

# Errors.
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

errs = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))


j = threading.Thread(target=join_self)
j.start()
j.join()
print(errs)

# The main thread and the registry.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), threading.currentThread() is main)
print(main.daemon, main.is_alive(), type(main).__name__)
print(threading.active_count(), threading.activeCount(), threading.enumerate() == [main])
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
print(main.ident == threading.get_ident())
# A thread inherits daemon-ness from its creator.
inherit = []
def make():
    inherit.append(threading.Thread(target=len).daemon)
m = threading.Thread(target=make, daemon=True)
m.start()
m.join()
print(inherit, threading.Thread(target=len).daemon)
# join with a timeout on a finished thread returns at once
t.join(0)
t.join(timeout=-1)
print("done")
