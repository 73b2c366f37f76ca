# `for` over a generator: after warm-up the loop resumes the generator's frame inside the
# running eval loop (FOR_ITER_GEN). Every way a generator can behave must look the same.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def consume(gen):
    total = 0
    for x in gen:
        total += x
    return total


for _ in range(300):
    r = consume(count(10))
print("sum", r, consume(count(0)), consume(iter([1, 2])))


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    consume(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def fails(k):
    yield 1
    yield 2
    raise ValueError("gen failed at %d" % k)


def run_fails():
    seen = []
    try:
        for x in fails(3):
            seen.append(x)
    except ValueError as e:
        seen.append(str(e))
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        seen.append(names)
    return seen


for _ in range(200):
    out = run_fails()
print(out)

log = []


def guarded():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        log.append("finally")


def break_early():
    for x in guarded():
        if x == 2:
            break
    log.append("after loop")


for _ in range(150):
    log.clear()
    break_early()
print(log)


def in_except():
    try:
        raise KeyError("handled inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[1].args[0]
    yield sys.exc_info()[0]


def read_exc():
    out = []
    try:
        raise IndexError("outer")
    except IndexError:
        for x in in_except():
            out.append((x, sys.exc_info()[0].__name__))
    out.append(sys.exc_info()[0])
    return out


for _ in range(150):
    r = read_exc()
print(r)


def reentrant():
    g = count(6)
    out = []
    for x in g:
        out.append(x)
        out.append(next(g, None))
    return out


for _ in range(150):
    r = reentrant()
print(r)


def running_flags():
    g = None

    def gen():
        yield g.gi_running
        yield sys._getframe(1).f_code.co_name
        yield g.gi_frame.f_lineno > 0

    g = gen()
    out = []
    for x in g:
        out.append((x, g.gi_running))
    out.append(g.gi_frame)
    return out


for _ in range(150):
    r = running_flags()
print(r)


def pipeline(n):
    def evens(src):
        for x in src:
            if x % 2 == 0:
                yield x

    def squares(src):
        for x in src:
            yield x * x

    return sum(y for y in squares(evens(count(n))))


for _ in range(100):
    r = pipeline(50)
print("pipeline", r)


def resend():
    def echo():
        got = yield "first"
        while True:
            got = yield got

    g = echo()
    out = [next(g), g.send("a")]
    for x in g:
        out.append(x)
        if len(out) > 4:
            break
    out.append(g.send("b"))
    g.close()
    out.append(next(g, "closed"))
    return out


for _ in range(150):
    r = resend()
print(r)


def deep(n):
    if n == 0:
        yield "leaf"
        return
    for x in deep(n - 1):
        yield x


sys.setrecursionlimit(200)
try:
    for x in deep(1000):
        pass
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(list(deep(50)))
