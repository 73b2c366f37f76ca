# calendar: leap years, month ranges, weekday, text and HTML calendars, names, timegm, Calendar iteration.
import calendar
from datetime import date

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 1900))
for y, m in ((2024, 2), (2023, 2), (2024, 12), (1900, 1), (2000, 2)):
    print(y, m, calendar.monthrange(y, m), calendar.weekday(y, m, 1))
print(calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1))
print(calendar.monthcalendar(2024, 2))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], len(calendar.month_name), len(calendar.day_abbr))
print(list(calendar.month_name), calendar.month_abbr[1:4], list(calendar.day_name), repr(calendar.month_name[0]))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.mdays, calendar.EPOCH)
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm(date(1969, 12, 31).timetuple()))
print(calendar.month(2024, 2), end='|\n')
print(calendar.month(2024, 9, 3, 2), end='|\n')
calendar.prmonth(2026, 12)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9), '|', calendar.weekheader(1))
print(calendar.week([(1, 0), (2, 1), (0, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3), end='|\n')
print(calendar.calendar(2024), end='|\n')
print(calendar.calendar(2023, 3, 1, 4, 4), end='|\n')
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3))
calendar.prmonth(2024, 3)
calendar.setfirstweekday(0)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 0),
            lambda: calendar.weekday(2024, 2, 30)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))

c = calendar.Calendar(6)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print([d.isoformat() for d in c.itermonthdates(2024, 2)][:9])
print(list(c.itermonthdays(2024, 2))[:8], list(c.itermonthdays2(2024, 2))[:4])
print(list(c.itermonthdays3(2024, 12))[-5:], list(c.itermonthdays4(2024, 1))[:3])
print(c.monthdatescalendar(2024, 6)[0], len(c.monthdatescalendar(2024, 6)))
print(c.yeardayscalendar(2024, 4)[0][0][:2], len(c.yeardays2calendar(2024)), len(c.yeardatescalendar(2024, 2)))
c.setfirstweekday(9)
print(c.firstweekday, list(c.iterweekdays()))
t = calendar.TextCalendar(calendar.WEDNESDAY)
print(t.formatmonth(2025, 7, 4), end='|\n')
print(repr(t.formatday(0, 0, 3)), repr(t.formatday(7, 2, 4)), repr(t.formatweekday(0, 10)), repr(t.formatmonthname(2024, 5, 20, False)))
t.pryear(2025, 2, 1, 2, 6)
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')

class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(' ', '*', 1) if weekday >= 5 and day else s
print(Marked().formatmonth(2024, 4), end='')
# warm-up, then a changed first weekday
cal = calendar.Calendar()
n = 0
for i in range(200):
    n += sum(len(w) for w in cal.monthdayscalendar(2000 + i % 30, 1 + i % 12))
print('warm', n, cal.monthdayscalendar(2024, 1)[0])
cal.firstweekday = 3
print(cal.monthdayscalendar(2024, 1)[0], list(cal.itermonthdays2(2024, 1))[:2])
# HTML calendars
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='|\n')
print(h.formatmonth(2024, 2, withyear=False) == h.formatmonth(2024, 2, False))
print(calendar.HTMLCalendar(6).formatyear(2023, 4))
print(h.formatday(0, 3), h.formatday(9, 6), h.formatweekday(2), h.formatweekheader(), h.formatmonthname(2024, 7))
class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'
print(Styled(2).formatweek([(0, 2), (5, 3), (6, 4)]), Styled().formatyear(2024, 0)[:160])
