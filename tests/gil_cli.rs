//! Threads and the GIL seen from outside: the report of an exception in a `_thread` thread,
//! `-X gil-stats`, `-X gil-trace` (Chrome trace and SVG) and the `gilstats` module.

mod common;

use common::{pyvm, without_addresses};

/// Two CPU-bound threads (named by `threading`) and a short switch interval: the GIL changes
/// hands many times.
const TWO_SPINNERS: &str = "
import sys, threading
sys.setswitchinterval(0.0005)
def spin():
    x = 0
    for i in range(2000000):
        x += i
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
";

#[test]
fn exception_in_a_raw_thread_is_reported_as_cpython_does() {
    let (out, err, status) = pyvm(&[
        "-c",
        "import _thread, time\n\
         def fails():\n    raise KeyError('k')\n\
         _thread.start_new_thread(fails, ())\n\
         time.sleep(0.3)\nprint('main goes on')",
    ]);
    assert_eq!(out, "main goes on\n");
    assert_eq!(
        without_addresses(&err),
        "Exception ignored in thread started by: <function fails at 0xADDR>\n\
         Traceback (most recent call last):\n  File \"<string>\", line 3, in fails\n\
         KeyError: 'k'\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn gilstats_snapshot_counts_hand_overs() {
    let script = format!(
        "{TWO_SPINNERS}
import gilstats
s = gilstats.snapshot()
print(sorted(s))
print(s['switch_interval'], s['switches'] > 5, s['drop_requests'] > 5, s['handovers'] > 5)
print(0 < s['handover_mean'] <= s['handover_max'] < 1)
names = [t['name'] for t in s['threads']]
print(names)
t1 = s['threads'][1]
print(sorted(t1))
print(t1['alive'], t1['acquisitions'] > 2, t1['requests_made'] > 0, t1['requests_received'] > 0)
held = sum(t['hold_time'] for t in s['threads'])
print(0 < held <= s['elapsed'], s['threads'][0]['alive'])
print(gilstats.report().startswith('pyvm GIL statistics: 3 threads'))
"
    );
    let (out, err, status) = pyvm(&["-c", &script]);
    assert_eq!(err, "");
    assert_eq!(
        out,
        "['drop_requests', 'elapsed', 'handover_max', 'handover_mean', 'handovers', \
         'switch_interval', 'switches', 'threads']\n\
         0.0005 True True True\nTrue\n\
         ['MainThread', 'Thread-1 (spin)', 'Thread-2 (spin)']\n\
         ['acquisitions', 'alive', 'hold_time', 'ident', 'longest_wait', 'name', \
         'requests_made', 'requests_received', 'wait_time']\n\
         False True True True\n\
         True True\nTrue\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn gil_stats_prints_a_row_per_thread_at_exit() {
    let (out, err, status) = pyvm(&["-X", "gil-stats", "-c", TWO_SPINNERS]);
    assert_eq!((out.as_str(), status), ("", 0));
    assert!(err.starts_with("pyvm GIL statistics: 3 threads"), "{err}");
    for needle in [
        "MainThread",
        "Thread-1 (spin)",
        "Thread-2 (spin)",
        "switch interval",
        "request → hand-over       mean",
    ] {
        assert!(err.contains(needle), "{needle} missing from:\n{err}");
    }
}

#[test]
fn gil_trace_writes_chrome_json_and_svg() {
    let dir = std::env::temp_dir().join(format!("pyvm-gil-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = dir.join("t.json");
    let svg = dir.join("t.svg");
    for path in [&json, &svg] {
        let opt = format!("gil-trace={}", path.display());
        let (_, err, status) = pyvm(&["-X", &opt, "-c", TWO_SPINNERS]);
        assert_eq!((err.as_str(), status), ("", 0));
    }
    let trace = std::fs::read_to_string(&json).unwrap();
    assert!(trace.starts_with("{\"traceEvents\":["), "{trace:.200}");
    assert!(trace.trim_end().ends_with('}'));
    for needle in [
        "\"holds GIL\"",
        "\"waits for GIL\"",
        "\"drop request\"",
        "Thread-2 (spin)",
    ] {
        assert!(trace.contains(needle), "{needle} missing from the trace");
    }
    let picture = std::fs::read_to_string(&svg).unwrap();
    assert!(picture.contains("<svg") && picture.trim_end().ends_with("</svg>"));
    assert!(picture.contains("Thread-1 (spin)"));
    std::fs::remove_dir_all(&dir).unwrap();
}
