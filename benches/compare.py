#!/usr/bin/env python3
"""pyvm against CPython 3.11 on the programs in benches/py/, side by side.

Each program runs RUNS times (default 5) under target/release/pyvm and under one CPython,
the two alternating run by run so that a change in machine load hits both alike. The table
gives the median wall time of each, the speed-up (CPython time / pyvm time: above 1 means
pyvm is faster), the peak resident memory of each (the largest of the runs, from GNU time)
and its ratio, then the geometric mean of the speed-ups and the programs where pyvm is
slower or bigger. Every run's exit status and stdout must agree between the two (the
programs check their own results, too); a mismatch is flagged and the program is left out
of the summary. Last, `-c pass` start-up time, pyvm against CPython.

The CPython is the faster of `python3` and `/usr/bin/python3.11` on this machine (timed
on two programs first), unless `--python` names one.

    cargo build --release
    python3 benches/compare.py [--runs N] [--python PATH] [--cpu] [--markdown] [NAME ...]

NAME filters the programs (shell patterns allowed: `'n*'`). RUNS in the environment sets
the default for --runs. --cpu ranks by user+system CPU time instead of wall time, which a
busy machine disturbs less.
"""
import argparse
import fnmatch
import math
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "py")
PYVM = os.path.join(ROOT, "target", "release", "pyvm")
CANDIDATES = ["python3", "/usr/bin/python3.11"]
# Programs timed to pick the faster CPython: calls and attributes, floats.
PROBES = ["richards.py", "nbody.py"]
# GNU time reports the child's own peak RSS. The rusage of a child forked straight from this
# script would not do: Linux keeps the high-water mark across fork and exec, so every child
# would report at least this process's RSS.
GNU_TIME = "/usr/bin/time"
TIMEOUT = 300


class Run:
    """One run of a program: wall and CPU seconds, peak RSS in MB, exit status, output."""

    def __init__(self, wall, cpu, rss, status, out, err):
        self.wall, self.cpu, self.rss = wall, cpu, rss
        self.status, self.out, self.err = status, out, err


def ensure_gnu_time():
    """True if GNU time is there, installing it with apt-get when possible."""
    if os.path.exists(GNU_TIME):
        return True
    if shutil.which("apt-get") and os.geteuid() == 0:
        print("installing GNU time (apt-get install time) for the peak RSS column ...")
        subprocess.run(["apt-get", "install", "-y", "-qq", "time"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(GNU_TIME):
        print("GNU time not found: no peak RSS column", file=sys.stderr)
        return False
    return True


def run_once(cmd, with_rss):
    """Runs `cmd`, timing it; stdout and stderr are captured."""
    with tempfile.NamedTemporaryFile("r") as report:
        wrapped = [GNU_TIME, "-f", "%M", "-o", report.name] + cmd if with_rss else cmd
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # A session of its own, so that a hung program is killed with GNU time.
        p = subprocess.Popen(wrapped, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
        try:
            out, err = p.communicate(timeout=TIMEOUT)
            status = p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            status, err = "timeout", f"timed out after {TIMEOUT} s"
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # CPU times add up across children, so the difference is this child's (and GNU
        # time's own, a millisecond at most); ru_maxrss is a maximum, hence GNU time.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        rss = None
        if with_rss:
            # GNU time writes "Command exited with non-zero status N" (or "terminated by
            # signal") before the format's line when the program fails.
            words = report.read().split()
            if words and words[-1].isdigit():
                rss = int(words[-1]) / 1024
    return Run(wall, cpu, rss, status, out, err)


def version_of(python):
    p = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                       capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def pick_python(explicit):
    """(path, version): the CPython to compare with."""
    if explicit:
        version = version_of(explicit)
        if version is None:
            sys.exit(f"compare.py: cannot run {explicit}")
        return explicit, version
    found = [(p, version_of(shutil.which(p) or p)) for p in CANDIDATES
             if shutil.which(p) or os.path.exists(p)]
    found = [(p, v) for p, v in found if v and v.startswith("3.11")]
    if not found:
        sys.exit("compare.py: no CPython 3.11 found; name one with --python")
    if len(found) == 1:
        return found[0]
    # Best of two alternating rounds over the probe programs.
    best = {p: math.inf for p, _ in found}
    for _ in range(2):
        for p, _ in found:
            total = sum(run_once([p, os.path.join(PROGRAMS, n)], False).cpu for n in PROBES)
            best[p] = min(best[p], total)
    print("choosing the CPython: " + ", ".join(
        f"{p} {v} {best[p] * 1000:.0f} ms" for p, v in found) + f" (CPU time on {PROBES})")
    return min(found, key=lambda pv: best[pv[0]])


def describe_machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} " \
           f"{platform.release()}, load average {os.getloadavg()[0]:.2f}"


def pyvm_revision():
    p = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                       capture_output=True, text=True)
    return p.stdout.strip() or "?"


def last_line(text):
    """The last line of `text` (a traceback's exception), cut short."""
    lines = text.strip().splitlines()
    return lines[-1][:100] if lines else ""


class Result:
    """A program's runs under both interpreters."""

    def __init__(self, name, ours, theirs, metric):
        self.name = name
        self.ours, self.theirs = ours, theirs
        self.time_ours = statistics.median(getattr(r, metric) for r in ours)
        self.time_theirs = statistics.median(getattr(r, metric) for r in theirs)
        rss = [r.rss for r in ours if r.rss is not None]
        self.rss_ours = max(rss) if rss else None
        rss = [r.rss for r in theirs if r.rss is not None]
        self.rss_theirs = max(rss) if rss else None
        self.problem = self.check()

    def check(self):
        """What went wrong, if anything: a failure or a disagreement with CPython."""
        ref = self.theirs[0]
        if ref.status != 0:
            return f"fails under CPython (status {ref.status}): {last_line(ref.err)}"
        for r in self.ours:
            if r.status != 0:
                return f"pyvm status {r.status}: {last_line(r.err)}"
            if r.out != ref.out:
                return f"stdout differs: pyvm {last_line(r.out)!r}, CPython {last_line(ref.out)!r}"
        if any(r.out != ref.out or r.status != 0 for r in self.theirs):
            return "CPython's own runs disagree"
        return None

    @property
    def speedup(self):
        return self.time_theirs / self.time_ours

    @property
    def rss_ratio(self):
        if self.rss_ours is None or self.rss_theirs is None:
            return None
        return self.rss_ours / self.rss_theirs


def measure(pyvm, python, name, runs, with_rss, metric):
    path = os.path.join(PROGRAMS, name)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run_once([pyvm, path], with_rss))
        theirs.append(run_once([python, path], with_rss))
    return Result(name[:-3], ours, theirs, metric)


def startup(pyvm, python, runs):
    """Median `-c pass` wall times (pyvm, CPython), alternating."""
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run_once([pyvm, "-c", "pass"], False).wall)
        theirs.append(run_once([python, "-c", "pass"], False).wall)
    return statistics.median(ours), statistics.median(theirs)


def fmt_mb(v):
    return f"{v:.1f}" if v is not None else "-"


def fmt_ratio(v):
    return f"{v:.2f}x" if v is not None else "-"


def table(results, python_label, markdown):
    head = ["program", "pyvm ms", f"{python_label} ms", "speed-up",
            "pyvm RSS MB", "CPython RSS MB", "RSS ratio"]
    rows = []
    for r in results:
        if r.problem:
            rows.append([r.name, "-", "-", "MISMATCH" if "differs" in r.problem else "FAILED",
                         "-", "-", "-"])
            continue
        rows.append([r.name, f"{r.time_ours * 1000:.0f}", f"{r.time_theirs * 1000:.0f}",
                     f"{r.speedup:.2f}x", fmt_mb(r.rss_ours), fmt_mb(r.rss_theirs),
                     fmt_ratio(r.rss_ratio)])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for row in rows:
            lines.append(f"| `{row[0]}` | " + " | ".join(row[1:]) + " |")
        return "\n".join(lines)
    widths = [max(len(x[i]) for x in [head] + rows) for i in range(len(head))]

    def fmt(row):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(row, widths)))
    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def summary(results):
    good = [r for r in results if not r.problem]
    lines = []
    if good:
        geo = math.exp(sum(math.log(r.speedup) for r in good) / len(good))
        slower = [r.name for r in good if r.speedup < 1]
        bigger = [r.name for r in good if r.rss_ratio is not None and r.rss_ratio > 1]
        lines.append(f"geometric mean speed-up (CPython time / pyvm time): {geo:.2f}x "
                     f"over {len(good)} programs")
        lines.append(f"slower than CPython: {len(slower)}" + (f" ({', '.join(slower)})"
                                                             if slower else ""))
        lines.append(f"peak RSS above CPython's: {len(bigger)}" + (f" ({', '.join(bigger)})"
                                                                  if bigger else ""))
    for r in results:
        if r.problem:
            lines.append(f"!!! {r.name}: {r.problem}")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="programs to run (names or shell patterns)")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "5")))
    ap.add_argument("--python", help="the CPython to compare with (default: the faster "
                                     "of " + " and ".join(CANDIDATES) + ")")
    ap.add_argument("--pyvm", default=PYVM, help="the pyvm binary (default: %(default)s)")
    ap.add_argument("--cpu", action="store_true", help="compare CPU time, not wall time")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()
    pyvm = args.pyvm
    if not os.path.exists(pyvm):
        sys.exit(f"compare.py: {pyvm} not found: run `cargo build --release` first")
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    if args.names:
        names = [n for n in names if any(fnmatch.fnmatch(n[:-3], pat) or n[:-3] == pat
                                         for pat in args.names)]
        if not names:
            sys.exit("compare.py: no program matches " + " ".join(args.names))
    with_rss = ensure_gnu_time()
    python, version = pick_python(args.python)
    metric = "cpu" if args.cpu else "wall"
    print(describe_machine())
    print(f"pyvm {pyvm_revision()} ({pyvm}) against {python} (CPython {version}); "
          f"median {metric} time of {args.runs} alternating runs; RSS: the largest peak")
    print(flush=True)
    results = []
    progress = sys.stderr.isatty()
    for name in names:
        if progress:
            print(f"  {name} ...", end="\r", file=sys.stderr, flush=True)
        results.append(measure(pyvm, python, name, args.runs, with_rss, metric))
    if progress:
        print(" " * 40, end="\r", file=sys.stderr, flush=True)
    print(table(results, os.path.basename(python), args.markdown))
    print()
    for line in summary(results):
        print(line)
    ours, theirs = startup(pyvm, python, max(20, args.runs * 4))
    print(f"start-up (-c pass, median wall time): pyvm {ours * 1000:.1f} ms, CPython "
          f"{theirs * 1000:.1f} ms, CPython/pyvm {theirs / ours:.2f}x")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    if any(r.problem for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
