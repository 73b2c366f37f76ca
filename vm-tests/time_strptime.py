# time.strptime: the common directives, defaults, 12-hour clock, week numbers, day of the
# year, names in any case, whitespace, CPython's error messages, and a warm-up loop.
import time

def show(*a):
    try:
        print(tuple(time.strptime(*a)))
    except Exception as e:
        print(type(e).__name__, e)

cases = [
    ('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S'),
    ('1/2/3', '%m/%d/%y'),
    ('12/31/69', '%m/%d/%y'),
    ('12/31/68', '%m/%d/%y'),
    ('Thu Feb 29 13:05:09 2024', '%a %b %d %H:%M:%S %Y'),
    ('thursday FEBRUARY 29 2024', '%A %B %d %Y'),
    ('Thu Feb 29 13:05:09 2024',),
    ('Mon Jan  1 00:00:00 2024', '%c'),
    ('02/29/24', '%x'),
    ('13:05:09', '%X'),
    ('12 AM', '%I %p'),
    ('12 pm', '%I %p'),
    ('1 PM', '%I %p'),
    ('11', '%I'),
    ('060', '%j'),
    ('2024 060', '%Y %j'),
    ('2023 366', '%Y %j'),
    ('2024 10 3', '%Y %U %w'),
    ('2024 10 3', '%Y %W %w'),
    ('2024 0 0', '%Y %U %w'),
    ('2024 0 1', '%Y %W %u'),
    ('2023 00 Sunday', '%Y %W %A'),
    ('2024 52 6', '%Y %W %u'),
    ('29 2', '%d %m'),
    ('', ''),
    ('1999', '%Y'),
    ('  2024   12', '%Y %m'),
    ('2024\t\n12', '%Y %m'),
    ('100%', '%H%%'),
    ('1112', '%d%m'),
    ('123', '%H%M'),
    ('5 6 7', '%H %M %S'),
    ('61', '%S'),
    ('123456', '%f'),
    ('2024-02-29T13:05:09.25', '%Y-%m-%dT%H:%M:%S.%f'),
    ('+0530', '%z'),
    ('-05:30', '%z'),
    ('+05:30:15.5', '%z'),
    ('Z', '%z'),
    ('UTC', '%Z'),
    ('gmt 2024', '%Z %Y'),
    ('3 1 2024', '%u %m %Y'),
    ('0 2024', '%w %Y'),
    ('6 2024', '%w %Y'),
    ('Dec 2024', '%h %Y'),
]
for c in cases:
    show(*c)

for c in [('2024-02-30', '%Y-%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('0000', '%Y'), ('2024-13-01', '%Y-%m-%d'),
          ('24:00', '%H:%M'), ('2024', '%Y-%m'), ('2024-01-01x', '%Y-%m-%d'), ('2024', '%Q'), ('2024', '%Y%'),
          ('x', 'y'), ('Thursday', '%a'), ('2024 1', '%Y %'), ('abc', '%d'), ('+05:3015', '%z'),
          ('9999 366', '%Y %j'), ('2024 367', '%Y %j'), ('', '%Y'), ('1 2 3 4', '%d %m')]:
    show(*c)
for bad in [(5, '%Y'), ('2024', 5), ('2024',), ()]:
    try:
        time.strptime(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strptime('1', '%d', 'x')
except TypeError as e:
    print(e)
print(type(time.strptime('2024', '%Y')).__name__)

def parse(i):
    s = '%04d-%02d-%02d %02d:%02d' % (1970 + i % 100, 1 + i % 12, 1 + i % 28, i % 24, i % 60)
    return tuple(time.strptime(s, '%Y-%m-%d %H:%M'))

res = [parse(i) for i in range(250)]
print(res[0], res[249], len(set(res)))
show('2024-02-31 00:00', '%Y-%m-%d %H:%M')
print(parse(7))
show('x', '%d', b'')
