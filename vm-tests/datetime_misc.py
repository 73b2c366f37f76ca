# datetime: year-range errors of local conversions, sub-minute offsets, tzinfo subclasses through copy, subclass constructors, public names.
import copy
from datetime import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: datetime.min.timestamp())
t(lambda: datetime.max.timestamp())
t(lambda: datetime.min.astimezone(timezone.utc))
t(lambda: datetime.max.astimezone(timezone(timedelta(hours=1))))
t(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=5))).isoformat())
t(lambda: str(datetime(2024, 1, 1, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-2, microseconds=-5)))))
t(lambda: timezone(timedelta(hours=-2, microseconds=-5)).tzname(None))
class Tz(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'T%d' % self.h
t(lambda: repr(copy.deepcopy(datetime(2024, 1, 1, tzinfo=Tz(3))).tzinfo.h))
t(lambda: datetime(2024, 1, 1, tzinfo=Tz(3)).astimezone(Tz(-4)).isoformat())
t(lambda: datetime(2024, 1, 1, tzinfo=Tz(3)).__reduce__()[0])
t(lambda: timedelta(1).__reduce__())
class D2(date):
    def __new__(cls, y, m, d, tag='x'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
t(lambda: (D2(2024, 1, 1, 'q').tag, D2(2024, 1, 1).tag))
class TD(timedelta):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
    def hours(self): return self.total_seconds() / 3600
t(lambda: (TD(hours=5).hours(), repr(TD(hours=5)), str(TD(hours=5))))
t(lambda: datetime(2024, 1, 1) + TD(hours=5))
t(lambda: TD(1) / TD(hours=1))
t(lambda: date(2024, 1, 1).__class__.__name__)
t(lambda: (date.__name__, date.__qualname__, date.__module__, repr(date), str(datetime)))
t(lambda: type(date.today()).__mro__)
t(lambda: timedelta.__doc__ is not None)
t(lambda: date.today.__name__)
t(lambda: [x for x in dir(timedelta) if not x.startswith('_')])
t(lambda: [x for x in dir(datetime) if not x.startswith('_')])
t(lambda: [x for x in dir(time) if not x.startswith('_')])
t(lambda: [x for x in dir(date) if not x.startswith('_')])
t(lambda: [x for x in dir(timezone) if not x.startswith('_')])
import datetime as M
