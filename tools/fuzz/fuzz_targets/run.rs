//! Generated (first byte 0xff) or mutated programs run by the VM under an instruction budget
//! in a fresh, sandboxed interpreter (`pyvm::fuzzing::run_bytes`): they must end normally or
//! in a Python exception.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The interpreter runs on a thread with a large stack, as in `pyvm` itself.
    let data = data.to_vec();
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            pyvm::fuzzing::run_bytes(&data);
        })
        .expect("a thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
});
