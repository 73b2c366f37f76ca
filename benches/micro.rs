//! Micro-benchmarks of the interpreter's hot paths, run in-process: instruction dispatch,
//! attribute loads and stores, method calls, global loads, float adds, dict lookups with
//! interned and non-interned str keys, instance creation and freeing, generator resumption
//! and the GIL hand-over between two threads.
//!
//! Each case is a Python module defining `bench(n)`, which does the measured operation in a
//! loop of `n` iterations. The module is compiled and run once, in a VM of its own; criterion
//! then times calls of `bench(iters)` (`iter_custom`), so one criterion iteration is one
//! trip round the loop and the times reported are per trip (the name says how many
//! operations a trip makes, `x10` for ten). Short runs: `cargo bench --bench micro -- --quick`
//! or a filter, `cargo bench --bench micro -- attr`.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use pyvm::objects::strings::str::intern;
use pyvm::objects::Value;
use pyvm::vm::{Args, Vm};

/// A module run once in a fresh VM, and its `bench` function.
struct Case {
    /// Taken (and dropped) under the GIL when the case is dropped.
    loaded: Option<(Vm, Value)>,
}

impl Case {
    fn new(name: &str, source: &str) -> Case {
        let _gil = pyvm::gil::acquire();
        let mut vm = Vm::new();
        let filename = format!("<bench {name}>");
        let unit = pyvm::runner::compile(source, &filename).unwrap_or_else(|e| panic!("{e}"));
        if let Err(e) = pyvm::runner::run_module(&mut vm, unit, &filename) {
            panic!("{}", vm.format_exception(e.exc()));
        }
        let main = vm.sys_module("__main__").expect("__main__");
        let bench = match vm.getattr(&main, &intern("bench")) {
            Ok(f) => f,
            Err(e) => panic!("{}", vm.format_exception(e.exc())),
        };
        Case {
            loaded: Some((vm, bench)),
        }
    }

    /// Times `bench(iters)`. The GIL is held only during the call, so that threads the
    /// case started can finish between calls.
    fn run(&mut self, iters: u64) -> Duration {
        let _gil = pyvm::gil::acquire();
        let (vm, bench) = self.loaded.as_mut().expect("a loaded case");
        let n = [Value::Int(iters as i64)];
        let start = Instant::now();
        let result = vm.call(bench, Args::positional(&n));
        let elapsed = start.elapsed();
        if let Err(e) = result {
            panic!("{}", vm.format_exception(e.exc()));
        }
        elapsed
    }
}

impl Drop for Case {
    fn drop(&mut self) {
        // Objects may only be freed under the GIL.
        let _gil = pyvm::gil::acquire();
        self.loaded = None;
    }
}

/// (name, source defining `bench(n)`)
const CASES: &[(&str, &str)] = &[
    (
        "dispatch/for_range",
        "def bench(n):
    for i in range(n):
        pass
",
    ),
    (
        "dispatch/while",
        "def bench(n):
    i = 0
    while i < n:
        i += 1
",
    ),
    (
        "attr/load_x10",
        "class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5

def bench(n):
    o = P()
    for _ in range(n):
        v = o.a; v = o.b; v = o.c; v = o.d; v = o.e
        v = o.a; v = o.b; v = o.c; v = o.d; v = o.e
",
    ),
    (
        "attr/store_x10",
        "class P:
    def __init__(self):
        self.a = self.b = self.c = self.d = self.e = 0

def bench(n):
    o = P()
    for i in range(n):
        o.a = i; o.b = i; o.c = i; o.d = i; o.e = i
        o.a = i; o.b = i; o.c = i; o.d = i; o.e = i
",
    ),
    (
        "call/method_x10",
        "class P:
    def __init__(self):
        self.v = 1
    def get(self):
        return self.v

def bench(n):
    o = P()
    for _ in range(n):
        o.get(); o.get(); o.get(); o.get(); o.get()
        o.get(); o.get(); o.get(); o.get(); o.get()
",
    ),
    (
        "global/load_x10",
        "G = 1
H = 2

def bench(n):
    for _ in range(n):
        v = G; v = H; v = G; v = H; v = G
        v = H; v = G; v = H; v = G; v = H
",
    ),
    (
        "float/add_x10",
        "def bench(n):
    x = 0.0
    d = 0.5
    for _ in range(n):
        x = x + d; x = x + d; x = x + d; x = x + d; x = x + d
        x = x + d; x = x + d; x = x + d; x = x + d; x = x + d
    return x
",
    ),
    (
        "dict/get_interned_x10",
        "KEYS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']

def bench(n):
    d = {k: i for i, k in enumerate(KEYS)}
    for _ in range(n):
        v = d['alpha']; v = d['beta']; v = d['gamma']; v = d['delta']; v = d['epsilon']
        v = d['zeta']; v = d['eta']; v = d['theta']; v = d['alpha']; v = d['beta']
",
    ),
    (
        // The keys looked up are equal to the dict's but are other str objects (built at run
        // time, so not interned): each probe compares text, not identity.
        "dict/get_computed_x10",
        "KEYS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']

def bench(n):
    d = {k: i for i, k in enumerate(KEYS)}
    a, b, c, e, f, g, h, t = [''.join(list(k)) for k in KEYS]
    assert a == 'alpha' and a is not KEYS[0]
    for _ in range(n):
        v = d[a]; v = d[b]; v = d[c]; v = d[e]; v = d[f]
        v = d[g]; v = d[h]; v = d[t]; v = d[a]; v = d[b]
",
    ),
    (
        "instance/create_free",
        "class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def bench(n):
    for i in range(n):
        P(i, 1)
",
    ),
    (
        "generator/resume",
        "def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def bench(n):
    for _ in numbers(n):
        pass
",
    ),
    (
        // One iteration: the main thread hands a token to the worker and waits for it to come
        // back, through two locks; each hand-over blocks one thread and wakes the other,
        // which must take the GIL.
        "gil/ping_pong",
        "import threading

def bench(n):
    ping = threading.Lock()
    pong = threading.Lock()
    ping.acquire()
    pong.acquire()

    def worker():
        for _ in range(n):
            ping.acquire()
            pong.release()

    t = threading.Thread(target=worker)
    t.start()
    for _ in range(n):
        ping.release()
        pong.acquire()
    t.join()
",
    ),
];

fn micro(c: &mut Criterion) {
    let mut group = c.benchmark_group("micro");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for &(name, source) in CASES {
        let mut case = Case::new(name, source);
        group.bench_function(name, |b| b.iter_custom(|iters| case.run(iters)));
    }
    group.finish();
}

criterion_group!(benches, micro);
criterion_main!(benches);
