# The "coroutine ... was never awaited" RuntimeWarning: where it is reported (the line
# running when the coroutine is freed), once per location, and when it is not reported.
import gc
import sys


async def job():
    return 1


async def other():
    return 2


def drop_here():
    job()
    print("after drop_here's call")


drop_here()
x = job()
del x
print("after del")


def keep_and_return():
    c = job()
    return "returned"


print(keep_and_return())

# one warning per location, however often
for i in range(300):
    job()
print("loop done")

# a different coroutine at a known location warns again
for f in (job, other):
    f()

# no warning: closed, started, or awaited
c = job()
c.close()
c = job()
try:
    c.send(None)
except StopIteration:
    pass


async def waits():
    await job()

try:
    waits().send(None)
except StopIteration:
    print("awaited fine")
del c

# found by the collector in a cycle
holder = [other()]
holder.append(holder)
del holder
sys.stderr.flush()
print("collect", gc.collect() > 0)


class Owner:
    def __init__(self):
        self.c = job()
        self.me = self


def make_owner():
    Owner()


make_owner()
gc.collect()
print("end of module")
left = other()
