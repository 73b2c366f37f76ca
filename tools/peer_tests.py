#!/usr/bin/env python3
"""Run a directory of peer test scripts (e.g. MicroPython's tests/basics) under CPython and pyvm.

A case counts only if CPython exits 0 on it; it passes when pyvm's stdout and exit status
equal CPython's. Usage:

    python3 tools/peer_tests.py [--pyvm target/debug/pyvm] DIR [DIR ...]

Thread tests whose output order depends on scheduling are compared as sorted lines
(see SORTED_OUTPUT), as MicroPython's own runner does for them.
"""

import argparse
import difflib
import os
import subprocess
import sys

CPYTHON = "/usr/bin/python3.11"
TIMEOUT = 30

# Scripts whose lines are printed by several threads in a scheduling-dependent order.
SORTED_OUTPUT = {"thread_lock2.py", "thread_gc1.py", "stress_heap.py", "thread_start2.py"}


def run(cmd, path):
    """Run one script; return (stdout, exit status), with timeouts as status 'timeout'."""
    try:
        proc = subprocess.run(
            cmd + [os.path.basename(path)],
            cwd=os.path.dirname(path) or ".",
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        return (exc.stdout or b"").decode("utf-8", "replace"), "timeout"
    return proc.stdout.decode("utf-8", "replace"), proc.returncode


def diff_hint(expected, got):
    """First differing line pair, short enough for one FAIL line."""
    for line in difflib.unified_diff(expected.splitlines(), got.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        return line[:160]
    return "(output equal)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyvm", default="target/debug/pyvm")
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()
    pyvm = os.path.abspath(args.pyvm)

    total = passed = skipped = 0
    for directory in args.dirs:
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            want, want_rc = run([CPYTHON], path)
            if want_rc != 0:
                skipped += 1
                continue
            total += 1
            got, got_rc = run([pyvm], path)
            if name in SORTED_OUTPUT:
                want = "\n".join(sorted(want.splitlines()))
                got = "\n".join(sorted(got.splitlines()))
            if got == want and got_rc == want_rc:
                passed += 1
                continue
            hint = diff_hint(want, got)
            print(f"FAIL {path}: exit {got_rc} (want {want_rc}); {hint}")
            sys.stdout.flush()
    print(f"{passed}/{total} pass ({skipped} skipped: CPython does not run them cleanly)")


if __name__ == "__main__":
    main()
