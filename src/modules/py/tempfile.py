"""Temporary files and directories (pyvm's tempfile).

Names are made of random letters and digits and created with O_EXCL, so two callers never
get the same one. NamedTemporaryFile and TemporaryFile are ordinary file objects of
`open()` (a named one in a wrapper that deletes the file when closed).
"""

import os
import shutil as _shutil
import builtins as _builtins

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        import random

        _rng = random.Random()
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(var)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def _find_tempdir():
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        # A directory is good when a file can really be made in it.
        for _ in range(100):
            name = os.path.join(d, _random_name())
            try:
                fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            except OSError:
                break
            try:
                os.write(fd, b"blat")
            finally:
                os.close(fd)
                os.unlink(name)
            return d
    raise FileNotFoundError(2, f"No usable temporary directory found in {list(_candidate_dirs())}")


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(suffix, prefix, dir):
    # bytes arguments give bytes names, as in CPython.
    output_bytes = any(isinstance(x, bytes) for x in (suffix, prefix, dir))
    if output_bytes and any(isinstance(x, str) for x in (suffix, prefix, dir)):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if suffix is None:
        suffix = b"" if output_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if output_bytes else template
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return suffix, prefix, dir, output_bytes


def _names(prefix, suffix, dir, output_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_bytes:
            name = os.fsencode(name)
        yield os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def _mkstemp(dir, prefix, suffix, flags, output_bytes):
    for path in _names(prefix, suffix, dir, output_bytes):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only the user can read and write; returns (fd, absolute path)."""
    suffix, prefix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    return _mkstemp(dir, prefix, suffix, flags, output_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the user can use; returns its absolute path."""
    suffix, prefix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    for path in _names(prefix, suffix, dir, output_bytes):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not os.path.lexists(path):
            return path


def _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    suffix, prefix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    fd, name = _mkstemp(dir, prefix, suffix, os.O_RDWR | os.O_CREAT | os.O_EXCL, output_bytes)
    os.close(fd)
    kwargs = {}
    if "b" not in mode:
        kwargs = {"encoding": encoding, "newline": newline, "errors": errors}
    try:
        # The file is new and empty: 'w' would only truncate it, so open it for update.
        f = _builtins.open(name, mode.replace("w", "r+").replace("++", "+"), buffering, **kwargs)
    except BaseException:
        os.unlink(name)
        raise
    return f, name


class _TemporaryFileWrapper:
    """A file object with a name that is deleted when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        return iter(self.file)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), deleted on close if `delete`."""
    f, name = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system."""
    f, name = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    os.unlink(name)
    return f


class SpooledTemporaryFile:
    """A temporary file (pyvm keeps it on disk from the start; `_rolled` is always true)."""

    _rolled = True

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                   errors=errors)
        self._max_size = max_size

    def rollover(self):
        pass

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()
        return False

    def __iter__(self):
        return iter(self._file)


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at the end of a
    `with` block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.lexists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        try:
            if not self._done and os.path.lexists(self.name):
                _shutil.rmtree(self.name, ignore_errors=True)
        except Exception:
            pass
