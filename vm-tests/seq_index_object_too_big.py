# A subscript whose __index__ gives an int past the index size: CPython's IndexError names the
# key's own type ("cannot fit 'Ix' ..."); a range says "out of range". Found by hostile runs
# next to the fuzzers.


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Sub(int):
    pass


def get(seq, key):
    try:
        return seq[key]
    except (IndexError, TypeError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


def put(seq, key):
    try:
        seq[key] = 0
        return "ok"
    except (IndexError, TypeError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


SEQS = [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2)]
KEYS = [Ix(2**100), Ix(-2**100), Ix(1), 2**100, Sub(2**100)]
for s in SEQS:
    print(type(s).__name__, [get(s, k) for k in KEYS])
for s in ([1, 2], bytearray(b"ab")):
    print(type(s).__name__, [put(s, k) for k in KEYS])
# after warm-up: the subscript ran 200 times with a small index first
for s in SEQS:
    for _ in range(200):
        get(s, Ix(0))
    print(type(s).__name__, get(s, Ix(2**70)), get(s, Ix(-1)))
