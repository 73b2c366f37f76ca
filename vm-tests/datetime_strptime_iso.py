# strptime's ISO directives %G/%V with a weekday (time and datetime), their errors, and a round trip.
import time
from datetime import datetime, date
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ('2024-W01-1', '2020-W53-7', '2021-W01-1', '2025-W01-2', '2019-W52-7', '2026-W53-4', '2015-W53-5'):
    t(lambda: time.strptime(s, '%G-W%V-%u'))
    t(lambda: datetime.strptime(s, '%G-W%V-%u'))
t(lambda: datetime.strptime('2024 10 Mon', '%G %V %a'))
t(lambda: datetime.strptime('2024 10 3', '%G %V %w'))
t(lambda: time.strptime('2024 10', '%G %V'))
t(lambda: time.strptime('2024 1', '%G %u'))
t(lambda: time.strptime('2024 10 1 100', '%G %V %u %j'))
t(lambda: time.strptime('10 1', '%V %u'))
t(lambda: time.strptime('2024 10 1', '%Y %V %u'))
t(lambda: time.strptime('2024 2023 10 1', '%Y %G %V %u'))
t(lambda: time.strptime('54', '%V'))
for i in range(200):
    d = date(2015, 1, 1).toordinal() + i * 37
    d = date.fromordinal(d)
    s = d.strftime('%G-%V-%u')
    assert datetime.strptime(s, '%G-%V-%u').date() == d, (d, s)
print('ok')
