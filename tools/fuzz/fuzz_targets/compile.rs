//! Arbitrary bytes → source decoding, lexer, parser, compiler (`pyvm::fuzzing::compile_bytes`):
//! only `Ok` or a compile-time error may come out.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pyvm::fuzzing::compile_bytes(data);
});
