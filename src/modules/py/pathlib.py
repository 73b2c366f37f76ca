"""Object-oriented file-system paths (pyvm's pathlib, POSIX flavour only).

A path is parsed once into its root ('', '/' or '//') and its parts (without '' and '.'
components); the string form is rebuilt from those, so `PurePosixPath('a//b/./c')` is
'a/b/c'. `Path()` makes a `PosixPath`, whose methods call `os`.
"""

import fnmatch
import os

_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(raw):
    # urllib.parse.quote_from_bytes(raw, safe='/').
    return "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in raw)


def _has_wildcards(s):
    return any(c in s for c in "*?[")

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _parse(args):
    """(root, parts) of the joined arguments."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root, parts = a._root, list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            f"returning str, not {type(a)!r}")
        if a.startswith("/"):
            # POSIX keeps exactly two leading slashes; more collapse to one.
            root = "//" if a.startswith("//") and not a.startswith("///") else "/"
            parts = []
        parts.extend(x for x in a.split("/") if x and x != ".")
    return root, parts


class _Parents:
    """The logical ancestors of a path: `p.parents[0]` is `p.parent`."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._n)))
        if index >= self._n or index < -self._n:
            raise IndexError(index)
        if index < 0:
            index += self._n
        p = self._path
        return p._from(p._root, p._parts[: self._n - index - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path without file-system access; `PurePath(...)` makes a PurePosixPath."""


    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    def _from(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.as_posix()!r})"

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote(os.fsencode(str(self)))

    # -- comparisons: only between paths of the same flavour --

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    # -- components --

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[: -len(old)] if old else name) + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._from_args(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(base)!r} OR one path "
                             "is relative and the other is absolute.")
        return self._from("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = self._from_args((path_pattern,))
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, pattern in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""



class PureWindowsPath(PurePath):
    """Windows paths are not supported by pyvm."""


    def __new__(cls, *args):
        raise NotImplementedError("pyvm's pathlib has no Windows flavour")


class Path(PurePath):
    """A PurePath with file-system operations; `Path(...)` makes a PosixPath."""


    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- queries --

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return os.stat(self, follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o040000

    def is_file(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and m & 0o170000 == 0o120000

    def is_fifo(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o010000

    def is_socket(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o140000

    def is_block_device(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o060000

    def is_char_device(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o020000

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return os.path.samestat(st, other_st)

    def absolute(self):
        if self._root:
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_args((os.path.realpath(self, strict=strict),))

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + tuple(self._parts[1:]))
        return self

    def readlink(self):
        return self._from_args((os.readlink(self),))

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    # -- directories --

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child(name)

    def _make_child(self, name):
        return self._from(self._root, self._parts + [name])

    def glob(self, pattern):
        """The paths below this one matching the relative `pattern` ('**' spans
        directories)."""
        pat = PurePosixPath(pattern)
        if not pat._parts and not pat._root:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pat._parts
        if pattern.endswith("/"):
            # 'dir/' matches directories only.
            parts = parts + [""]
        yield from self._select(parts, False)

    def rglob(self, pattern):
        """glob() with '**/' in front of `pattern`."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ["**"] + pat._parts
        if pattern.endswith("/"):
            parts.append("")
        yield from self._select(parts, False)

    def _entries(self):
        try:
            with os.scandir(self) as it:
                return [(e.name, _entry_is_dir(e)) for e in it]
        except OSError:
            return []

    def _select(self, parts, dironly):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if self.is_dir():
                yield self
        elif head == "**":
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest, dironly):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif head == ".." or not _has_wildcards(head):
            child = self._make_child(head)
            if rest:
                if child.is_dir():
                    yield from child._select(rest, dironly)
            elif child.exists() or os.path.lexists(child):
                yield child
        else:
            for name, is_dir in self._entries():
                if not fnmatch.fnmatchcase(name, head):
                    continue
                if rest:
                    if is_dir:
                        yield from self._make_child(name)._select(rest, dironly)
                else:
                    yield self._make_child(name)

    def _walk_dirs(self):
        # This directory and every one below it (not following symbolic links).
        yield self
        for name, is_dir in self._entries():
            if is_dir:
                child = self._make_child(name)
                if not child.is_symlink():
                    yield from child._walk_dirs()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Only an existing directory is fine, and only with exist_ok.
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # -- files --

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(str(self), mode, buffering)
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if isinstance(data, str) or not hasattr(data, "__len__"):
            raise TypeError("memoryview: a bytes-like object is required, "
                            f"not '{type(data).__name__}'")
        with self.open(mode="wb") as f:
            return f.write(bytes(data))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {data.__class__.__name__}")
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""



class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by pyvm."""


    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
