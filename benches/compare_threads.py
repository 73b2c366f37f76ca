#!/usr/bin/env python3
"""Threads and the GIL under pyvm and CPython, side by side.

Runs each program in benches/threads/ N times (RUNS, default 5) under target/release/pyvm
and every CPython given (default: python3), and prints the median of each number the
programs report on their `RESULT key=value ...` line:

- cpu_bound.py N: the same 6M-iteration loop split over 1, 2, 4 threads; time and its ratio
  to the 1-thread time (the GIL allows no speed-up; the goal is no slow-down either); also
  the process CPU time (time.process_time), which a busy machine disturbs less.
- handover.py: two CPU-bound threads; a thread's gaps > 0.1 ms are the other's turns:
  median and p95 turn length, against the 5 ms switch interval.
- io_latency.py: lateness of 1 ms sleeps while 2 CPU-bound threads run (the convoy effect).

pyvm also runs handover.py once with `-X gil-stats -X gil-trace=...` (the "request ->
hand-over" latency needs the recorded hold spans), parsed from stderr.
Build first: `cargo build --release`. Usage: python3 benches/compare_threads.py [PYTHON...]
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGS = os.path.join(ROOT, "benches", "threads")
# (row label, program and args, key in its RESULT line, unit)
ROWS = [
    ("cpu 1 thread", ["cpu_bound.py", "1"], "time", "s"),
    ("cpu 2 threads", ["cpu_bound.py", "2"], "time", "s"),
    ("cpu 4 threads", ["cpu_bound.py", "4"], "time", "s"),
    ("cpu 1 thread, CPU", ["cpu_bound.py", "1"], "cpu", "s"),
    ("cpu 2 threads, CPU", ["cpu_bound.py", "2"], "cpu", "s"),
    ("cpu 4 threads, CPU", ["cpu_bound.py", "4"], "cpu", "s"),
    ("turn median", ["handover.py"], "median_ms", "ms"),
    ("turn p95", ["handover.py"], "p95_ms", "ms"),
    ("io lateness median", ["io_latency.py"], "median_ms", "ms"),
    ("io lateness p95", ["io_latency.py"], "p95_ms", "ms"),
]


def result(cmd):
    """The key=value pairs of the RESULT line `cmd` prints, and its stderr."""
    p = subprocess.run(cmd, capture_output=True, text=True, check=True)
    line = next(l for l in p.stdout.splitlines() if l.startswith("RESULT "))
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}, p.stderr


def measure(pythons, runs):
    """[{(program args, key): median}] per interpreter; the runs go round-robin over
    interpreters and programs, so a change in machine load hits them all alike."""
    progs = sorted({tuple(a) for _, a, _, _ in ROWS})
    got = {}
    for _ in range(runs):
        for p in pythons:
            for args in progs:
                out = result([p, os.path.join(PROGS, args[0])] + list(args[1:]))[0]
                for key, v in out.items():
                    got.setdefault((p, args, key), []).append(v)
    return [{(a, k): statistics.median(v) for (q, a, k), v in got.items() if q == p}
            for p in pythons]


def handover_latency(pyvm):
    """pyvm's `request -> hand-over` line from -X gil-stats, e.g. 'mean 310 µs, max 1.2 ms'."""
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "gil.json")
        cmd = [pyvm, "-X", "gil-stats", "-X", f"gil-trace={trace}",
               os.path.join(PROGS, "handover.py")]
        _, err = result(cmd)
    m = re.search(r"request → hand-over\s+(.*)", err)
    return m.group(1).strip() if m else "(line not found)"


def main():
    runs = int(os.environ.get("RUNS", "5"))
    pyvm = os.path.join(ROOT, "target", "release", "pyvm")
    names = ["pyvm"] + (sys.argv[1:] or ["python3"])
    results = measure([pyvm] + names[1:], runs)
    width = max(18, *(len(n) + 2 for n in names))
    print(f"median of {runs} runs; cpu rows: wall or CPU time (ratio to 1 thread); "
          f"switch interval 5 ms")
    print(f"{'':<20}" + "".join(f"{n:>{width}}" for n in names))
    for label, args, key, unit in ROWS:
        cells = []
        for r in results:
            v = r[tuple(args), key]
            if label.startswith("cpu"):
                base = r[("cpu_bound.py", "1"), key]
                cells.append(f"{v:.3f}s ({v / base:.2f}x)")
            else:
                cells.append(f"{v:.2f}{unit}")
        print(f"{label:<20}" + "".join(f"{c:>{width}}" for c in cells))
    print(f"\npyvm -X gil-stats, handover.py: request → hand-over {handover_latency(pyvm)}")


if __name__ == "__main__":
    main()
