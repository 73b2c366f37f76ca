# Regular expressions with the re module: a synthetic access log scanned with search,
# match, findall, finditer, sub (template and function replacements) and split, over
# patterns with classes, alternation, named groups, lazy quantifiers and lookahead.
# Stresses the native regex engine and Match objects.
import re

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/users/42", "/static/app.js", "/login?next=/home"]
lines = []
for i in range(1500):
    ip = f"10.{i % 7}.{(i * 13) % 256}.{(i * 31) % 256}"
    status = [200, 200, 301, 404, 500][i % 5]
    lines.append(f'{ip} - user{i % 11} [07/Dec/2026:12:{i % 60:02d}:{(i * 7) % 60:02d} +0000] '
                 f'"{METHODS[i % 4]} {PATHS[i % 5]} HTTP/1.1" {status} {i * 37 % 5000} '
                 f'"Mozilla/5.0 (X11; Linux x86_64) rv:{i % 90}.0"')
log = "\n".join(lines)

entry = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) - (?P<user>\w+) \[(?P<when>[^\]]+)\] '
                   r'"(?P<method>[A-Z]+) (?P<path>\S+?) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)')
ipv4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
errors = re.compile(r"^.*\" (?:4|5)\d\d .*$", re.M)
api = re.compile(r"/api/v(\d+)/(\w+)(?:/(\d+))?")
word = re.compile(r"[A-Za-z]+(?=/)")

totals = {}
for _ in range(4):
    by_status = {}
    size = 0
    for line in lines:
        m = entry.match(line)
        by_status[m["status"]] = by_status.get(m["status"], 0) + 1
        size += int(m.group("size"))
    n_ips = len(ipv4.findall(log))
    n_err = len(errors.findall(log))
    n_api = sum(1 for m in api.finditer(log) if m.group(3))
    redacted = ipv4.sub("x.x.x.x", log)
    doubled = re.sub(r"rv:(\d+)", lambda m: "rv:" + str(int(m.group(1)) * 2), log)
    fields = re.split(r"[ \[\]\"]+", lines[0])
    agents = word.findall(log)
    totals = {"status": by_status, "size": size, "ips": n_ips, "errors": n_err, "api": n_api,
              "redacted": len(redacted), "doubled": len(doubled), "fields": len(fields),
              "agents": len(agents), "case": len(re.findall(r"(?i)mozilla", log))}
assert totals["ips"] == 1500 and totals["errors"] == 600, totals
print("regex:", totals)
