# The Python half of pyvm's `os`, run into the native module's namespace (which already
# holds the system calls: stat, listdir, scandir, open, read, pipe, _spawn, ...).

import abc as _abc
import builtins as _builtins
import sys as _sys

pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_bytes_environ = True
error = OSError

_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")


class stat_result(tuple):
    """The result of stat(): ten visible fields, and nine more by name only."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({n}-sequence given)")
        if n > 19:
            raise TypeError(f"os.stat_result() takes an at most 19-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - n)
        # A short sequence leaves the float times to the int ones (CPython does the same).
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __setattr__(self, name, value):
        # A struct sequence's fields are read-only, and it has no others.
        if name in _STAT_NAMES:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'os.stat_result' object has no attribute '{name}'")

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_STAT_FIELDS, self))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


_STAT_NAMES = frozenset(_STAT_FIELDS + ("st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                                       "st_blocks", "st_rdev"))


def _stat_field(index, hidden):
    if hidden:
        return property(lambda self: self._extra[index])
    return property(lambda self: self[index])


for _i, _name in enumerate(_STAT_FIELDS[:7]):
    setattr(stat_result, _name, _stat_field(_i, False))
for _i, _name in enumerate(("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                            "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")):
    setattr(stat_result, _name, _stat_field(_i, True))
del _i, _name


def _isdir_mode(mode):
    return mode & 0o170000 == 0o040000


class DirEntry:
    """An entry of scandir(): its name and path, with the file type read with the list."""

    __module__ = "posix"

    def __init__(self, top, name, kind, inode):
        self.name = name
        if isinstance(top, bytes):
            self.path = top + name if top.endswith(b"/") else top + b"/" + name
        else:
            self.path = top + name if top.endswith("/") else top + "/" + name
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def is_symlink(self):
        return self._kind == "l"

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or self._kind != "l":
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _is(self, kind, mode_test, follow_symlinks):
        if self._kind != "l" or not follow_symlinks:
            return self._kind == kind
        try:
            return mode_test(self.stat().st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is("d", _isdir_mode, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is("f", lambda m: m & 0o170000 == 0o100000, follow_symlinks)


class ScandirIterator:
    """What scandir() returns: an iterator of DirEntry, also a context manager."""

    __module__ = "posix"

    def __init__(self, top, entries):
        self._top = top
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        name, kind, inode = next(self._entries)
        return DirEntry(self._top, name, kind, inode)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class PathLike(_abc.ABC):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any("__fspath__" in vars(c) for c in subclass.__mro__)
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# -- the environment ---------------------------------------------------------------------------

def _env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: a mapping whose changes go through to the process environment."""

    def __init__(self, items):
        self._data = dict(items)

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        putenv(_env_str(key), _env_str(value))
        self._data[key] = value

    def __delitem__(self, key):
        _env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(_env_str(key), default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# os.environ is a MutableMapping: registered here when collections.abc is already loaded,
# else by collections.abc when it loads (importing it here would slow down `import os`).
if "collections.abc" in _sys.modules:
    _sys.modules["collections.abc"].MutableMapping.register(_Environ)

environ = _Environ(_environ_items())
del _environ_items


def _env_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


class _EnvironBytes:
    """os.environb: os.environ seen with bytes keys and values (the same data)."""

    def __getitem__(self, key):
        try:
            return fsencode(environ[fsdecode(_env_bytes(key))])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        environ[fsdecode(_env_bytes(key))] = fsdecode(_env_bytes(value))

    def __delitem__(self, key):
        try:
            del environ[fsdecode(_env_bytes(key))]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return isinstance(key, bytes) and fsdecode(key) in environ

    def keys(self):
        return list(self)

    def items(self):
        return [(fsencode(k), fsencode(v)) for k, v in environ.items()]

    def values(self):
        return [fsencode(v) for v in environ.values()]

    def get(self, key, default=None):
        return self[key] if key in self else default

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"environ({{{items}}})"


environb = _EnvironBytes()


def getenvb(key, default=None):
    return environb.get(key, default)


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path = env.get("PATH")
    if path is None:
        path = defpath
    return path.split(pathsep)


# -- directories -------------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Only a directory that is already there is fine, and only with exist_ok.
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    below = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                below.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned or reordered `dirs`.
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in below:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# -- descriptors as files ----------------------------------------------------------------------

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor `fd` (which it then owns unless closefd is false)."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    return _builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


# -- processes ---------------------------------------------------------------------------------

def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return ((status & 0x7F) + 1) >> 1 > 0 and status & 0x7F != 0x7F


def WTERMSIG(status):
    return status & 0x7F


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


def _exec_candidates(file, env=None):
    file = fsencode(file)
    if b"/" in file:
        return [file]
    return [fsencode(d or ".") + b"/" + file for d in get_exec_path(env)]


def system(command):
    """Runs `command` with /bin/sh and returns its wait status."""
    pid = _spawn([b"/bin/sh"], [b"sh", b"-c", fsencode(command)], None, None,
                 None, None, None, False, False, "/bin/sh")
    return waitpid(pid, 0)[1]


class _wrap_close:
    """What popen() returns: the pipe as a text file; close() gives the exit status (None
    for success, else the wait status)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8 if returncode > 0 else -returncode

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs `cmd` with the shell; the result reads its output ('r') or feeds its input
    ('w')."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess

    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, bufsize=buffering, text=True)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, bufsize=buffering, text=True)
    return _wrap_close(proc.stdin, proc)
