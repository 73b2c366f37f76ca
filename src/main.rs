//! The `pyvm` command line, parsed as CPython's: `pyvm [option] ... [-c cmd | -m mod | file |
//! -] [arg] ...`. Short options combine (`-ui`, `-Wdefault`, `-cprint(1)`); `-c` and `-m`
//! end the options, and so do the script name and `--`. With no program, the script is read
//! from stdin, or the prompt starts when stdin is a terminal (or with `-i`). pyvm's own
//! options: `--dis FILE` and its `-X` options (see [`USAGE`]).

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use pyvm::runner::{Config, Program};

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance) and comparing bytes with str (-bb: errors)
-B     : don't write .pyc files on import (pyvm never does); also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : accepted (CPython's parser debugging output)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : accepted (sys.flags.optimize; -OO: 2)
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : accepted (sys.flags.verbose)
-V     : print the pyvm version and exit (also --version)
-W arg : warning control, recorded in sys.warnoptions; also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : pyvm's options (others are accepted and ignored):
         -X gc-explain: after each collection that finds garbage, print on stderr the
            table the cycle collector built (the unreachable objects, their refcounts,
            gc_refs, the references subtracted, the verdicts); -X gc-explain=all lists
            every candidate
         -X gc-stress: collect generation 0 after every tracked allocation
         -X showrefcount: print at exit the total of the live objects' reference counts
            and their number, as CPython's debug build does: [N refs, M blocks]
         -X leakcheck[=N]: run the script N times (default 3) in one interpreter and
            report on stderr the live objects after each run; growth after the first run
            is a leak (exit status 1)
         -X gil-stats: print at exit, per thread, how often it took the GIL, the drop
            requests it made and received, the time it held and waited for the GIL, and
            the switch rate
         -X gil-trace=OUT: write every interval a thread held or waited for the GIL to
            OUT: a Chrome trace, or an SVG timeline when OUT ends in .svg
         -X opstats: print at exit how many times each instruction ran (specialised
            forms apart), each specialising family's hits, misses and deopts, and the
            functions that executed the most instructions
         -X trace-exec: before each instruction runs, print on stderr the running code's
            name, the instruction as --dis shows it (specialised forms under their own
            names) and the top three entries of its value stack, indented by call depth
--dis FILE : print the bytecode of every code object in FILE and exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH : ':'-separated list of directories prefixed to the module search path
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
    ExitCode::from((status & 0xff) as u8)
}

/// What the options asked for.
#[derive(Default)]
struct Options {
    config: Config,
    command: Option<String>,
    module: Option<String>,
    dis: Option<String>,
    unbuffered: bool,
    skip_first_line: bool,
    leak_runs: Option<usize>,
    /// `-h`, `-V` and the errors: print this and exit with the status.
    exit: Option<(String, bool, i32)>,
}

/// The message and status of a command-line error, as CPython's.
fn usage_error(message: &str) -> Option<(String, bool, i32)> {
    let usage = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
                 Try `pyvm -h' for more information.\n";
    Some((format!("{message}\n{usage}"), true, 2))
}

/// Parses the options; returns them and the rest of the arguments (the script and its
/// arguments, or the arguments of `-c`/`-m`).
fn parse(args: &[String]) -> (Options, Vec<String>) {
    let mut o = Options::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" => o.exit = Some((USAGE.to_string(), false, 0)),
                "version" => o.exit = Some((version(), false, 0)),
                "dis" | "check-hash-based-pycs" => match args.get(i) {
                    Some(v) => {
                        if long == "dis" {
                            o.dis = Some(v.clone());
                        }
                        i += 1;
                    }
                    None => {
                        o.exit = usage_error(&format!("Argument expected for the --{long} option"))
                    }
                },
                _ => o.exit = usage_error(&format!("unknown option {arg}")),
            }
            if o.exit.is_some() || o.dis.is_some() {
                return (o, Vec::new());
            }
            continue;
        }
        let Some(flags) = arg.strip_prefix('-').filter(|f| !f.is_empty()) else {
            // The script (or `-`): the options end.
            i -= 1;
            break;
        };
        for (at, c) in flags.char_indices() {
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                // The option's argument: the rest of this word, or the next one.
                let attached = &flags[at + 1..];
                let value = if !attached.is_empty() {
                    attached.to_string()
                } else if let Some(next) = args.get(i) {
                    i += 1;
                    next.clone()
                } else {
                    o.exit = usage_error(&format!("Argument expected for the -{c} option"));
                    return (o, Vec::new());
                };
                match c {
                    'c' => o.command = Some(value),
                    'm' => o.module = Some(value),
                    'W' => o.config.warnoptions.push(value),
                    _ => x_option(&mut o, &value),
                }
                if matches!(c, 'c' | 'm') {
                    return (o, args[i..].to_vec());
                }
                break;
            }
            let config = &mut o.config;
            match c {
                'b' => config.bytes_warning = config.bytes_warning.saturating_add(1),
                'B' => config.dont_write_bytecode = true,
                'd' => {}
                'E' => config.ignore_environment = true,
                'h' | '?' => o.exit = Some((USAGE.to_string(), false, 0)),
                'i' => config.inspect = true,
                'I' => {
                    config.isolated = true;
                    config.ignore_environment = true;
                    config.no_user_site = true;
                    config.safe_path = true;
                }
                'O' => config.optimize = config.optimize.saturating_add(1),
                'P' => config.safe_path = true,
                'q' => config.quiet = true,
                's' => config.no_user_site = true,
                'S' => config.no_site = true,
                'u' => o.unbuffered = true,
                'v' => config.verbose = config.verbose.saturating_add(1),
                'V' => o.exit = Some((version(), false, 0)),
                'x' => o.skip_first_line = true,
                _ => {
                    o.exit = usage_error(&format!("Unknown option: -{c}"));
                    return (o, Vec::new());
                }
            }
        }
        if o.exit.is_some() {
            return (o, Vec::new());
        }
    }
    (o, args[i.min(args.len())..].to_vec())
}

fn version() -> String {
    format!("pyvm {} (Python 3.11)\n", env!("CARGO_PKG_VERSION"))
}

/// `-X name[=value]`: pyvm's own; as CPython, others are accepted and ignored.
fn x_option(o: &mut Options, opt: &str) {
    match opt {
        "gc-explain" => pyvm::gc::explain::set_mode(pyvm::gc::explain::Mode::Garbage),
        "gc-explain=all" => pyvm::gc::explain::set_mode(pyvm::gc::explain::Mode::All),
        "leakcheck" => o.leak_runs = Some(3),
        "showrefcount" => {
            let _gil = pyvm::gil::acquire();
            pyvm::objects::core::enable_object_registry();
        }
        "gil-stats" => pyvm::runner::request_gil_reports(true, None),
        "opstats" => pyvm::vm::opstats::enable(),
        "trace-exec" => pyvm::vm::trace::request(),
        // A collection of generation 0 after every tracked allocation (and the older
        // generations at their usual ratios): shakes out collector bugs.
        "gc-stress" => {
            let _gil = pyvm::gil::acquire();
            pyvm::objects::core::gc::with_state(|s| s.threshold[0] = 1);
        }
        o2 => {
            if let Some(n) = o2.strip_prefix("leakcheck=") {
                o.leak_runs = n.parse().ok().or(Some(3));
            } else if let Some(out) = o2.strip_prefix("gil-trace=") {
                pyvm::runner::request_gil_reports(false, Some(out.to_string()));
            }
        }
    }
}

/// The `PYTHON*` environment variables CPython reads at start-up (PYTHONPATH is read when
/// `sys.path` is made).
fn read_environment(o: &mut Options) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    o.unbuffered |= set("PYTHONUNBUFFERED");
    o.config.dont_write_bytecode |= set("PYTHONDONTWRITEBYTECODE");
    o.config.inspect |= set("PYTHONINSPECT");
    o.config.safe_path |= set("PYTHONSAFEPATH");
    if let Ok(w) = std::env::var("PYTHONWARNINGS") {
        let from_env = w.split(',').map(str::trim).filter(|s| !s.is_empty());
        let mut all: Vec<String> = from_env.map(String::from).collect();
        all.append(&mut o.config.warnoptions);
        o.config.warnoptions = all;
    }
}

fn run(args: Vec<String>) -> i32 {
    let (mut o, rest) = parse(&args);
    if let Some((text, to_stderr, status)) = o.exit.take() {
        if to_stderr {
            eprint!("{text}");
        } else {
            print!("{text}");
        }
        return status;
    }
    if let Some(path) = &o.dis {
        return dis(path);
    }
    if !o.config.ignore_environment {
        read_environment(&mut o);
    }
    pyvm::vm::interp::set_unbuffered(o.unbuffered);
    let config = o.config.clone();
    if let Some(code) = o.command.take() {
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest);
        let program = Program::Source {
            source: code,
            filename: "<string>".into(),
        };
        return pyvm::runner::run(program, &argv, &config);
    }
    if let Some(module) = o.module.take() {
        let mut argv = vec!["-m".to_string()];
        argv.extend(rest);
        return pyvm::runner::run(Program::Module(module), &argv, &config);
    }
    match rest.first().map(String::as_str) {
        Some(path) if path != "-" => run_file(&o, path, &rest),
        given => {
            let argv0 = if given.is_some() { "-" } else { "" };
            let mut argv = vec![argv0.to_string()];
            argv.extend(rest.iter().skip(1).cloned());
            if config.inspect || std::io::stdin().is_terminal() {
                return pyvm::runner::run(Program::Prompt, &argv, &config);
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                eprintln!("pyvm: can't read <stdin>: {}", os_message(&e));
                return 2;
            }
            run_bytes(&o, bytes, "<stdin>", &argv)
        }
    }
}

/// `pyvm FILE ARGS`: a file, or a directory with a `__main__.py`.
fn run_file(o: &Options, path: &str, argv: &[String]) -> i32 {
    let abs = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    let file = if std::path::Path::new(path).is_dir() {
        let main = std::path::Path::new(&abs).join("__main__.py");
        if !main.is_file() {
            eprintln!("pyvm: can't find '__main__' module in '{}'", path);
            return 1;
        }
        main.display().to_string()
    } else {
        abs.clone()
    };
    match std::fs::read(&file) {
        Ok(bytes) => run_bytes(o, bytes, &file, argv),
        Err(e) => {
            eprintln!(
                "pyvm: can't open file '{abs}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(0),
                os_message(&e)
            );
            2
        }
    }
}

/// Runs program text read from `filename` (or `<stdin>`).
fn run_bytes(o: &Options, mut bytes: Vec<u8>, filename: &str, argv: &[String]) -> i32 {
    if o.skip_first_line {
        // (the line's newline stays, so line numbers still count it, as CPython's do)
        let end = bytes
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(bytes.len());
        bytes.drain(..end);
    }
    let source = match pyvm::source::decode(&bytes, filename) {
        Ok(text) => text,
        Err(report) => {
            eprint!("{report}");
            return 1;
        }
    };
    match o.leak_runs {
        Some(runs) => pyvm::runner::run_leak_check(&source, filename, argv, runs),
        None => {
            let program = Program::Source {
                source,
                filename: filename.to_string(),
            };
            pyvm::runner::run(program, argv, &o.config)
        }
    }
}

/// The C library's text for an I/O error, without Rust's " (os error N)".
fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
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
