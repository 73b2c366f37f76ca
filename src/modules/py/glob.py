"""Filename globbing utility (pyvm's glob): shell wildcards over the file system."""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` ('**' spans directories when recursive)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _glob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A leading '**' also matches the empty path itself, which is no result.
        return (p for p in found if p)
    return found


def _glob(pathname, root, recursive, dironly, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root, pathname)):
                yield pathname
        elif _isdir(_join(root, dirname)):
            # A pattern ending with a separator names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root, dirname, hidden, dironly)
        else:
            yield from _glob_one(root, dirname, basename, hidden, dironly)
        return
    # The directory part is itself a pattern when it has wildcards.
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root, recursive, True, hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and _is_recursive(basename):
            names = _glob_recursive(root, d, hidden, dironly)
        elif has_magic(basename):
            names = _glob_one(root, d, basename, hidden, dironly)
        else:
            names = _glob_literal(root, d, basename)
        for name in names:
            yield os.path.join(d, name)


def _glob_one(root, dirname, pattern, hidden, dironly):
    names = _listdir(_join(root, dirname), dironly)
    if not (hidden or _is_hidden(pattern)):
        names = (x for x in names if not _is_hidden(x))
    return fnmatch.filter(names, pattern)


def _glob_literal(root, dirname, basename):
    # A name without wildcards: it is there or not ('' stands for the directory itself).
    if not basename:
        if _isdir(_join(root, dirname)):
            return [basename]
    elif _lexists(_join(root, os.path.join(dirname, basename))):
        return [basename]
    return []


def _glob_recursive(root, dirname, hidden, dironly):
    # '**': the directory itself (as an empty name), then everything below it.
    yield dirname[:0]
    yield from _walk(root, dirname, hidden, dironly)


def _walk(root, dirname, hidden, dironly):
    for entry_name, is_dir in _scan(_join(root, dirname)):
        if not hidden and _is_hidden(entry_name):
            continue
        if not dironly or is_dir:
            yield entry_name
        if is_dir:
            sub = os.path.join(dirname, entry_name) if dirname else entry_name
            for below in _walk(root, sub, hidden, dironly):
                yield os.path.join(entry_name, below)


def _scan(path):
    try:
        with os.scandir(path or (b"." if isinstance(path, bytes) else ".")) as it:
            out = []
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                out.append((entry.name, is_dir))
            return out
    except OSError:
        return []


def _listdir(path, dironly):
    return [name for name, is_dir in _scan(path) if is_dir or not dironly]


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _lexists(path):
    return os.path.lexists(path)


def _isdir(path):
    return os.path.isdir(path or (b"." if isinstance(path, bytes) else "."))


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in s for c in (b"*", b"?", b"["))
    return any(c in s for c in "*?[")


def _is_hidden(path):
    return path[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern in ("**", b"**")


def escape(pathname):
    """Escape all special characters ('*', '?', '[') by bracketing them."""
    if isinstance(pathname, bytes):
        return b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c])
                        for c in pathname)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)
