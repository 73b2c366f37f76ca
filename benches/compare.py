#!/usr/bin/env python3
"""Side-by-side timing of the bench programs under pyvm and CPython.

Runs each program in benches/programs/ N times (default 5) under
target/release/pyvm and under every CPython given (default: python3), and
prints the median wall time of each, the ratio, and the peak resident memory
(the largest of the runs). Build first: `cargo build --release`.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")


# GNU time reports the child's own peak RSS (a child forked straight from this script would
# inherit this process's high-water mark, which Linux keeps across exec).
GNU_TIME = "/usr/bin/time"


def measure(cmd, runs):
    """(median wall seconds, peak RSS in MB or None) over `runs` runs of `cmd`."""
    times, peak = [], None
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r") as out:
            wrapped = [GNU_TIME, "-f", "%M", "-o", out.name] + cmd
            use_time = os.path.exists(GNU_TIME)
            start = time.perf_counter()
            subprocess.run(wrapped if use_time else cmd, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
            if use_time:
                peak = max(peak or 0, int(out.read().split()[-1]) / 1024)
    return statistics.median(times), peak


def mb(v):
    return f"{v:>6.0f}MB" if v is not None else f"{'-':>8}"


def main():
    runs = int(os.environ.get("RUNS", "5"))
    pythons = sys.argv[1:] or ["python3"]
    pyvm = os.path.join(ROOT, "target", "release", "pyvm")
    print(f"{'program':<12}{'pyvm':>10}{'RSS':>8}"
          + "".join(f"{p:>14}{'ratio':>8}{'RSS':>8}" for p in pythons))
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        ours, our_rss = measure([pyvm, path], runs)
        row = f"{name[:-3]:<12}{ours * 1000:>8.0f}ms{mb(our_rss)}"
        for p in pythons:
            theirs, their_rss = measure([p, path], runs)
            row += f"{theirs * 1000:>12.0f}ms{ours / theirs:>7.2f}x{mb(their_rss)}"
        print(row)


if __name__ == "__main__":
    main()
