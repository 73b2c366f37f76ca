# datetime after warm-up: the same attribute reads, calls and arithmetic run 200+ times,
# then what they see changes (a subclass overriding a field, a tzinfo method replaced,
# a different operand type) and they run again.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

def fields(d):
    return d.year, d.month, d.day

def shift(d, n):
    return d + timedelta(days=n)

def offset_of(dt):
    return dt.utcoffset(), dt.tzname()

def span(a, b):
    return a - b

def compare(a, b):
    try:
        return a < b
    except TypeError as e:
        return 'TypeError: %s' % e

class Shifty(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'ONE'

base = date(2024, 1, 31)
acc = 0
for i in range(300):
    y, m, d = fields(base)
    acc += y + m + d + shift(base, i).toordinal() % 7
print('warm fields', acc, fields(base), shift(base, 29), shift(base, -31))

class Fiscal(date):
    @property
    def year(self):
        return super().year + 1 if self.month >= 10 else super().year
print('subclass field', fields(Fiscal(2024, 11, 5)), fields(Fiscal(2024, 1, 5)), fields(base))
print('subclass shift', repr(shift(Fiscal(2024, 12, 31), 1)), shift(datetime(2024, 1, 31, 23), 1))

tz = Shifty()
dt = datetime(2024, 5, 5, 12, tzinfo=tz)
seen = set()
for i in range(250):
    seen.add(offset_of(dt))
print('warm offset', sorted(seen, key=str))
Shifty.utcoffset = lambda self, dt: timedelta(hours=-3)
Shifty.tzname = lambda self, dt: 'MINUS3'
print('after change', offset_of(dt), dt.isoformat(), dt.astimezone(timezone.utc))
del Shifty.tzname
try:
    offset_of(dt)
except NotImplementedError as e:
    print('NotImplementedError', e)

total = timedelta(0)
for i in range(300):
    total += span(datetime(2024, 1, 1, 0, 0, i % 60), datetime(2024, 1, 1))
print('warm span', total, span(date(2024, 3, 1), date(2024, 2, 1)), span(timedelta(1), timedelta(hours=1)))
try:
    span(datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc))
except TypeError as e:
    print('TypeError', e)
try:
    span(date(2024, 1, 1), 3)
except TypeError as e:
    print('TypeError', e)

hits = 0
for i in range(300):
    hits += compare(datetime(2024, 1, 1, i % 24), datetime(2024, 1, 1, 12))
print('warm compare', hits)
print(compare(datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(compare(time(1), time(2, tzinfo=timezone.utc)))
print(compare(date(2024, 1, 1), datetime(2024, 1, 1)))
print(compare(timedelta(1), 5), compare(time(1), time(2)), compare(date(2023, 1, 1), date(2024, 1, 1)))

def iso(x):
    return x.isoformat()
out = []
for i in range(200):
    out.append(iso(datetime(2024, 1, 1) + timedelta(minutes=7 * i)))
print('warm iso', out[0], out[-1], len(set(out)))
print(iso(date(2024, 1, 1)), iso(time(5, tzinfo=timezone(timedelta(hours=5, minutes=45)))), iso(datetime(1, 1, 1, tzinfo=timezone.utc)))
for i in range(200):
    back = datetime.fromisoformat(out[i % len(out)])
print('round trip', back, back.isoformat() == out[199])
