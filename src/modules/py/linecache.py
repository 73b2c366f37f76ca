"""Source lines by file name (the lines the interpreter shows in tracebacks)."""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    lines = []
    if filename and not filename.startswith('<'):
        try:
            with open(filename, encoding='utf-8', errors='replace') as f:
                lines = f.readlines()
        except (OSError, ValueError):
            lines = []
    if lines:
        cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    line = _traceback.source_line(filename, lineno) if isinstance(filename, str) else None
    if line is not None:
        return line + '\n'
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
