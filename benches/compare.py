#!/usr/bin/env python3
"""Side-by-side timing of the bench programs under pyvm and CPython.

Runs each program in benches/programs/ N times (default 5) under
target/release/pyvm and under every CPython given (default: python3), and
prints the median wall time of each and the ratio. Build first:
`cargo build --release`.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    runs = int(os.environ.get("RUNS", "5"))
    pythons = sys.argv[1:] or ["python3"]
    pyvm = os.path.join(ROOT, "target", "release", "pyvm")
    print(f"{'program':<12}{'pyvm':>10}" + "".join(f"{p:>14}{'ratio':>8}" for p in pythons))
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        ours = median_time([pyvm, path], runs)
        row = f"{name[:-3]:<12}{ours * 1000:>8.0f}ms"
        for p in pythons:
            theirs = median_time([p, path], runs)
            row += f"{theirs * 1000:>12.0f}ms{ours / theirs:>7.2f}x"
        print(row)


if __name__ == "__main__":
    main()
