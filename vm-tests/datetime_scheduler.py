# A small scheduling program: recurring events across time zones, business-day arithmetic
# with holidays, ISO round trips, conflict detection, a printed calendar month and a report.
import calendar
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
NEW_YORK = ZoneInfo('America/New_York')
LONDON = ZoneInfo('Europe/London')
TOKYO = ZoneInfo('Asia/Tokyo')
KOLKATA = ZoneInfo('Asia/Kolkata')

HOLIDAYS = {date(2024, 1, 1), date(2024, 1, 15), date(2024, 2, 19), date(2024, 5, 27),
            date(2024, 7, 4), date(2024, 9, 2), date(2024, 11, 28), date(2024, 12, 25)}


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business_day(d):
            n -= step
    return d


def business_days_between(a, b):
    if a > b:
        return -business_days_between(b, a)
    return sum(1 for k in range((b - a).days) if is_business_day(a + timedelta(days=k + 1)))


def nth_weekday(year, month, weekday, n):
    """The n-th given weekday of a month (n = -1: the last one)."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n if n < 0 else n - 1]


class Event:
    def __init__(self, name, start, duration, tz, every=None, count=1):
        self.name = name
        self.start = start.replace(tzinfo=tz)
        self.duration = duration
        self.every = every
        self.count = count

    def occurrences(self):
        for k in range(self.count):
            if self.every == 'daily':
                yield self.start + timedelta(days=k)
            elif self.every == 'weekly':
                yield self.start + timedelta(weeks=k)
            elif self.every == 'business':
                d = add_business_days(self.start.date(), k) if k else self.start.date()
                yield datetime.combine(d, self.start.timetz())
            elif self.every == 'monthly':
                y, m = divmod(self.start.month - 1 + k, 12)
                y += self.start.year
                day = min(self.start.day, calendar.monthrange(y, m + 1)[1])
                yield self.start.replace(year=y, month=m + 1, day=day)
            else:
                yield self.start

    def __repr__(self):
        return 'Event(%r, %s, every=%s)' % (self.name, self.start.isoformat(), self.every)


events = [
    Event('standup', datetime(2024, 3, 4, 9, 30), timedelta(minutes=15), NEW_YORK, 'business', 12),
    Event('sync-london', datetime(2024, 3, 5, 14, 0), timedelta(hours=1), LONDON, 'weekly', 5),
    Event('tokyo-review', datetime(2024, 3, 6, 23, 0), timedelta(minutes=45), TOKYO, 'weekly', 4),
    Event('payroll', datetime(2024, 1, 31, 17, 0), timedelta(hours=2), NEW_YORK, 'monthly', 4),
    Event('india-demo', datetime(2024, 3, 12, 19, 30), timedelta(minutes=30), KOLKATA),
    Event('night-batch', datetime(2024, 3, 9, 1, 30), timedelta(hours=3), NEW_YORK, 'daily', 3),
]
for e in events:
    print(repr(e))

print('--- occurrences (local / UTC / offset / zone)')
slots = []
for e in events:
    for occ in e.occurrences():
        utc = occ.astimezone(UTC)
        slots.append((utc, utc + e.duration, e.name))
        print('%-13s %s  %s  %s %s' % (e.name, occ.strftime('%a %Y-%m-%d %H:%M'), utc.strftime('%H:%M %d/%m'),
                                       occ.utcoffset(), occ.tzname()))
slots.sort()

print('--- conflicts')
for (s1, e1, n1), (s2, e2, n2) in zip(slots, slots[1:]):
    if s2 < e1:
        print('%s overlaps %s by %s' % (n1, n2, e1 - s2))

print('--- DST weekend (New York, 2024-03-10)')
for h in range(0, 5):
    local = datetime(2024, 3, 10, h, 30, tzinfo=NEW_YORK)
    back = local.astimezone(UTC).astimezone(NEW_YORK)
    print(local.isoformat(), local.tzname(), back.isoformat(), back == local, local.dst())
elapsed = datetime(2024, 3, 10, 4, 0, tzinfo=NEW_YORK) - datetime(2024, 3, 10, 0, 0, tzinfo=NEW_YORK)
real = (datetime(2024, 3, 10, 4, 0, tzinfo=NEW_YORK).astimezone(UTC)
        - datetime(2024, 3, 10, 0, 0, tzinfo=NEW_YORK).astimezone(UTC))
print('wall clock', elapsed, 'real', real)

print('--- business days')
for start, n in ((date(2024, 3, 1), 5), (date(2024, 5, 24), 1), (date(2024, 7, 3), 2), (date(2024, 12, 24), 3),
                 (date(2024, 1, 2), -1)):
    end = add_business_days(start, n)
    print(start, '%+d' % n, '->', end, end.strftime('%A'), business_days_between(start, end))
print('Q1 business days:', business_days_between(date(2023, 12, 31), date(2024, 3, 31)))
print('Thanksgiving:', nth_weekday(2024, 11, calendar.THURSDAY, 4), 'Memorial Day:', nth_weekday(2024, 5, calendar.MONDAY, -1))

print('--- ISO round trips')
samples = [datetime(2024, 3, 10, 7, 0, tzinfo=UTC), datetime(2024, 2, 29, 23, 59, 59, 999999),
           datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30))),
           datetime(1999, 12, 31, 23, 59, tzinfo=timezone(-timedelta(hours=8), 'PST'))]
for s in samples:
    for spec in ('auto', 'seconds', 'milliseconds'):
        text = s.isoformat(timespec=spec)
        back = datetime.fromisoformat(text)
        print(text, back == s.replace(microsecond=back.microsecond), back.utcoffset())
print(date.fromisoformat('2024-W11-2'), date(2024, 3, 12).isocalendar(), datetime.fromisoformat('2024-03-12T19:30+05:30').astimezone(NEW_YORK))
parsed = datetime.strptime('Tue, 12 Mar 2024 19:30:00 +0530', '%a, %d %b %Y %H:%M:%S %z')
print(repr(parsed), parsed == events[4].start)

print('--- month view (March 2024), event days marked')
busy = {occ.astimezone(NEW_YORK).day for e in events for occ in e.occurrences()
        if occ.astimezone(NEW_YORK).month == 3 and occ.astimezone(NEW_YORK).year == 2024}


class MarkedCalendar(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if day and day in busy:
            return ('%d*' % day).rjust(width)
        return super().formatday(day, weekday, width)


print(MarkedCalendar(calendar.SUNDAY).formatmonth(2024, 3, 3), end='')
print(calendar.month(2024, 4), end='')

print('--- weekly load by ISO week')
load = {}
for start, end, name in slots:
    week = start.isocalendar()[:2]
    load[week] = load.get(week, timedelta(0)) + (end - start)
for (year, week), total in sorted(load.items()):
    monday = date.fromisocalendar(year, week, 1)
    print('%d-W%02d (from %s): %s, %.2f h' % (year, week, monday.strftime('%b %d'), total, total / timedelta(hours=1)))

print('--- warm-up: next occurrence lookups')
def next_after(moment):
    for s, e, name in slots:
        if s >= moment:
            return name, s
    return None, None

probe = datetime(2024, 3, 1, tzinfo=UTC)
hits = {}
for i in range(400):
    name, when = next_after(probe + timedelta(hours=6 * i))
    hits[name] = hits.get(name, 0) + 1
print(sorted(hits.items(), key=lambda kv: (str(kv[0]), kv[1])))
# mutate what the lookup sees: a naive moment now fails the aware comparison
try:
    next_after(datetime(2024, 3, 1))
except TypeError as e:
    print('TypeError', e)
slots.append((datetime(2030, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, 1, tzinfo=UTC), 'far-future'))
print(next_after(datetime(2025, 1, 1, tzinfo=TOKYO)))
print('total scheduled:', sum((e - s for s, e, _ in slots), timedelta(0)), 'events:', len(slots))
