//! Interpreter-loop benchmarks, run in-process: a recursive-call program and a tight loop.
//! `benches/compare.py` runs the same programs under `pyvm` and `python3` side by side.

use criterion::{criterion_group, criterion_main, Criterion};

fn program(name: &str) -> String {
    let path = format!("{}/benches/py/{name}.py", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("bench program")
}

fn bench_programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("interp");
    group.sample_size(10);
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
