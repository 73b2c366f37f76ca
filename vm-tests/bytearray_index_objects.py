# bytearray methods taking a byte or a position accept objects with __index__ (CPython converts
# them first, so an __index__ that changes the bytearray acts before the method looks at it).
# Found by hostile runs next to the fuzzers.


class I:
    def __init__(self, value, hook=None):
        self.value = value
        self.hook = hook

    def __index__(self):
        if self.hook:
            self.hook()
        return self.value


def attempt(f):
    try:
        return f()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


def run():
    out = []
    b = bytearray(b"abc")
    b.append(I(100))
    b.insert(I(0), I(65))
    b[I(1)] = I(66)
    out.append(bytes(b))
    out.append(b.pop(I(0)))
    b.remove(I(66))
    out.append(bytes(b))
    # __index__ that empties the bytearray before the method acts
    b = bytearray(b"abc")
    b.append(I(65, b.clear))
    out.append(bytes(b))
    b = bytearray(b"abc")
    b.insert(I(5, b.clear), I(66))
    out.append(bytes(b))
    b = bytearray(b"abc")
    out.append(attempt(lambda: b.pop(I(0, b.clear))))
    b = bytearray(b"abc")
    out.append(attempt(lambda: b.__setitem__(0, I(65, b.clear))))
    out.append(bytes(b))
    # bad values
    out.append(attempt(lambda: bytearray().append(I(256))))
    out.append(attempt(lambda: bytearray().append(I(-1))))
    out.append(attempt(lambda: bytearray().append(1.5)))
    out.append(attempt(lambda: bytearray().append("a")))
    out.append(attempt(lambda: bytearray(b"x").remove(I(7))))
    out.append(attempt(lambda: bytearray(b"x").insert(1.5, 1)))
    out.append(attempt(lambda: bytearray(b"x").pop(I(2**70))))
    return out


for line in run():
    print(line)
# after warm-up: the same calls 200 times, then once more printed
for _ in range(200):
    run()
print(run() == run())
print(run()[-1])
