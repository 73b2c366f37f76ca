# What the fuzzers found before the limits work landed (tools/fuzz/regressions/run/): a
# container whose __eq__ grows it during a lookup, a printf width too large to allocate,
# and atexit._run_exitfuncs registered as its own callback (native recursion without a
# frame: RecursionError inside, reported by nobody; the program ends normally).
import atexit


class E:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        D[len(D) + 5] = 1
        return False


for _ in range(200):
    D = {E(): 1}
    found = E() in D
print(found, len(D))


class F:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        S.add(len(S) + 100)
        return False


for _ in range(200):
    S = {F()}
    found = F() in S
print(found, len(S))

for width in (2**40, 2**62, 2**63):
    try:
        print(len('%*d' % (width, 1)))
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)

atexit.register(atexit._run_exitfuncs)
print("registered")
