# datetime.strftime: glibc extensions, %z/%Z/%f substitution, stray and unknown directives, small years.
from datetime import datetime, date, time, timezone, timedelta
d = datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'NST'))
for f in ['%-d', '%e', '%P', '%k', '%l', '%D', '%F', '%T', '%R', '%r', '%h', '%C', '%g', '%Ey', '%Od', '%c', '%x', '%X', '%U %W', '%%z', '%z%Z%f', '%', 'abc%', '%Q', '%:z']:
    try:
        print(repr(f), repr(d.strftime(f)), repr(date(2024, 3, 5).strftime(f)), repr(time(1, 2).strftime(f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print(date(12, 1, 1).strftime('%Y|%G|%y|%C'), datetime(1, 2, 3).isoformat())
