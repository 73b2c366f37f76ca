#!/usr/bin/env bash
# Regenerate the expected-output files of the pyvm end-to-end tests from
# CPython (the reference implementation).
#
# Usage (from anywhere):
#   vm-tests/regen.sh                 # regenerate every vm-tests/*.py
#   vm-tests/regen.sh str_methods     # regenerate only the named scripts
#   vm-tests/regen.sh foo.py bar      # names may carry the .py suffix
#   vm-tests/regen.sh --check [NAMES] # also re-run each script under two
#                                     # other PYTHONHASHSEED values and fail
#                                     # if stdout/stderr/status differ
#
# For each script NAME.py this writes, exactly as the harness expects:
#   NAME.out     stdout (always written, may be empty)
#   NAME.status  exit status, only when it is not 0 (removed otherwise)
#   NAME.err     stderr, only when it is not empty (removed otherwise)
#
# Scripts are run from inside vm-tests/ with a relative path and no stdin,
# the same way the harness runs pyvm, so file names in tracebacks and
# sys.argv match. Override the interpreter with PYTHON=/path/to/python3.11.
set -u

cd "$(dirname "$0")" || exit 2
PYTHON=${PYTHON:-python3}
# Importing the helper modules under modlib/ must not leave __pycache__ directories behind.
export PYTHONDONTWRITEBYTECODE=1

version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
    echo "regen.sh: warning: $PYTHON is Python $version, expected 3.11" >&2
fi

check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi

if [ $# -eq 0 ]; then
    set -- *.py
fi

# run_one NAME SEED OUTPREFIX: run NAME.py with the given hash seed, writing
# OUTPREFIX.out / OUTPREFIX.err.tmp and echoing the exit status.
#
# CPython >= 3.9 makes the script path absolute, so tracebacks say
# `File "/abs/path/vm-tests/NAME.py"`. That path is machine-specific, so it is
# rewritten to the relative `File "NAME.py"` (the harness applies the same
# rewrite to the actual stderr before comparing).
run_one() {
    PYTHONHASHSEED=$2 "$PYTHON" "$1.py" >"$3.out" 2>"$3.err.tmp" </dev/null
    local status=$?
    "$PYTHON" - "$3.err.tmp" "$PWD/" "$(pwd -P)/" <<'PY'
import sys
path, *prefixes = sys.argv[1:]
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
for prefix in prefixes:
    text = text.replace(prefix, "")
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(text)
PY
    echo $status
}

failed=0
for arg in "$@"; do
    name=${arg%.py}
    name=${name##*/}
    if [ ! -f "$name.py" ]; then
        echo "regen.sh: no such script: $name.py" >&2
        failed=1
        continue
    fi

    status=$(run_one "$name" 0 "$name")
    if [ "$status" != 0 ]; then
        echo "$status" >"$name.status"
    else
        rm -f "$name.status"
    fi
    if [ -s "$name.err.tmp" ]; then
        mv "$name.err.tmp" "$name.err"
    else
        rm -f "$name.err.tmp" "$name.err"
    fi

    if [ $check -eq 1 ]; then
        tmp=$(mktemp -d)
        expected_err=/dev/null
        [ -f "$name.err" ] && expected_err=$name.err
        for seed in 1 12345; do
            s2=$(run_one "$name" "$seed" "$tmp/$name")
            if [ "$s2" != "$status" ] ||
                ! cmp -s "$tmp/$name.out" "$name.out" ||
                ! cmp -s "$tmp/$name.err.tmp" "$expected_err"; then
                echo "regen.sh: $name is NOT deterministic (PYTHONHASHSEED=$seed)" >&2
                failed=1
            fi
        done
        rm -rf "$tmp"
    fi
    echo "$name: status $status"
done
exit $failed
