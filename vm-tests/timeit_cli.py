# `python -m timeit` run as a program: its output line (checked with a regex, times vary),
# -h, the option errors and their exit statuses, a statement that raises.
import re
import subprocess
import sys


def run(*args):
    p = subprocess.run([sys.executable, "-m", "timeit", *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


line = re.compile(r"^\d+ loops?, best of \d+: \d+(\.\d+)?(e[-+]\d+)? (nsec|usec|msec|sec) per loop\n$")
status, out, err = run("-n", "50", "-r", "1", "x = [1, 2, 3]", "y = x[1]")
print(status, bool(line.match(out)), out.split(",")[0], repr(err))
status, out, err = run("-s", "d = dict(a=1)", "-n", "10", "-r", "1", "-u", "nsec", "d['a']")
print(status, bool(line.match(out)), out.strip().endswith("nsec per loop"), repr(err))
status, out, err = run("-h")
print(status, repr(err))
print(out)
print(run("-x"))
print(run("-u", "hours", "pass"))
status, out, err = run("-n", "2", "-r", "1", "1/0")
print(status, repr(out), err.strip().splitlines()[-1])
