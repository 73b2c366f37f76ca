//! Whole programs run in-process, a fresh interpreter each time: a recursive-call program
//! (`benches/py/fib.py`) and tight loops (`benches/py/loop.py`). The hot paths one by one
//! are in `benches/micro.rs`; `benches/compare.py` runs every program in `benches/py/`
//! under `pyvm` and CPython side by side.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

fn program(name: &str) -> String {
    let path = format!("{}/benches/py/{name}.py", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("bench program")
}

fn bench_programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("interp");
    // Each run takes about half a second: one run per sample, few samples.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for name in ["fib", "loop"] {
        let source = program(name);
        group.bench_function(name, |b| {
            b.iter(|| {
                let status = pyvm::runner::run_main(&source, name, &[]);
                assert_eq!(status, 0);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_programs);
criterion_main!(benches);
