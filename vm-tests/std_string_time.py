# string constants and capwords; time clocks (compared, never printed), sleep, gmtime,
# struct_time, strftime, and their errors.
import string
import time

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'), string.capwords("it's o'neil"), repr(string.capwords('')))
print(string.capwords('ab  cd', ' '), string.capwords('x', None), string.capwords(s='mIxEd cAsE'))
for bad in [(), (1,), ('a', 'b', 'c')]:
    try:
        string.capwords(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

t0 = time.time()
n0 = time.time_ns()
m0 = time.monotonic()
p0 = time.perf_counter()
pn0 = time.perf_counter_ns()
c0 = time.process_time()
time.sleep(0.01)
time.sleep(0)
time.sleep(1 // 2)
t1 = time.time()
print(t1 >= t0, time.time_ns() >= n0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0, time.perf_counter_ns() > pn0)
print(time.process_time() >= c0, type(t0), type(n0), type(time.monotonic_ns()), type(time.process_time_ns()), n0 > 1600000000 * 10**9)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_wday, g[7], tuple(g), len(g), g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), type(g).__name__)
for ts in [86399, 86400, 951782400, 1e9, 1234567890.75, 1700000000, 4102444800, -1, -86401, 68169600]:
    print(ts, tuple(time.gmtime(ts)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%a %A %b %B %j %y %p %I %w %u %% %e|%D|%F|%R|%T', time.gmtime(1700000000)))
print(time.strftime('%c|%x|%X', time.gmtime(0)), time.asctime(time.gmtime(951782400)))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 2, 1, 0)), time.struct_time)
for bad in [-1, 'x', float('nan'), None, 2**80, float('inf')]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: time.sleep(), lambda: time.time(1), lambda: time.monotonic_ns(2), lambda: time.gmtime('x'),
             lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime(5, time.gmtime(0))]:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
