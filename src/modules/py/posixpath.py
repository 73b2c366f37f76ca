# The pure-string half of pyvm's `os.path` (CPython's `posixpath`), run into the native
# module's namespace, which already holds the file-system tests (`exists`, `isdir`, ...),
# `join`, `basename`, `dirname`, `sep` and `getsize`.

curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _check(fname, p):
    # os.fspath's complaint.
    if not isinstance(p, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def isabs(s):
    _check("isabs", s)
    return s.startswith("/")


def split(p):
    _check("split", p)
    cut = p.rfind("/") + 1
    head, tail = p[:cut], p[cut:]
    # Trailing slashes go, unless the head is nothing but slashes.
    if head and head.strip("/"):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    _check("splitext", p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # A name made only of leading dots (".bashrc", "..") has no extension.
        name = p[slash + 1 : dot]
        if name.strip("."):
            return p[:dot], p[dot:]
    return p, ""


def splitdrive(p):
    _check("splitdrive", p)
    return "", p


def normpath(path):
    _check("normpath", path)
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
    _check("abspath", path)
    if not path.startswith("/"):
        import os

        path = join(os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    _check("relpath", path)
    _check("relpath", start)
    here = [x for x in abspath(start).split("/") if x]
    there = [x for x in abspath(path).split("/") if x]
    n = 0
    for a, b in zip(here, there):
        if a != b:
            break
        n += 1
    rel = [pardir] * (len(here) - n) + there[n:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def expanduser(path):
    _check("expanduser", path)
    if not path.startswith("~"):
        return path
    cut = path.find("/", 1)
    if cut < 0:
        cut = len(path)
    if cut != 1:
        # `~user` needs the password database, which pyvm does not read.
        return path
    import os

    home = os.getenv("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[cut:]) or "/"
