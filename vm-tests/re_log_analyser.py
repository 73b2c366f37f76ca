# A realistic program: a web/server log analyser built on re — parsing lines with named
# groups, aggregating, redacting secrets with sub (templates and functions), splitting
# fields, validating with fullmatch, and printing a report.
import re
from collections import Counter, defaultdict

LOG = r'''
2024-03-01T10:00:01Z INFO  [web-1] 192.168.0.10 "GET /index.html HTTP/1.1" 200 5120 0.012s user=alice@example.com
2024-03-01T10:00:02Z INFO  [web-2] 10.0.0.7 "POST /api/login HTTP/1.1" 302 128 0.230s user=bob@example.org token=abcd1234efgh
2024-03-01T10:00:03Z WARN  [web-1] 192.168.0.11 "GET /missing HTTP/1.1" 404 0 0.003s
2024-03-01T10:00:04Z ERROR [db-1] connection reset by peer (retry 1/3) after 1500ms
2024-03-01T10:00:05Z INFO  [web-2] 10.0.0.7 "GET /api/items?page=2&sort=desc HTTP/1.1" 200 20480 0.120s user=bob@example.org
2024-03-01T10:00:06Z ERROR [web-1] 192.168.0.12 "GET /admin HTTP/1.1" 500 312 1.502s password=hunter2
2024-03-01T10:00:07Z DEBUG [worker] job 42 finished in 3.5s; queue=17
2024-03-01T10:00:08Z INFO  [web-3] 172.16.5.4 "DELETE /api/items/17 HTTP/1.1" 204 0 0.044s user=carol@example.net
2024-03-01T10:00:09Z WARN  [db-1] slow query (2300ms): SELECT * FROM items WHERE id = 17
2024-03-01T10:00:10Z INFO  [web-1] 192.168.0.10 "GET /index.html HTTP/1.1" 304 0 0.002s user=alice@example.com
this line is garbage and should be counted as unparsed
2024-03-01T10:00:11Z ERROR [db-2] connection reset by peer (retry 2/3) after 3000ms
2024-03-01T10:00:12Z INFO  [web-2] 10.0.0.8 "PUT /api/items/18 HTTP/2.0" 201 64 0.310s token=zzzz9999yyyy
'''

LINE = re.compile(r'''
    ^(?P<ts>\d{4}-\d{2}-\d{2}T(?P<time>\d{2}:\d{2}:\d{2})Z)\s+
    (?P<level>DEBUG|INFO|WARN|ERROR)\s+
    \[(?P<source>[\w-]+)\]\s+
    (?P<rest>.*)$
''', re.VERBOSE)

REQUEST = re.compile(
    r'(?P<ip>(?:\d{1,3}\.){3}\d{1,3})\s+"(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+HTTP/(?P<ver>[\d.]+)"'
    r'\s+(?P<status>\d{3})\s+(?P<size>\d+)\s+(?P<secs>\d+(?:\.\d+)?)s'
)
KEYVALS = re.compile(r'(\w+)=(\S+)')
DURATION = re.compile(r'(\d+(?:\.\d+)?)(ms|s)\b')
SECRET = re.compile(r'\b(password|token)=\S+', re.IGNORECASE)
EMAIL = re.compile(r'(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)')
IP = re.compile(r'\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b')


def parse(text):
    entries, unparsed = [], []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        m = LINE.match(raw)
        if not m:
            unparsed.append(raw)
            continue
        e = m.groupdict()
        r = REQUEST.search(e['rest'])
        if r:
            e.update(r.groupdict())
            e['status'] = int(e['status'])
            e['size'] = int(e['size'])
            e['secs'] = float(e['secs'])
        e['kv'] = dict(KEYVALS.findall(e['rest']))
        entries.append(e)
    return entries, unparsed


def to_ms(text):
    total = 0.0
    for num, unit in DURATION.findall(text):
        total += float(num) * (1 if unit == 'ms' else 1000)
    return total


def redact(line):
    line = SECRET.sub(lambda m: m.group(1).lower() + '=***', line)
    line = EMAIL.sub(r'\g<user>@<\g<domain>>', line)
    return IP.sub(lambda m: '.'.join(m.groups()[:2]) + '.x.x', line)


def path_template(path):
    path = re.sub(r'\?.*$', '', path)
    return re.sub(r'/\d+(?=/|$)', '/{id}', path)


entries, unparsed = parse(LOG)
print('parsed', len(entries), 'unparsed', len(unparsed))
print('unparsed lines:', unparsed)

levels = Counter(e['level'] for e in entries)
print('levels:', sorted(levels.items()))

sources = defaultdict(list)
for e in entries:
    sources[e['source']].append(e['level'])
for src in sorted(sources):
    print('  %-7s %s' % (src, ' '.join(sources[src])))

requests = [e for e in entries if 'status' in e]
print('requests:', len(requests))
by_status = Counter(e['status'] // 100 for e in requests)
print('status classes:', sorted(('%dxx' % k, v) for k, v in by_status.items()))
by_path = Counter(path_template(e['path']) for e in requests)
for path, n in sorted(by_path.items()):
    print('  %-16s %d' % (path, n))
total_bytes = sum(e['size'] for e in requests)
slowest = max(requests, key=lambda e: e['secs'])
print('bytes:', total_bytes, 'slowest:', slowest['path'], slowest['secs'])

methods = Counter(e['method'] for e in requests)
print('methods:', sorted(methods.items()))
versions = sorted({e['ver'] for e in requests})
print('http versions:', versions)

users = Counter()
for e in entries:
    u = e['kv'].get('user')
    if u:
        m = EMAIL.fullmatch(u)
        users[m.group('domain') if m else '?'] += 1
print('user domains:', sorted(users.items()))

ips = Counter(e['ip'] for e in requests)
private = [ip for ip in sorted(ips) if re.match(r'(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)', ip)]
print('private ips:', private)

retries = []
for e in entries:
    m = re.search(r'retry (\d+)/(\d+)', e['rest'])
    if m:
        retries.append((e['source'], int(m.group(1)), int(m.group(2)), to_ms(e['rest'])))
print('retries:', retries)
print('db time ms:', sum(to_ms(e['rest']) for e in entries if e['source'].startswith('db')))

queries = [re.split(r'\s*(?:WHERE|FROM)\s*', e['rest'].split(': ', 1)[1])
           for e in entries if re.search(r'\bSELECT\b', e['rest'])]
print('queries:', queries)

print('-- redacted --')
for raw in LOG.strip().splitlines():
    red = redact(raw)
    if red != raw:
        print(red)

print('-- fields --')
for raw in LOG.strip().splitlines()[:3]:
    print(re.split(r'\s+(?=(?:[^"]*"[^"]*")*[^"]*$)', raw, maxsplit=4))

# validation with fullmatch and a table of checks
checks = {
    'ts': r'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z',
    'time': r'(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d',
    'source': r'(?:web|db)-\d+|worker',
}
bad = 0
for e in entries:
    for field, pat in checks.items():
        if not re.fullmatch(pat, e[field]):
            bad += 1
            print('invalid', field, e[field])
print('invalid fields:', bad)

# timeline: seconds between consecutive errors
def seconds(t):
    h, m, s = map(int, re.findall(r'\d+', t))
    return h * 3600 + m * 60 + s
err_times = [seconds(e['time']) for e in entries if e['level'] == 'ERROR']
print('error gaps:', [b - a for a, b in zip(err_times, err_times[1:])])

# summary line built with a template expansion
summary = re.sub(r'\{(\w+)\}', lambda m: str({'n': len(entries), 'e': levels['ERROR'],
                                                'w': levels['WARN']}[m.group(1)]),
                 'entries={n} errors={e} warnings={w}')
print(summary)
m = LINE.match(LOG.strip().splitlines()[0])
print(m.expand(r'\g<level> at \g<time> from \g<source>'), m.lastgroup, m.span('level'))

# warm-up: analyse the same log 200 times, then a changed log
for i in range(200):
    entries2, unparsed2 = parse(LOG)
print(len(entries2), len(unparsed2))
changed = LOG.replace('INFO ', 'TRACE').replace('ERROR', 'ERROR')
entries3, unparsed3 = parse(changed)
print(len(entries3), len(unparsed3), Counter(e['level'] for e in entries3).most_common())
