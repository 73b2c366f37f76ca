# The errno module: constants, aliases, errorcode, and matching OSError.errno against them
# (cold, then after 200 warm lookups, then after rebinding a module attribute).
import errno


def lookup():
    return (errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[errno.EINTR])


print(lookup())
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK)
print(errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(len(errno.errorcode), type(errno.errorcode).__name__)
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:6])
print(all(getattr(errno, errno.errorcode[c]) == c for c in errno.errorcode))
print(sorted(errno.errorcode)[:10])
for _ in range(200):
    r = lookup()
print(r)


def opening(path):
    try:
        open(path)
    except OSError as e:
        return e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__


for _ in range(200):
    opening("/nonexistent/dir/file")
print(opening("/nonexistent/dir/file"))
print(OSError(errno.ENOENT, "No such file or directory").__class__.__name__)
try:
    errno.errorcode[99999]
except KeyError as e:
    print("KeyError", e)
try:
    errno.ENOPE
except AttributeError as e:
    print("AttributeError", e)
saved = errno.ENOENT
errno.ENOENT = -1
print(lookup())
errno.ENOENT = saved
print(lookup())
