import sys
async def rec(n):
    if n == 0:
        return 0
    return 1 + await rec(n - 1)
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
print(run(rec(400)))
try:
    print(run(rec(100000)))
except RecursionError as e:
    print("RecursionError", e)
class A:
    async def m(self):
        return "A"
class B(A):
    async def m(self):
        return "B" + await super().m()
print(run(B().m()))
async def fs():
    async def v(): return 5
    return f"{await v()}!"
print(run(fs()))
def outer():
    x = 0
    async def inc():
        nonlocal x
        x += 1
        return x
    return inc
inc = outer()
print(run(inc()), run(inc()))
async def exc_ctx():
    try:
        raise KeyError("a")
    except KeyError:
        await rec(2)
        print(sys.exc_info()[0].__name__)
        try:
            raise ValueError("b")
        except ValueError as e:
            print(repr(e.__context__))
    print(sys.exc_info())
run(exc_ctx())
async def agen_exc():
    try:
        raise KeyError("x")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
async def col(g):
    return [x async for x in g]
print(run(col(agen_exc())))
async def gen_in_def():
    return [x for x in range(3)]
print(run(gen_in_def()))


# leaving an async for over an async generator early leaves it suspended; freeing it
# closes it
async def tracked(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("tracked closed")


async def early_exit(log):
    async for x in tracked(log):
        if x == 2:
            break
    log.append("after loop")
    async for x in tracked(log):
        if x == 1:
            return log


print(run(early_exit([])))


# exceptions from awaits inside __aexit__, and return through several blocks
class Mgr:
    def __init__(self, log, fail_exit=False):
        self.log = log
        self.fail_exit = fail_exit

    async def __aenter__(self):
        self.log.append("enter")

    async def __aexit__(self, t, v, tb):
        await rec(1)
        self.log.append("exit " + (t.__name__ if t else "-"))
        if self.fail_exit:
            raise OSError("exit failed")


async def nested(log):
    async for i in col_gen(3):
        async with Mgr(log):
            try:
                if i == 1:
                    continue
                if i == 2:
                    return "returned from " + str(i)
            finally:
                log.append("finally %d" % i)


async def col_gen(n):
    for i in range(n):
        yield i


log = []
print(run(nested(log)), log)
log = []
try:
    async def exit_fails():
        async with Mgr(log, fail_exit=True):
            raise KeyError("body")
    run(exit_fails())
except OSError as e:
    print(repr(e), repr(e.__context__), log)


# StopIteration raised inside an awaited coroutine
async def raises_stop():
    raise StopIteration


async def awaits_stop():
    try:
        await raises_stop()
    except RuntimeError as e:
        return str(e)


print(run(awaits_stop()))


# the same coroutine function called through several call paths after warm-up
class Service:
    async def fetch(self, k):
        return k * 2


async def use_service(s, n):
    total = 0
    for i in range(n):
        total += await s.fetch(i)
    return total


svc = Service()
print(sum(run(use_service(svc, 3)) for _ in range(200)))


async def fetch3(self, k):
    return k * 3


Service.fetch = fetch3
print(sum(run(use_service(svc, 3)) for _ in range(200)))
svc.fetch = lambda k: rec(0)
print(run(use_service(svc, 3)))
