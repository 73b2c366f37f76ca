//! Parse and compile Python files and print their disassembly (or the SyntaxError as
//! CPython prints it): `cargo run --example pydis -- FILE...`. With `-q`, print only a
//! one-line status per file (for sweeping a corpus: `ok`, or the error message).

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut quiet = false;
    let mut status = ExitCode::SUCCESS;
    for arg in std::env::args().skip(1) {
        if arg == "-q" {
            quiet = true;
            continue;
        }
        let source = match std::fs::read_to_string(&arg) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{arg}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let parsed = match pyvm::parser::parse_module(&source) {
            Ok(m) => m,
            Err(e) => {
                println!(
                    "{arg}: parse: {}: {} (line {})",
                    e.kind.name(),
                    e.msg,
                    e.line
                );
                status = ExitCode::FAILURE;
                continue;
            }
        };
        // A panic is a compiler bug: report it and go on with the next file.
        let compiled = std::panic::catch_unwind(|| pyvm::compiler::compile_module(&parsed, &arg));
        let Ok(result) = compiled else {
            println!("{arg}: PANIC");
            status = ExitCode::FAILURE;
            continue;
        };
        match (result, quiet) {
            (Ok(code), false) => print!("{}", pyvm::bytecode::dis::disassemble(&code)),
            (Ok(_), true) => println!("{arg}: ok"),
            (Err(e), false) => {
                eprint!("{}", e.render(&arg, &source));
                status = ExitCode::FAILURE;
            }
            (Err(e), true) => println!("{arg}: {}: {} (line {})", e.kind.name(), e.msg, e.line),
        }
    }
    status
}
