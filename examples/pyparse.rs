//! Debugging aid: `cargo run --example pyparse -- [-e] [-q] FILE|-c CODE ...`
//! Prints the S-expression dump of each input, or its SyntaxError as CPython renders it.
//! `-q` prints only failures and a summary (the stdlib smoke test uses it); `-e` parses
//! the input as an `eval()` expression.

use std::time::Instant;

fn main() {
    let mut quiet = false;
    let mut eval = false;
    let mut inputs: Vec<(String, String)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-q" => quiet = true,
            "-e" => eval = true,
            "-c" => {
                let code = args.next().unwrap_or_default();
                inputs.push(("<string>".into(), code));
            }
            path => match std::fs::read(path) {
                Ok(bytes) => inputs.push((path.into(), String::from_utf8_lossy(&bytes).into())),
                Err(e) => eprintln!("{path}: {e}"),
            },
        }
    }
    let (mut ok, mut failed) = (0, 0);
    let start = Instant::now();
    for (name, src) in &inputs {
        let result = if eval {
            pyvm::parser::parse_expression(src).map(|e| pyvm::parser::dump_expr(&e) + "\n")
        } else {
            pyvm::parser::parse_module(src).map(|m| pyvm::parser::dump_module(&m))
        };
        match result {
            Ok(dump) => {
                ok += 1;
                if !quiet {
                    print!("{dump}");
                }
            }
            Err(e) => {
                failed += 1;
                if quiet {
                    println!(
                        "FAIL {name}:{}:{}:{}: {}: {}",
                        e.line,
                        e.col,
                        e.end_col,
                        e.kind.name(),
                        e.msg
                    );
                } else {
                    print!("{}", e.render(name, src));
                }
            }
        }
    }
    if quiet {
        println!("{ok} parsed, {failed} failed in {:?}", start.elapsed());
    }
}
