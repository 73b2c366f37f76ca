# os.stat/lstat/fstat and stat_result, chmod, utime, access, umask, the stat module.
import os
import stat

d = "/tmp/pyvm-os_stat-" + str(os.getpid())
os.mkdir(d)
p = d + "/f.txt"
with open(p, "w") as f:
    f.write("hello world")

st = os.stat(p)
print(type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_ino > 0, st.st_blksize > 0, st.st_blocks >= 0)
print(isinstance(st, tuple), st == tuple(st), st[:1] == (st.st_mode,))
for name in ("st_mode", "st_mtime", "st_rdev", "other"):
    try:
        setattr(st, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, nlink)
print(os.stat_result(range(10)))
r = os.stat_result(range(19))
print(r.st_atime, r.st_atime_ns, r.st_rdev, r[7])
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns)
for bad in [(1, 2), list(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError", e)

sd = os.stat(d)
print(stat.S_ISDIR(sd.st_mode), stat.filemode(sd.st_mode)[0])
with open(p) as f:
    print(os.fstat(f.fileno()).st_size)

# chmod and the permission bits
os.chmod(p, 0o640)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
os.chmod(p, 0o755)
print(oct(os.stat(p).st_mode & 0o777), stat.filemode(os.stat(p).st_mode))
print(stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o1777 | stat.S_IFDIR))

# utime: seconds, floats, ns, None
os.utime(p, (1000000000, 1200000000))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime(p, (5.5, 7.25))
print(os.stat(p).st_atime, os.stat(p).st_mtime, os.stat(p).st_mtime_ns)
os.utime(p, ns=(1, 2500000000))
print(os.stat(p).st_atime_ns, os.stat(p).st_mtime_ns, os.path.getmtime(p))
os.utime(p)
print(os.stat(p).st_mtime > 1600000000)
for kw in [dict(times=(1, 2), ns=(1, 2)), dict(times=5), dict(ns=5)]:
    try:
        os.utime(p, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# access
print(os.access(p, os.F_OK), os.access(p, os.R_OK | os.W_OK), os.access(d + "/nope", os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
old = os.umask(0o22)
print(os.umask(old) == 0o22)

# lstat on a symlink, stat follows it
os.symlink("f.txt", d + "/link")
print(stat.S_ISLNK(os.lstat(d + "/link").st_mode), stat.S_ISLNK(os.stat(d + "/link").st_mode))
print(stat.S_ISLNK(os.stat(d + "/link", follow_symlinks=False).st_mode))

# errors
for call in [lambda: os.stat(d + "/nope"), lambda: os.lstat(d + "/nope"), lambda: os.stat(""),
             lambda: os.stat(1.5), lambda: os.stat(None), lambda: os.fstat(-1), lambda: os.stat("a\0b"),
             lambda: os.chmod(d + "/nope", 0o644), lambda: os.access(1.5, 0), lambda: os.stat(99999)]:
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"), getattr(e, "errno", None))

# warm-up: the same stat path many times, then the file changes under it
def size_of(path):
    return os.stat(path).st_size, os.path.getsize(path), os.path.isfile(path)

for i in range(200):
    r = size_of(p)
print(r)
with open(p, "a") as f:
    f.write("!!")
print(size_of(p))
os.remove(p)
print(os.path.isfile(p), os.path.exists(p), os.path.lexists(d + "/link"), os.path.exists(d + "/link"))

os.remove(d + "/link")
os.rmdir(d)
print(os.path.exists(d))
