# The Python half of pyvm's `os.path` (CPython's `posixpath`), run into the native module's
# namespace, which already holds the file-system tests (`exists`, `isfile`, `isdir`,
# `islink`, `lexists`), `join`, `basename`, `dirname` and `sep`. Paths may be str or
# os.PathLike; the string functions here also take bytes where CPython's do.

curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    import os

    return os.fspath(p)


def _seps(p):
    # The separator and the dot of `p`'s own kind (str or bytes).
    if isinstance(p, bytes):
        return b"/", b"."
    return "/", "."


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def split(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    # Trailing slashes go, unless the head is nothing but slashes.
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep, dot = _seps(p)
    slash = p.rfind(sep)
    cut = p.rfind(dot)
    if cut > slash:
        # A name made only of leading dots (".bashrc", "..") has no extension.
        if p[slash + 1 : cut].strip(dot):
            return p[:cut], p[cut:]
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return normpath(path.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if not path:
        return "."
    # POSIX keeps exactly two leading slashes, collapses three or more to one.
    if path.startswith("//") and not path.startswith("///"):
        lead = "//"
    elif path.startswith("/"):
        lead = "/"
    else:
        lead = ""
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not lead and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    return (lead + "/".join(parts)) or "."


def abspath(path):
    import os

    path = _fspath(path)
    if isinstance(path, bytes):
        if not path.startswith(b"/"):
            path = join(os.getcwdb(), path)
        return normpath(path)
    if not path.startswith("/"):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    import os

    filename = _fspath(filename)
    if isinstance(filename, bytes):
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    # A relative path is resolved relative to '' (errors name it as given), made absolute
    # at the end.
    done = "/" if filename.startswith("/") else ""
    todo = [c for c in filename.split("/") if c and c != "."]
    todo.reverse()
    seen = {}
    while todo:
        name = todo.pop()
        if name == "..":
            if not done or basename(done) == "..":
                done = join(done, "..")
            else:
                done = dirname(done) or ("/" if done.startswith("/") else "")
            continue
        candidate = join(done, name) if done else name
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            done = candidate
            continue
        if candidate in seen:
            # A symlink loop: strict mode reports it, otherwise the rest stays unresolved.
            if strict:
                os.stat(candidate)
            todo.reverse()
            return abspath(join(candidate, *todo))
        seen[candidate] = True
        target = os.readlink(candidate)
        if target.startswith("/"):
            done = "/"
        rest = [c for c in target.split("/") if c and c != "."]
        rest.reverse()
        todo.extend(rest)
    return abspath(done or ".")


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir_, pardir_, sep = b".", b"..", b"/"
    else:
        curdir_, pardir_, sep = ".", "..", "/"
    if start is None:
        start = curdir_
    start = _fspath(start)
    if type(start) is not type(path):
        raise TypeError("Can't mix strings and bytes in path components")
    here = [x for x in abspath(start).split(sep) if x]
    there = [x for x in abspath(path).split(sep) if x]
    n = 0
    for a, b in zip(here, there):
        if a != b:
            break
        n += 1
    rel = [pardir_] * (len(here) - n) + there[n:]
    if not rel:
        return curdir_
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep, dot = _seps(paths[0])
    if any(type(p) is not type(paths[0]) for p in paths):
        raise TypeError("Can't mix strings and bytes in path components")
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != dot] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = sep if absolute.pop() else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    import os

    path = _fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expanduser(os.fsdecode(path)))
    if not path.startswith("~"):
        return path
    cut = path.find("/", 1)
    if cut < 0:
        cut = len(path)
    if cut != 1:
        # `~user` needs the password database, which pyvm does not read.
        return path
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[cut:]) or "/"


def _var_char(c):
    return c.isascii() and (c.isalnum() or c == "_")


def expandvars(path):
    import os

    path = _fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("${", i):
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2 : end]
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and _var_char(path[stop]):
                stop += 1
            name = path[i + 1 : stop]
        value = os.environ.get(name) if name else None
        out.append(path[i:stop] if value is None else value)
        i = stop
    return "".join(out)


def getsize(filename):
    import os

    return os.stat(filename).st_size


def getmtime(filename):
    import os

    return os.stat(filename).st_mtime


def getatime(filename):
    import os

    return os.stat(filename).st_atime


def getctime(filename):
    import os

    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    import os

    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    import os

    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    import os

    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if st.st_mode & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino
