# A realistic program: build a project tree in a temporary directory with pathlib, walk
# it, total sizes by extension, find duplicate files by content, rename and move files,
# archive old logs, and print a report. Uses pathlib, os, shutil, tempfile, fnmatch and
# glob together, and runs the scan both warm (many times) and after the tree changes.
import fnmatch
import glob
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

LAYOUT = {
    "src/app/__init__.py": "",
    "src/app/main.py": "import app.util\nprint('main')\n",
    "src/app/util.py": "def helper():\n    return 42\n",
    "src/app/copy_of_util.py": "def helper():\n    return 42\n",
    "src/lib/vendor.py": "# vendored\n" * 10,
    "docs/index.md": "# Project\n\nSome docs.\n",
    "docs/guide.md": "# Guide\n" + "text\n" * 20,
    "docs/img/logo.png": "\x89PNG fake image bytes",
    "logs/2023-01-01.log": "boot\n" * 3,
    "logs/2023-01-02.log": "boot\n" * 3,
    "logs/2024-05-05.log": "later\n",
    "data/raw/a.csv": "x,y\n1,2\n",
    "data/raw/b.csv": "x,y\n1,2\n",
    "data/clean/a.csv": "x,y\n1,2\n3,4\n",
    "README": "read me\n",
    ".config/settings.ini": "[main]\nkey=value\n",
}


def build(root):
    for rel, text in LAYOUT.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return len(LAYOUT)


class TreeStats:
    """Sizes by extension, file and directory counts, the largest files."""

    def __init__(self, root):
        self.root = root
        self.by_ext = defaultdict(lambda: [0, 0])
        self.files = 0
        self.dirs = 0
        self.largest = []

    def scan(self):
        for top, dirs, files in os.walk(self.root):
            dirs.sort()
            self.dirs += len(dirs)
            for name in sorted(files):
                path = Path(top) / name
                size = path.stat().st_size
                ext = path.suffix or "<none>"
                self.by_ext[ext][0] += 1
                self.by_ext[ext][1] += size
                self.files += 1
                self.largest.append((size, str(path.relative_to(self.root))))
        self.largest.sort(key=lambda t: (-t[0], t[1]))
        return self

    def report(self):
        print(f"{self.files} files in {self.dirs} directories")
        for ext in sorted(self.by_ext):
            count, size = self.by_ext[ext]
            print(f"  {ext:8} {count:3} files {size:6} bytes")
        print("largest:", self.largest[:3])


def duplicates(root):
    """Groups of files with the same content (size first, then bytes)."""
    by_size = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file():
            by_size[path.stat().st_size].append(path)
    groups = []
    for size, paths in by_size.items():
        if len(paths) < 2:
            continue
        by_content = defaultdict(list)
        for p in paths:
            by_content[p.read_bytes()].append(str(p.relative_to(root)))
        groups.extend(sorted(g) for g in by_content.values() if len(g) > 1)
    return sorted(groups)


def archive_logs(root, before):
    """Move logs older than `before` (by name) into logs/archive/<year>/."""
    moved = []
    for log in sorted((root / "logs").glob("*.log")):
        if log.stem < before:
            year = log.stem.split("-")[0]
            dest_dir = root / "logs" / "archive" / year
            dest_dir.mkdir(parents=True, exist_ok=True)
            moved.append(str(Path(shutil.move(str(log), str(dest_dir))).relative_to(root)))
    return moved


def rename_ext(root, pattern, new_suffix):
    renamed = []
    for path in sorted(root.rglob(pattern)):
        target = path.with_suffix(new_suffix)
        path.rename(target)
        renamed.append((path.name, target.name))
    return renamed


def tree_lines(root, path=None, prefix=""):
    path = path or root
    entries = sorted(path.iterdir(), key=lambda p: (not p.is_dir(), p.name))
    lines = []
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        lines.append(prefix + ("`-- " if last else "|-- ") + entry.name + ("/" if entry.is_dir() else ""))
        if entry.is_dir():
            lines.extend(tree_lines(root, entry, prefix + ("    " if last else "|   ")))
    return lines


with tempfile.TemporaryDirectory(prefix="pyvm-tree-") as tmp:
    root = Path(tmp) / "project"
    print("created", build(root), "files")
    print("\n".join(tree_lines(root)))

    stats = TreeStats(root).scan()
    stats.report()

    print("duplicates:")
    for group in duplicates(root):
        print("  ", group)

    # warm-up: the same per-file accessors many times give the same answer
    files = sorted(p for p in root.rglob("*") if p.is_file())

    def signature(paths):
        return [(p.suffix or "<none>", p.stat().st_size, p.parent.name) for p in paths]

    first = signature(files)
    for i in range(120):
        again = signature(files)
    print("warm scan same:", again == first, len(again))

    print("archived:", archive_logs(root, "2024"))
    print("renamed:", rename_ext(root, "*.md", ".txt"))
    hidden = sorted(p.relative_to(root).as_posix() for p in root.glob(".*/*"))
    print("hidden config:", hidden)
    py_files = sorted(glob.glob("**/*.py", root_dir=root, recursive=True))
    print("python files:", py_files)
    print("csv via fnmatch:", sorted(fnmatch.filter([p.name for p in root.rglob("*")], "*.csv")))

    # remove duplicates, keeping the first of each group
    removed = []
    for group in duplicates(root):
        for rel in group[1:]:
            (root / rel).unlink()
            removed.append(rel)
    print("removed:", removed)
    for d in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(d.iterdir()):
            d.rmdir()
            print("pruned empty:", d.relative_to(root))

    after = TreeStats(root).scan()
    after.report()
    print("\n".join(tree_lines(root)))

    backup = Path(shutil.copytree(root, Path(tmp) / "backup", ignore=shutil.ignore_patterns("*.log", ".*")))
    print("backup files:", sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*") if p.is_file()))
    total = sum(p.stat().st_size for p in backup.rglob("*") if p.is_file())
    print("backup bytes:", total, "dirs:", sum(1 for p in backup.rglob("*") if p.is_dir()))
    saved = Path(tmp)
print("cleaned up:", not saved.exists())
