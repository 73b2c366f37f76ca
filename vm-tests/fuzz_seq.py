# Differential fuzz (a fixed seed): random operations on the paths the inline caches serve,
# every result printed and compared with CPython.
import random, sys
seed = 3
rnd = random.Random(seed)
log = []
vals = {"s": "", "t": "x", "l": [1, 2, 3], "m": []}
S = ""
def cat(a, b):
    a += b
    return a
for step in range(1000):
    r = rnd.random()
    try:
        if r < 0.15:
            S += rnd.choice(["a", "bc", "", "é", "😀"])
        elif r < 0.25:
            alias = S
            S += "z"
            log.append((len(alias), len(S), alias == S[:-1]))
        elif r < 0.35:
            k = rnd.choice(["s", "t"])
            vals[k] += rnd.choice(["q", "", "rs"])
        elif r < 0.45:
            log.append(cat(vals["t"], str(step))[-3:])
        elif r < 0.6:
            l = vals["l"]
            a, b, c = rnd.randint(-6, 6), rnd.randint(-6, 6), rnd.choice([None, 1, -1, 2, -2])
            log.append(l[a:b:c] if c else l[a:b])
        elif r < 0.72:
            l = vals["l"]
            a, b = rnd.randint(-6, 6), rnd.randint(-6, 6)
            c = rnd.choice([None, 1, 2, -1])
            src = rnd.choice([[9], [7, 8], (), "ab", range(3), l])
            try:
                l[a:b:c] = src
            except ValueError as e:
                log.append(str(e))
            if len(l) > 30:
                del l[10:]
            log.append(list(l))
        elif r < 0.8:
            l = vals["l"]
            a, b = rnd.randint(-6, 6), rnd.randint(-6, 6)
            del l[a:b]
            if not l:
                l.extend([1, 2, 3])
        elif r < 0.9:
            log.append((S[-5:], len(S), S.count("a")))
        else:
            x = S
            y = x
            x += "!"
            log.append(y == S and x == S + "!")
    except TypeError as e:
        log.append(("TE", str(e)))
print(seed, len(S), len(log))
for x in log: print(x)
