# datetime with the OS clock and local zone, checked through properties that hold in every
# time zone (the tests inherit the environment's TZ).
import time
from datetime import date, datetime, timedelta, timezone

stamps = [0, 86399, 951782400, 1700000000, 1710055800, 1730615400, 2000000000.75, -86400 * 365]
for ts in stamps:
    local = datetime.fromtimestamp(ts)
    utc = datetime.fromtimestamp(ts, timezone.utc)
    aware = local.astimezone()
    print(ts, local.timestamp() == ts, utc.timestamp() == ts, aware.timestamp() == ts,
          aware == utc, aware.replace(tzinfo=None) == local, aware.utcoffset() == local - utc.replace(tzinfo=None),
          aware.tzname() == time.strftime('%Z', time.localtime(ts)), local.microsecond, utc)
    print('  ', date.fromtimestamp(ts) == local.date(), datetime.utcfromtimestamp(ts) == utc.replace(tzinfo=None),
          utc.astimezone() == utc, isinstance(aware.tzinfo, timezone), aware.astimezone(timezone.utc) == utc)
    lt = time.localtime(int(ts // 1))
    print('  ', local.timetuple()[:6] == lt[:6], local.weekday() == lt.tm_wday, local.ctime() == time.ctime(int(ts // 1)))

before = time.time()
now = datetime.now()
utcnow = datetime.utcnow()
now_utc = datetime.now(timezone.utc)
after = time.time()
print(before - 1 <= now.timestamp() <= after + 1, before - 1 <= now_utc.timestamp() <= after + 1)
print(abs(now_utc.replace(tzinfo=None) - utcnow) < timedelta(seconds=2), now_utc.tzinfo is timezone.utc)
print(abs(now.astimezone(timezone.utc) - now_utc) < timedelta(seconds=2))
print(date.today() in (now.date(), now.date() + timedelta(1)), datetime.today().date() in (now.date(), now.date() + timedelta(1)))
print(type(now).__name__, now.tzinfo, now.fold in (0, 1), now_utc.isoformat().endswith('+00:00'))
tz = timezone(timedelta(hours=-7), 'X')
print(datetime.now(tz).tzinfo is tz, abs(datetime.now(tz) - now_utc) < timedelta(seconds=2))
for fold in (0, 1):
    naive = datetime(2024, 6, 15, 12, 30, fold=fold)
    ts = naive.timestamp()
    print(fold, datetime.fromtimestamp(ts).replace(fold=0) == naive.replace(fold=0), naive.astimezone().replace(tzinfo=None) == naive)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone().astimezone(timezone.utc))
try:
    datetime.fromtimestamp(1e20)
except OverflowError as e:
    print('OverflowError', e)
try:
    datetime.fromtimestamp(float('nan'))
except ValueError as e:
    print('ValueError', e)
