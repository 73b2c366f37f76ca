#!/bin/bash
# Runs the thread vm-tests and tools/thread_stress.py under AddressSanitizer or
# ThreadSanitizer (nightly flags through RUSTC_BOOTSTRAP on the stable toolchain).
#
#   tools/sanitize.sh address|thread
#
# The build is the dev profile at opt-level 1, so the debug assertions that every refcount
# change holds the GIL stay on. --target keeps build scripts (lalrpop) uninstrumented.
# std is not rebuilt (no rust-src needed): with thread, -Cunsafe-allow-abi-mismatch lets the
# instrumented crates link against the prebuilt std, and TSan reports a known false positive
# in std's JoinHandle/Packet drop (Arc's drop uses an atomic fence, which TSan does not
# model); the GIL and the lock objects are parking_lot atomics in instrumented code, so
# happens-before through them is seen.
set -u
san=${1:?usage: tools/sanitize.sh address|thread}
root=$(cd "$(dirname "$0")/.." && pwd)
target=$root/target-$san
flags="-Zsanitizer=$san"
[ "$san" = thread ] && flags="$flags -Cunsafe-allow-abi-mismatch=sanitizer"
RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" CARGO_PROFILE_DEV_OPT_LEVEL=1 CARGO_TARGET_DIR=$target \
    cargo build --manifest-path "$root/Cargo.toml" --target x86_64-unknown-linux-gnu --bin pyvm || exit 1
bin=$target/x86_64-unknown-linux-gnu/debug/pyvm
logs=$target/logs
mkdir -p "$logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0 report_signal_unsafe=0}
cd "$root/vm-tests"
status=0
for opt in "" "-X gc-stress"; do
    for f in thread_*.py; do
        t=${f%.py}; log=$logs/$t${opt:+-gcstress}
        $bin $opt "$f" > "$log.stdout" 2> "$log.err"
        same=$(cmp -s "$log.stdout" "$t.out" && echo same || echo DIFFERENT)
        [ "$same" = same ] || status=1
        echo "$t $opt: stdout $same, $(grep -c 'WARNING: .*Sanitizer\|ERROR: AddressSanitizer' "$log.err") reports"
    done
    $bin $opt "$root/tools/thread_stress.py" 2 > "$logs/stress.stdout" 2> "$logs/stress${opt:+-gcstress}.err" || status=1
    echo "thread_stress $opt: $(cat "$logs/stress.stdout"), $(grep -c 'WARNING: .*Sanitizer\|ERROR: AddressSanitizer' "$logs/stress${opt:+-gcstress}.err") reports"
done
echo "reports in $logs/*.err"
exit $status
