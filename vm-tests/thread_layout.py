# Threads building, updating and reading instances of the same classes at once (the GIL
# switching between them): every instance ends up with its own attributes in its own
# order, whatever the interleaving.
import sys
import threading

sys.setswitchinterval(1e-6)


class Rec:
    def __init__(self, tag):
        self.tag = tag


ORDERS = ["abc", "cba", "bac", "acbd", "dcab"]
results = {}


def worker(k):
    made = []
    for i in range(300):
        r = Rec(k)
        for name in ORDERS[(k + i) % len(ORDERS)]:
            setattr(r, name, i)
        if i % 7 == 0:
            del r.tag
        if i % 11 == 0:
            r.__dict__["extra"] = k
        made.append(r)
    total = 0
    for r in made:
        for name in "abcd":
            total += getattr(r, name, 0)
    orders = sorted({"".join(vars(r)) for r in made})
    results[k] = (total, orders)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k][0], results[k][1])
