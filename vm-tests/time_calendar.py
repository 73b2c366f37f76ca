# time: gmtime/strftime/asctime of fixed times (TZ-independent), localtime/mktime/ctime
# relations, time tuple checks and their messages, and warm-up loops.
import time

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

stamps = [0, 1, 86399, 951782400, 1709211909, 2147483647, 4102444800, -1, -86400 * 365, 253402300799]
for t in stamps:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_year, g.tm_yday, g.tm_wday)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %I %p %G %V %g', g))
    print(time.strftime('%c | %x | %X | %D | %T | %R | %F | %h | %n%t%% | %s', g) if False else
          time.strftime('%c | %x | %X | %D | %T | %R | %F | %h | %n%t%%', g))
    print(time.asctime(g))
print(time.gmtime(1.9), time.gmtime(-1.5)[:6])

# localtime and mktime agree whatever the zone
for t in [0, 86400 * 365, 1709211909, 2000000000]:
    lt = time.localtime(t)
    print(t, time.mktime(lt) == t, len(lt), type(time.mktime(lt)).__name__)
    print(time.ctime(t) == time.asctime(lt))
    print(time.strftime('%Y', lt) == str(lt.tm_year))
print(time.mktime(time.localtime(1709211909.75)))
# mktime normalises out-of-range fields
base = time.mktime((2024, 1, 31, 12, 0, 0, 0, 0, -1))
print(time.mktime((2024, 2, 0, 12, 0, 0, 0, 0, -1)) == base, time.mktime((2024, 1, 30, 36, 0, 0, 0, 0, -1)) == base)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.tzset(), type(time.tzname[0]).__name__)

# strftime details
tt = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%Y-%m-%d', tt), time.strftime('', tt), time.strftime('%', tt), time.strftime('plain', tt))
print(time.strftime('%Q %E %5Y %-d', tt))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y %j', (2024, 1, 1, 0, 0, 0, 9, 1, 0)))
print(time.strftime('%Y', (-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (99999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%a %A', (2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime('%H', (2024, 1, 1, 0, 0, 0, 0, 1, -5)))
print(time.asctime(tt), time.asctime((2024, 2, 29, 13, 5, 9, 13, 60, 0)), time.asctime((-5, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(type(time.asctime()).__name__, len(time.ctime()), type(time.strftime('%Y')).__name__)

# errors
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, -1, 0, 0, 0, 1, 0)]:
    show(time.strftime, '%Y', bad)
    show(time.asctime, bad)
show(time.strftime, '%Y\0x', tt)
show(time.strftime, 5)
show(time.strftime, '%Y', (1, 2, 3))
show(time.strftime, '%Y', [2024, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.strftime, '%Y', (2024, 1, 1.5, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y', (10**30, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.mktime, (2024, 2, 29, 13, 5, 9, 3, 60))
show(time.mktime, [2024, 2, 29, 13, 5, 9, 3, 60, 0])
show(time.mktime, 5)
show(time.mktime, (2024, 2, 29, 13, 5, 9.5, 3, 60, 0))
show(time.mktime, (10**20, 2, 29, 13, 5, 9, 3, 60, 0))
show(time.asctime, 'x')
show(time.ctime, 1e20)
show(time.ctime, 'x')
show(time.localtime, 'x')
show(time.localtime, float('nan'))
show(time.gmtime, float('nan'))
show(time.gmtime, 1e20)
show(time.localtime, 1, 2)

# warm-up: the same conversions many times
def work(t):
    g = time.gmtime(t)
    return time.strftime('%Y%m%d%H%M%S', g), time.asctime(g), time.mktime(time.localtime(t)) == t

res = [work(i * 7919 * 3600) for i in range(250)]
print(len(res), res[0], res[249], all(r[2] for r in res))
show(work, 'x')
print(work(1234567890))
for v in [253402300800, 10**16, 10**17, 67768036191676799, 67768036191676800, -10**17, 2**63, 1e19, 1e17, -62135596801]:
    for f in (time.gmtime, time.localtime):
        show(lambda: f(v)[:3])
