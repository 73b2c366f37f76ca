//! The `pyvm` command line: `pyvm [-X OPT]... FILE [ARGS]`, `pyvm [-X OPT]... -c CODE [ARGS]`,
//! `pyvm --dis FILE`.

use std::process::ExitCode;

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
  --dis FILE print the bytecode of every code object in FILE and exit
  -h, --help print this help message and exit
  -X gc-explain
             after each collection that finds garbage, print on stderr the table the
             cycle collector built (the unreachable objects, their refcounts, gc_refs,
             the references subtracted, the verdicts); -X gc-explain=all lists every
             candidate
  -X gc-stress
             collect generation 0 after every tracked allocation (finds collector bugs)
  -X showrefcount
             print at exit the total of the live objects' reference counts and their
             number, as CPython's debug build does: [N refs, M blocks]
  -X leakcheck[=N]
             run the script N times (default 3) in one interpreter and report on stderr
             the live objects after each run; growth after the first run is a leak
             (exit status 1)
  -X gil-stats
             print at exit, per thread, how often it took the GIL, the drop requests it
             made and received, the time it held and waited for the GIL, and the switch
             rate
  -X gil-trace=OUT
             write every interval a thread held or waited for the GIL to OUT: a Chrome
             trace (open it in Perfetto or chrome://tracing), or an SVG timeline when OUT
             ends in .svg
  -X opstats
             print at exit how many times each instruction ran (specialised forms
             apart), each specialising family's hits, misses and deopts, and the
             functions that executed the most instructions
  -V, --version
             print the pyvm version and exit
Arguments:
  file       program read from script file
  arg ...    arguments passed to program in sys.argv[1:]
";

/// The interpreter runs on a thread with a large stack so deep (but legal) recursion in
/// Python code and in deallocation never reaches the end of the Rust stack.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let worker = std::thread::Builder::new()
        .name("pyvm-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(args))
        .expect("cannot start the interpreter thread");
    let status = worker.join().unwrap_or(70);
    ExitCode::from(status.clamp(0, 255) as u8)
}

fn run(mut args: Vec<String>) -> i32 {
    // `-X leakcheck[=N]`: run the script N times (default 3) and report live-object growth.
    let mut leak_runs: Option<usize> = None;
    // `-X name[=value]` / `-Xname[=value]` options come first; as CPython, pyvm ignores the
    // ones it does not know.
    while let Some(first) = args.first() {
        let opt = match first.strip_prefix("-X") {
            Some("") if args.len() > 1 => args[1].clone(),
            Some("") => {
                eprintln!("Argument expected for the -X option");
                return 2;
            }
            Some(opt) => opt.to_string(),
            None => break,
        };
        let taken = if first == "-X" { 2 } else { 1 };
        match opt.as_str() {
            "gc-explain" => pyvm::gc_explain::set_mode(pyvm::gc_explain::Mode::Garbage),
            "gc-explain=all" => pyvm::gc_explain::set_mode(pyvm::gc_explain::Mode::All),
            "leakcheck" => leak_runs = Some(3),
            "showrefcount" => pyvm::objects::core::enable_object_registry(),
            "gil-stats" => pyvm::runner::request_gil_reports(true, None),
            "opstats" => pyvm::vm::opstats::enable(),
            // A collection of generation 0 after every tracked allocation (and the older
            // generations at their usual ratios): shakes out collector bugs.
            "gc-stress" => {
                let _gil = pyvm::gil::acquire();
                pyvm::objects::core::gc::with_state(|s| s.threshold[0] = 1);
            }
            o => {
                if let Some(n) = o.strip_prefix("leakcheck=") {
                    leak_runs = n.parse().ok().or(Some(3));
                } else if let Some(out) = o.strip_prefix("gil-trace=") {
                    pyvm::runner::request_gil_reports(false, Some(out.to_string()));
                }
            }
        }
        args.drain(..taken);
    }
    match args.first().map(String::as_str) {
        None => {
            eprint!("{USAGE}");
            2
        }
        Some("-h" | "--help") => {
            print!("{USAGE}");
            0
        }
        Some("-V" | "--version") => {
            println!("pyvm {} (Python 3.11)", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("-c") => match args.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[2..].iter().cloned());
                pyvm::runner::run_main(code, "<string>", &argv)
            }
            None => {
                eprintln!("Argument expected for the -c option");
                2
            }
        },
        Some("--dis") => match args.get(1) {
            Some(path) => dis(path),
            None => {
                eprintln!("--dis expects a file name");
                2
            }
        },
        Some(path) => {
            let source = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "pyvm: can't open file '{}': [Errno {}] {}",
                        path,
                        e.raw_os_error().unwrap_or(0),
                        e
                    );
                    return 2;
                }
            };
            let filename = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.to_string());
            match leak_runs {
                Some(runs) => pyvm::runner::run_leak_check(&source, &filename, &args, runs),
                None => pyvm::runner::run_main(&source, &filename, &args),
            }
        }
    }
}

fn dis(path: &str) -> i32 {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pyvm: can't open file '{path}': {e}");
            return 2;
        }
    };
    match pyvm::runner::compile(&source, path) {
        Ok(unit) => {
            print!("{}", pyvm::bytecode::dis::disassemble(&unit));
            0
        }
        Err(report) => {
            eprint!("{report}");
            1
        }
    }
}
