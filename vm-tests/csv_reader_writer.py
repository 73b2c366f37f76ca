# csv: reading (quoting, escapes, multi-line fields, dialects, errors) and writing (minimal,
# all, nonnumeric, none quoting; escapechar; line terminators), DictReader/DictWriter, Sniffer.
import csv, io

def rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = list(r)
        return out, r.line_num
    except Exception as e:
        return type(e).__name__, str(e)

samples = [
    'a,b,c\r\n1,2,3\r\n',
    'a,"b,c",d\n"x ""quoted"" y",2\n',
    '"multi\nline",z\nlast',
    '\n\na,b\n\n',
    'a, b,  c\n',
    '"unterminated\n',
    'x,"a"b,c\n',
    'x\0y\n',
    'a;b;c\n1;2;3\n',
    'a\\,b,c\n',
    '"a\\"b",c\n',
    '1,2.5,"x",\n',
    'trailing,\r\n,leading\r\n,,\r\n',
    'a,b\rc,d\r',
]
opts = [{}, {'skipinitialspace': True}, {'delimiter': ';'}, {'escapechar': '\\'},
        {'quoting': csv.QUOTE_NONNUMERIC}, {'strict': True}, {'quoting': csv.QUOTE_NONE},
        {'doublequote': False, 'escapechar': '\\'}]
for text in samples:
    for o in opts:
        print(repr(text), o, rows(text, **o))

def write(rowlist, **kw):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        rets = [w.writerow(r) for r in rowlist]
        return repr(buf.getvalue()), rets
    except Exception as e:
        return type(e).__name__, str(e)

data = [['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, True], [''], [], [None], ['x\r\ny', ' lead'],
        ['back\\slash']]
for o in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
          {'quoting': csv.QUOTE_NONE}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
          {'doublequote': False}, {'doublequote': False, 'escapechar': '\\'},
          {'lineterminator': '\n'}, {'delimiter': '\t'}, {'dialect': 'unix'},
          {'dialect': 'excel-tab'}, {'escapechar': '\\'}]:
    print(o, write(data, **o))
for r in data:
    print(write([r]))

def warm(line):
    return next(csv.reader([line]))
for _ in range(200):
    res = warm('p,"q,r",s')
print(res, warm('1,"2"'))

for bad in [{'delimiter': ''}, {'delimiter': 'ab'}, {'delimiter': 1}, {'quotechar': 5},
            {'quoting': 9}, {'quoting': csv.QUOTE_MINIMAL, 'quotechar': None},
            {'lineterminator': None}, {'escapechar': 'xy'}, {'bogus': 1}, {'dialect': 'nope'}]:
    try:
        csv.reader([], **bad)
        print(bad, 'ok')
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    csv.writer(42)
except TypeError as e:
    print('TypeError', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print('Error', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar, d.strict)
print(write([['a', 1]], dialect='pipes'))
csv.unregister_dialect('pipes')
for f in (lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes')):
    try:
        f()
    except csv.Error as e:
        print('Error', e)

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(write([["it's", 'x;y']], dialect=Semi))
class Broken(csv.Dialect):
    delimiter = ';;'
try:
    Broken()
except csv.Error as e:
    print('Error', e)

old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
print(rows('0123456789,x\n'))
print(rows('0123456789a,x\n'))
csv.field_size_limit(old)

text = 'name,age,city\r\nAnn,31,Oslo\r\n\r\nBob,27\r\nCy,40,Rome,extra\r\n'
dr = csv.DictReader(io.StringIO(text, newline=''), restval='?')
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['x', 'y'])
print(list(dr))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['id', 'name'], restval='-')
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'a,b'})
dw.writerows([{'id': 2}, {'name': 'z'}])
print(repr(buf.getvalue()))
try:
    dw.writerow({'id': 3, 'bad': 1})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(buf, ['a'], extrasaction='maybe')
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(buf, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})

sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'x;y;z\n"1;a";2;3\n4;5;6\n', 'name\tage\nann\t31\nbob\t27\n',
               "'a':'b'\n'c':'d'\n"]:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace)
print(sn.has_header('name,age\nann,31\nbob,27\n'), sn.has_header('1,2\n3,4\n5,6\n'))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__module__)
print(rows('a,"b"\n', quotechar=None), csv.reader([], quotechar=None).dialect.quoting)
import os, tempfile
path = os.path.join(tempfile.gettempdir(), 'pyvm_csv_%d.csv' % os.getpid())
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows([['h1', 'h2'], ['multi\nline', 'é'], [1, None]])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, newline='') as f:
    print([dict(r) for r in csv.DictReader(f)])
os.remove(path)
