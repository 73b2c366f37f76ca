# datetime: tzinfo subclasses (utcoffset/dst/tzname, fold), subclassing the types, copy.
import copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

class Eastern(tzinfo):
    """US Eastern with 2024's rules hard-coded: DST from Mar 10 02:00 to Nov 3 02:00."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1) and not dt.fold:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'

E = Eastern()
for h in range(0, 4):
    for fold in (0, 1):
        dt = datetime(2024, 11, 3, h, 30, tzinfo=E, fold=fold)
        print(repr(dt), dt.utcoffset(), dt.dst(), dt.tzname(), dt.astimezone(timezone.utc))
summer = datetime(2024, 7, 4, 12, tzinfo=E)
print(summer, summer.utcoffset(), summer.tzname(), summer.timetuple().tm_isdst, summer.strftime('%H:%M %Z %z'))
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for k in range(3):
    local = (u + timedelta(hours=k)).astimezone(E)
    print(repr(local), local.tzname())
print(datetime(2024, 1, 5, tzinfo=E) - datetime(2024, 7, 5, tzinfo=E))
print(datetime(2024, 1, 5, tzinfo=E) - datetime(2024, 7, 5, tzinfo=timezone.utc))
print(datetime(2024, 1, 5, 12, tzinfo=E) == datetime(2024, 1, 5, 17, tzinfo=timezone.utc))
# fold: equal local times in the repeated hour compare by local fields with the same tzinfo
a, b = datetime(2024, 11, 3, 1, 30, tzinfo=E), datetime(2024, 11, 3, 1, 30, tzinfo=E, fold=1)
print(a == b, a < b, a.replace(tzinfo=timezone.utc) == b, b - a)
print(hash(a) == hash(a.replace(fold=1)))

class NoneTZ(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None
n = datetime(2024, 1, 1, tzinfo=NoneTZ())
print(n.utcoffset(), n.tzname(), n.isoformat(), n == datetime(2024, 1, 1), n.timetuple().tm_isdst)
try:
    n < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print('TypeError', e)

class Broken(tzinfo):
    def utcoffset(self, dt): return timedelta(minutes=90)
    def dst(self, dt): return None
    def tzname(self, dt): return 'B'
try:
    datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(Broken())
except ValueError as e:
    print('ValueError', e)
try:
    tzinfo().tzname(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# subclasses keep their class through arithmetic, replace and constructors
class MyDate(date):
    def __repr__(self):
        return 'MyDate<%s>' % self.isoformat()
    def next_week(self):
        return self + timedelta(7)
class MyDT(datetime):
    extra = 'x'
class MyTD(timedelta):
    pass
md = MyDate(2024, 5, 17)
print(md, repr(md), repr(md.next_week()), type(md.replace(day=1)).__name__, type(md - timedelta(1)).__name__)
print(type(MyDate.today()).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2024-01-01')).__name__)
m = MyDT(2024, 1, 1, 10)
print(repr(m), m.extra, type(m + timedelta(1)).__name__, type(MyDT.fromtimestamp(0, timezone.utc)).__name__,
      type(MyDT.combine(md, time(1))).__name__, type(MyDT.strptime('2024', '%Y')).__name__, type(m.astimezone(timezone.utc)).__name__)
print(repr(MyTD(1, 2)), type(MyTD(1) + MyTD(1)).__name__, MyTD(hours=1) == timedelta(hours=1), type(MyTD(1) * 2).__name__)
print(MyDate.__name__, MyDate.__mro__[1], date.__name__, datetime.__qualname__, date.__module__, timedelta)
try:
    md.year = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    m.hour = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    date(2024, 1, 1).foo
except AttributeError as e:
    print('AttributeError', e)

for obj in (timedelta(1, 2, 3), date(2024, 2, 29), time(1, 2, 3, 4, timezone.utc), datetime(2024, 1, 2, 3, 4, 5, 6),
            datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=3), 'X')), timezone.utc, timezone(timedelta(minutes=-90))):
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(repr(c1), c1 == obj, c2 == obj, type(c2) is type(obj))
