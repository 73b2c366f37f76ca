#!/bin/sh
# Runs one fuzz target for SECONDS (default 1800) on one core, in libFuzzer's fork mode so
# that a crash, a time-out or an out-of-memory input is saved to artifacts/TARGET/ and the run
# goes on. The corpus starts from the vm-tests (and, for `run`, a few generator seeds: inputs
# whose first byte is 0xff make a program with pyvm::fuzzing::gen).
#   tools/fuzz/run.sh compile 1800
#   tools/fuzz/run.sh run 1800
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP=1 lets it use the stable
# toolchain.
set -eu
target=${1:?usage: tools/fuzz/run.sh compile|run [SECONDS]}
seconds=${2:-1800}
cd "$(dirname "$0")/../.."
corpus=tools/fuzz/corpus/$target
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp vm-tests/*.py "$corpus"/
    if [ "$target" = run ]; then
        for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
            { printf '\377'; head -c 400 /dev/urandom; } > "$corpus/gen$i"
        done
    fi
fi
mkdir -p tools/fuzz/artifacts/"$target"
RUSTC_BOOTSTRAP=1 exec cargo fuzz run --fuzz-dir tools/fuzz "$target" "$corpus" -- \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -timeout=10 -rss_limit_mb=4096 -max_total_time="$seconds"
