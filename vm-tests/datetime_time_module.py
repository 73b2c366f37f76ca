# time: struct_time.tm_zone/tm_gmtoff (beyond the nine tuple fields) and the ISO strftime directives.
import time
g = time.gmtime(1700000000)
print(g, len(g), g.tm_zone, g.tm_gmtoff, tuple(g), g[-1], g[:3])
l = time.localtime(1700000000)
print(len(l), l.tm_zone == time.strftime('%Z', l), l.tm_gmtoff == time.mktime(l) * 0 + (l.tm_gmtoff), isinstance(l.tm_gmtoff, int))
print(l.tm_gmtoff == -time.timezone or l.tm_gmtoff == -time.altzone, l.tm_zone in time.tzname)
s = time.strptime('2024', '%Y')
print(s.tm_zone, s.tm_gmtoff, len(s))
t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(t, t.tm_zone, t.tm_gmtoff)
try:
    g.tm_foo
except AttributeError as e:
    print('AttributeError', e)
print(time.strftime('%G-W%V-%u %a', time.gmtime(1704067200)), time.strftime('%G %V %u', (2021, 1, 3, 0, 0, 0, 6, 3, 0)))
n = 0
for i in range(300):
    n += time.gmtime(i * 86400).tm_gmtoff + len(time.gmtime(i).tm_zone)
print(n)
