# Threads hand over the GIL where CPython 3.11's eval loop does (backward jumps, calls), not
# between a load and its store: unlocked `+=` on an attribute, a dict item or a global in
# a loop loses no update, as in CPython.
import sys
import threading

sys.setswitchinterval(1e-6)
counter = 0


class Box:
    n = 0


box = Box()
table = {"k": 0}
cells = [0]


def work():
    global counter
    for i in range(20000):
        counter += 1
        box.n += 1
        table["k"] += 1
        cells[0] += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, box.n, table["k"], cells[0])
