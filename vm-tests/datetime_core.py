# datetime: construction, reprs, str, arithmetic, comparisons, isoformat, ordinals.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dtmod

print(MINYEAR, MAXYEAR, dtmod.UTC is timezone.utc)
# timedelta normalisation and reprs
for args, kw in [((), {}), ((1,), {}), ((0, 5), {}), ((1, 5, 7), {}), ((-1,), {}),
                 ((), {'hours': 25}), ((), {'minutes': -1}), ((), {'weeks': 2, 'days': -3}),
                 ((), {'milliseconds': 1500}), ((), {'seconds': 0.5}), ((1.5,), {}),
                 ((), {'microseconds': 0.5}), ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}),
                 ((), {'hours': 1.1, 'minutes': 0.3}), ((), {'seconds': -1.25})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
a, b = timedelta(days=1, hours=2), timedelta(minutes=30, microseconds=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a * -1.5)
print(a / 4, a / 0.3, a // 7, a / b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(timedelta(seconds=1) / 3, timedelta(seconds=2) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(a == timedelta(hours=26), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
print(hash(a) == hash(timedelta(hours=26)), sorted([a, b, -a]))
print(timedelta(1) * 2.5, timedelta(7) / timedelta(2), str(timedelta(days=-1, seconds=1)))
print(str(timedelta(days=2, microseconds=1)), str(timedelta(days=-2)), repr(-timedelta(microseconds=1)))

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.isocalendar()[0])
print(d.ctime(), d.isoformat(), d.timetuple(), d.replace(day=1), d.replace(year=2025, day=28))
print(d + timedelta(1), d - timedelta(days=60), timedelta(3) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=47), d - timedelta(hours=1))
print(date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution)
print(date.fromisoformat('2024-03-05'), date.fromisoformat('20240305'), date.fromisoformat('2024-W10'),
      date.fromisoformat('2024-W10-3'), date.fromisoformat('2024W103'), date.fromisoformat('2024W10'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for y in (2000, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 28).isocalendar())
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d > date(2024, 3, 1), d != d, d == 'x')
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)])
print(format(d, '%d/%m/%Y'), format(d, ''), '{:%A %B %j}'.format(d), f'{d:%a %b %U %W}')
print(d.strftime('%Y-%m-%d %H:%M:%S %f %z %Z %%'))

# time
t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
print(t.strftime('%H:%M:%S.%f %p %I'), time(0, 0) < t, time(1) == time(1, 0, 0), bool(time()), t.replace(hour=1))
print(time.min, time.max, time.resolution, time.fromisoformat('12:34'), time.fromisoformat('12:34:56.789'),
      time.fromisoformat('12:34:56+05:30'), time.fromisoformat('T1234'), time.fromisoformat('12:34:56.1234567'))
tz1 = timezone(timedelta(hours=1))
print(time(12, tzinfo=tz1) == time(11, tzinfo=timezone.utc), time(12, tzinfo=tz1) < time(11, 30, tzinfo=timezone.utc))
print(time(12, tzinfo=tz1).isoformat(), time(12, tzinfo=tz1).utcoffset(), time(12, tzinfo=tz1).tzname(), time(12).utcoffset())

# datetime
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 600)), repr(datetime(2024, 1, 2, 3, 4, 5, fold=1)))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.timetuple(), dt.toordinal(), dt.weekday())
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), str(dt.replace(microsecond=5)))
print(dt + timedelta(days=1, hours=22), dt - timedelta(seconds=5 * 3600), dt - datetime(2023, 12, 31, 23))
print(datetime(2024, 1, 1) - datetime(2024, 1, 2, 0, 0, 1), dt + timedelta(microseconds=-1))
print(datetime.combine(date(2020, 5, 6), time(7, 8)), datetime.combine(d, t, tzinfo=timezone.utc))
print(datetime.fromisoformat('2024-01-02T03:04:05'), datetime.fromisoformat('2024-01-02 03:04'),
      datetime.fromisoformat('2024-01-02'), datetime.fromisoformat('2024-01-02T03:04:05.123+01:00'),
      datetime.fromisoformat('2024-01-02T03Z'), datetime.fromisoformat('20240102T030405'),
      datetime.fromisoformat('2024-W01-2T10:00'), datetime.fromisoformat('2024-01-02T03:04:05,5-0130'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')))
for bad in ('', '2024', '2024-01-02T', '2024-01-02T1', '2024-01-02T03:04:05+', '2024-13-01', 'abcdefghij', '2024-01-02T03:04:05.', '2024-01-02T03:4'):
    try:
        print(datetime.fromisoformat(bad))
    except ValueError as e:
        print('ValueError', e)
print(datetime.strptime('2024-03-05 17:45:01.25', '%Y-%m-%d %H:%M:%S.%f'))
print(repr(datetime.strptime('05/03/24 +0230', '%d/%m/%y %z')), repr(datetime.strptime('2024 UTC', '%Y %Z')))
print(repr(datetime.strptime('2024-01-01T00:00:00Z', '%Y-%m-%dT%H:%M:%S%z')))
print(datetime.min, datetime.max, datetime.resolution)
aware = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2), 'CEST'))
print(aware, repr(aware), aware.utcoffset(), aware.dst(), aware.tzname(), aware.utctimetuple())
print(aware.astimezone(timezone.utc), aware.astimezone(timezone(timedelta(hours=-5))), aware.timestamp())
print(aware == datetime(2024, 6, 1, 10, tzinfo=timezone.utc), hash(aware) == hash(datetime(2024, 6, 1, 10, tzinfo=timezone.utc)))
print(aware - datetime(2024, 6, 1, tzinfo=timezone.utc), aware.strftime('%Y %z %Z %H'), aware.isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=tz1), datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(1e9 + 0.999999))
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(dt == date(2024, 1, 2), dt != date(2024, 1, 2), date(2024, 1, 2) == dt, isinstance(dt, date))
print(sorted([datetime(2024, 1, 1, 12), datetime(2023, 5, 5), dt]))
# timezone
for tz in (timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=3), 'BRT'),
           timezone(timedelta(seconds=61, microseconds=5)), timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc, hash(timezone.utc) == hash(timedelta(0)))
