# zoneinfo: zones read from the system's TZif files; offsets, names and DST with fold.
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone, date, time

ny = ZoneInfo('America/New_York')
print(repr(ny), str(ny), ny.key, ny is ZoneInfo('America/New_York'), ZoneInfo.no_cache('America/New_York') is ny)
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None), ZoneInfo('UTC').utcoffset(None), ZoneInfo('UTC').tzname(None))
cases = [datetime(1800, 1, 1), datetime(1918, 3, 31, 2, 30), datetime(1970, 1, 1), datetime(2024, 1, 15, 12),
         datetime(2024, 3, 10, 1, 59), datetime(2024, 3, 10, 2, 30), datetime(2024, 3, 10, 3, 0),
         datetime(2024, 11, 3, 0, 59), datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 2, 0),
         datetime(2040, 7, 1), datetime(2040, 11, 4, 1, 30), datetime(2100, 3, 14, 2, 30), datetime(9999, 12, 31)]
for key in ('America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe',
            'America/Sao_Paulo', 'Europe/Dublin', 'UTC'):
    z = ZoneInfo(key)
    print('==', key)
    for dt in cases:
        for fold in (0, 1):
            d = dt.replace(tzinfo=z, fold=fold)
            print(' ', d.isoformat(), fold, d.utcoffset(), d.dst(), d.tzname())
    for ts in (-2e9, 0, 1710052200, 1710055800, 1730611800, 1730615400, 1730619000, 2.3e9, 4e9):
        d = datetime.fromtimestamp(ts, z)
        print('  ts', ts, repr(d), d.tzname(), d.timestamp() == ts)
# conversions and arithmetic
u = datetime(2024, 11, 3, 5, 0, tzinfo=timezone.utc)
for k in range(4):
    d = (u + timedelta(minutes=30 * k)).astimezone(ny)
    print(repr(d), d.tzname(), d.astimezone(timezone.utc) == u + timedelta(minutes=30 * k))
a = datetime(2024, 3, 9, 12, tzinfo=ny)
b = a + timedelta(days=1)
print(b, b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
print(datetime(2024, 6, 1, 12, tzinfo=ZoneInfo('Europe/Paris')) == datetime(2024, 6, 1, 6, tzinfo=ny))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny) == datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny).astimezone(ZoneInfo('Asia/Tokyo')))
print(datetime(2024, 7, 4, 9, tzinfo=ny).strftime('%Y-%m-%d %H:%M %Z %z'), time(12, tzinfo=ny).utcoffset())
# errors and the cache
for key in ('Foo/Bar', '/etc/localtime', '../etc', 'America/../UTC', '.', 'America'):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    ny.fromutc(datetime(2024, 1, 1))
except ValueError as e:
    print('ValueError', e)
zoneinfo.ZoneInfo.clear_cache()
ny2 = ZoneInfo('America/New_York')
print(ny2 is ny, ny2 == ny, ny2.utcoffset(datetime(2024, 7, 1)) == ny.utcoffset(datetime(2024, 7, 1)))
ZoneInfo.clear_cache(only_keys=['America/New_York'])
print(ZoneInfo('America/New_York') is ny2)
with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    zb = ZoneInfo.from_file(f)
print(zb.key, zb.utcoffset(datetime(2024, 7, 1)), zb.tzname(datetime(2024, 1, 1)), str(zb).startswith('zoneinfo.ZoneInfo.from_file('))
with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    print(ZoneInfo.from_file(f, key='Berlin').key)
class MyZone(ZoneInfo):
    pass
mz = MyZone('Europe/Rome')
print(repr(mz), mz is MyZone('Europe/Rome'), mz is not ZoneInfo('Europe/Rome'), type(mz).__name__)
zones = zoneinfo.available_timezones()
print('America/New_York' in zones, 'posixrules' in zones, 'UTC' in zones, len(zones) > 300, any(z.startswith('posix/') for z in zones))
print(zoneinfo.TZPATH[0], sorted(zoneinfo.__all__))
# warm-up: the same lookups many times, then a different zone through the same code
def off(z, d):
    return d.replace(tzinfo=z).utcoffset()
seen = set()
for i in range(300):
    seen.add(off(ny, datetime(2024, 1 + i % 12, 1)))
print(sorted(seen), off(ZoneInfo('Asia/Kathmandu'), datetime(2024, 1, 1)), off(timezone.utc, datetime(2024, 1, 1)))
