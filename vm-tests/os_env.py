# os.environ (writes through to the process environment), getenv/putenv/unsetenv,
# fspath/PathLike, fsencode/fsdecode, the constants, and small process calls.
import os
import subprocess
import sys

env_name = "PYVM_OS_ENV_TEST"
print(env_name in os.environ, os.getenv(env_name), os.getenv(env_name, "dflt"), os.environ.get(env_name, 0))
os.environ[env_name] = "v1"
print(os.environ[env_name], os.getenv(env_name), env_name in os.environ)
print(subprocess.run(["sh", "-c", "echo $" + env_name], capture_output=True, text=True).stdout.strip())
os.environ[env_name] = "v2"
print(subprocess.run(["sh", "-c", "echo $" + env_name], capture_output=True, text=True).stdout.strip())
del os.environ[env_name]
print(env_name in os.environ, repr(subprocess.run(["sh", "-c", "echo $" + env_name], capture_output=True, text=True).stdout))
try:
    os.environ[env_name]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ[env_name]
except KeyError as e:
    print("KeyError", e)
for call in [lambda: os.environ.__setitem__("X", 1), lambda: os.environ.__setitem__(1, "x"), lambda: os.getenv(1),
             lambda: os.putenv("a=b", "c"), lambda: os.putenv("", "c"), lambda: os.unsetenv("a=b"),
             lambda: os.environ.__setitem__("A\0", "b"), lambda: os.unsetenv("")]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
os.environ.setdefault(env_name, "sd")
print(os.environ.pop(env_name), os.environ.pop(env_name, "gone"))
os.environ.update({env_name: "u"})
print(os.environ.copy()[env_name], type(os.environ.copy()).__name__, len(os.environ) == len(list(os.environ)))
del os.environ[env_name]
# environb: the same environment with bytes
os.environb[env_name.encode()] = b"bytes-val"
print(os.environ[env_name], os.environb[env_name.encode()], env_name.encode() in os.environb, os.getenvb(env_name.encode()))
del os.environb[env_name.encode()]
print(env_name in os.environ, os.environb.get(env_name.encode(), "none"))
for call in [lambda: os.environb.__setitem__("x", b"1"), lambda: os.environb[b"PYVM_NOPE_X"]]:
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
# putenv/unsetenv change the process environment but not os.environ
os.putenv(env_name, "direct")
print(os.getenv(env_name), subprocess.run(["sh", "-c", "echo $" + env_name], capture_output=True, text=True).stdout.strip())
os.unsetenv(env_name)
print(repr(subprocess.run(["sh", "-c", "echo $" + env_name], capture_output=True, text=True).stdout))

# fspath and PathLike
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("s"), os.fspath(b"b"), os.fspath(P("pl")), isinstance(P("x"), os.PathLike), issubclass(str, os.PathLike))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.fsencode("a\xe9"), os.fsdecode(b"a\xc3\xa9"), os.fsencode(P("p")), os.fsdecode("s"))
print(os.path.join(P("a"), "b"), os.path.exists(P("/")), os.stat(P("/")).st_mode == os.stat("/").st_mode)

print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.name)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.error is OSError)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), isinstance(os.cpu_count(), int))
print(len(os.urandom(16)), type(os.urandom(0)), os.strerror(2), os.strerror(13))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed == t[4])
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.get_exec_path({"PATH": "/x:/y"}), os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
try:
    os.kill(os.getpid(), 0)
    print("kill 0 ok")
    os.kill(2 ** 22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print(os.system("exit 3") >> 8, os.system("true"))

# warm-up: the same lookups many times, then the environment changes
def lookup():
    return os.environ.get(env_name), os.getenv(env_name, "none"), env_name in os.environ


for i in range(200):
    r = lookup()
print(r)
os.environ[env_name] = "late"
print(lookup())
del os.environ[env_name]
print(lookup())
