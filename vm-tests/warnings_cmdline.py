# -W options and PYTHONWARNINGS (run as child interpreters), sys.warnoptions, invalid
# options, and the interpreter's own RuntimeWarning going through the filters.
import os, subprocess, sys

CODE = r'''
import sys, warnings
print(sys.warnoptions)
print([(f[0], f[2].__name__, f[3].pattern if f[3] else None) for f in warnings.filters[:3]])
try:
    warnings.warn("user one")
    print("user passed")
except UserWarning as e:
    print("user error:", e)
try:
    warnings.warn("dep one", DeprecationWarning)
    print("dep passed")
except DeprecationWarning as e:
    print("dep error:", e)
'''

def run(args, env=None):
    full = dict(os.environ)
    full.pop("PYTHONWARNINGS", None)
    full.update(env or {})
    p = subprocess.run([sys.executable] + args + ["-c", CODE], capture_output=True,
                       text=True, env=full)
    print(args, env)
    print(p.stdout, end="")
    print("stderr:", p.stderr.replace("\n", "|"))

run([])
run(["-W", "error"])
run(["-W", "ignore::DeprecationWarning"])
run(["-W", "error::DeprecationWarning"])
run(["-Wi"])
run(["-W", "error", "-W", "ignore::UserWarning"])
run(["-W", "error::UserWarning:__main__"])
run(["-W", "e:user:UserWarning"])
run([], {"PYTHONWARNINGS": "error::UserWarning"})
run(["-W", "ignore"], {"PYTHONWARNINGS": "error"})
run(["-W", "bogus"])
run(["-W", "error::NoSuchWarning"])
run(["-W", "error::KeyError"])
run(["-W", "a:b:c:d:e:f"])
run(["-W", "error:::mod:x"])
run(["-W", "error::os.NoSuch"])

CORO = r'''
import warnings
async def never():
    pass
def make():
    never()
try:
    make()
    print("no error")
except RuntimeWarning as e:
    print("error:", e)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    make()
    print([str(r.message) for r in rec])
'''
for args in ([], ["-W", "ignore::RuntimeWarning"]):
    p = subprocess.run([sys.executable] + args + ["-c", CORO], capture_output=True, text=True)
    print(args, p.stdout, p.stderr.splitlines()[:2])
