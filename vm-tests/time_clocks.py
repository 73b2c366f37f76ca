# time clocks: every clock and its _ns form, clock_gettime/getres with the CLOCK_* ids,
# get_clock_info, monotonicity, CPU clocks advancing, errors, and a warm-up loop.
import time

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a, b = f(), fns()
    print(type(a).__name__, type(b).__name__, a >= 0, b >= 0)
show(time.get_clock_info, 'x')
show(time.get_clock_info, 5)

for cid in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID]:
    print(type(time.clock_gettime(cid)).__name__, type(time.clock_gettime_ns(cid)).__name__, time.clock_getres(cid))
show(time.clock_gettime, 999)
show(time.clock_gettime_ns, 999)
show(time.clock_getres, 999)
show(time.clock_gettime, 'x')
show(time.clock_gettime, 2**40)

print(abs(time.time() - time.clock_gettime(time.CLOCK_REALTIME)) < 1)
print(abs(time.time_ns() // 10**9 - int(time.time())) <= 1)

# CPU clocks advance with work, monotonic clocks never go back
p0, t0, m0, c0 = time.process_time(), time.thread_time_ns(), time.monotonic_ns(), time.perf_counter()
x = 0
for i in range(300000):
    x += i * i
p1, t1, m1, c1 = time.process_time(), time.thread_time_ns(), time.monotonic_ns(), time.perf_counter()
print(p1 > p0, t1 > t0, m1 >= m0, c1 >= c0)

def tick():
    return time.monotonic_ns(), time.perf_counter_ns(), time.thread_time_ns(), time.process_time_ns()

prev = tick()
ok = True
for _ in range(300):
    cur = tick()
    ok = ok and all(c >= p for c, p in zip(cur, prev))
    prev = cur
print(ok)
show(time.monotonic, 1)
show(time.thread_time, 1)
show(time.clock_gettime, -2**40)
show(time.clock_gettime, 10**30)
