//! End-to-end tests: run every `vm-tests/NAME.py` through the pyvm binary and
//! compare what it does with what CPython 3.11 did (see `vm-tests/README.md`).
//!
//! Each script becomes one test named `NAME`. The interpreter is started with
//! the script's file name as its only argument, the working directory set to
//! the test directory and stdin closed; it is killed after [`TIMEOUT`].
//!
//! Expectations, next to the script:
//! - `NAME.out`: exact stdout (required);
//! - `NAME.status`: exit status, when it is not 0;
//! - `NAME.err`: stderr. Only compared when the file exists, and then with one
//!   normalisation, applied to expected and actual alike: the absolute path of
//!   the test directory followed by `/` is removed, so `File "/abs/vm-tests/x.py"`
//!   (what CPython >= 3.9 prints) and `File "x.py"` (what the expectation files
//!   contain) both match. Everything else, CPython 3.11's `^`/`~` error-location
//!   markers included, must match exactly.
//!
//! Environment variables:
//! - `PYVM_TEST_BIN`: interpreter to run instead of the pyvm binary built by
//!   Cargo, e.g. `PYVM_TEST_BIN=python3` to check the corpus against CPython;
//! - `PYVM_TESTS_DIR`: directory holding the scripts (default: `vm-tests/` in
//!   the package root).

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long one script may run before it is killed and the test fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// How often a running interpreter is polled for having exited.
const POLL_INTERVAL: Duration = Duration::from_millis(5);

/// At most this many diff lines are shown per stream.
const MAX_DIFF_LINES: usize = 200;

/// Diffs of line counts whose product exceeds this use a cheap fallback
/// instead of the quadratic LCS table.
const MAX_LCS_CELLS: usize = 4_000_000;

fn main() {
    let args = Arguments::from_args();
    let config = Config::from_env();
    let trials = match collect_trials(&config) {
        Ok(trials) => trials,
        Err(err) => {
            eprintln!(
                "vm_tests: cannot read test directory {}: {err}",
                config.tests_dir.display()
            );
            std::process::exit(2);
        }
    };
    libtest_mimic::run(&args, trials).exit();
}

/// Where the scripts live and which interpreter runs them.
#[derive(Clone, Debug)]
struct Config {
    tests_dir: PathBuf,
    interpreter: PathBuf,
}

impl Config {
    fn from_env() -> Self {
        let tests_dir = match std::env::var_os("PYVM_TESTS_DIR") {
            Some(dir) => absolute(Path::new(&dir)),
            None => Path::new(env!("CARGO_MANIFEST_DIR")).join("vm-tests"),
        };
        let interpreter = match std::env::var_os("PYVM_TEST_BIN") {
            // A bare command name (`python3`) is looked up in PATH; anything
            // with a separator is a path, made absolute because the child
            // runs in another working directory.
            Some(bin) if Path::new(&bin).components().count() > 1 => absolute(Path::new(&bin)),
            Some(bin) => PathBuf::from(bin),
            None => PathBuf::from(env!("CARGO_BIN_EXE_pyvm")),
        };
        Config {
            tests_dir,
            interpreter,
        }
    }
}

/// Makes `path` absolute relative to the current directory.
fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

/// One trial per `*.py` file in the test directory, sorted by name.
fn collect_trials(config: &Config) -> io::Result<Vec<Trial>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(&config.tests_dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "py") && path.is_file() {
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                names.push(stem.to_owned());
            }
        }
    }
    names.sort();
    let known = known_failures(&config.tests_dir);
    let mut trials: Vec<Trial> = names
        .iter()
        .map(|name| {
            let (config, name) = (config.clone(), name.clone());
            let ignored = known.contains(&name);
            Trial::test(name.clone(), move || run_case(&config, &name)).with_ignored_flag(ignored)
        })
        .collect();
    // The leak check runs on pyvm only (another interpreter has no `-X leakcheck`).
    if std::env::var_os("PYVM_TEST_BIN").is_none() {
        let exempt = listed(&config.tests_dir, "leak-exempt.txt");
        trials.extend(names.into_iter().map(|name| {
            let config = config.clone();
            let ignored = known.contains(&name) || exempt.contains(&name);
            Trial::test(format!("leak::{name}"), move || leak_case(&config, &name))
                .with_ignored_flag(ignored)
        }));
    }
    Ok(trials)
}

/// Runs one script under `pyvm -X leakcheck`: three runs in one interpreter must end with
/// the same number of live objects after the first (see `runner::run_leak_check`).
fn leak_case(config: &Config, name: &str) -> Result<(), Failed> {
    let script = format!("{name}.py");
    let outcome = run_with_options(config, &["-X", "leakcheck=3"], &script)?;
    let report: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.starts_with("leakcheck:"))
        .collect();
    if report.is_empty() {
        return Err(format!(
            "{script}: no leakcheck report\n{}",
            tail(&outcome.stderr, 20)
        )
        .into());
    }
    if report.iter().any(|l| l.contains("leaked")) {
        return Err(format!("{script}: {}", report.join("\n")).into());
    }
    Ok(())
}

/// Scripts listed in `known-failures.txt` (one name per line, `#` comments): features not
/// built yet. They are reported as ignored; `cargo test --test vm_tests -- --ignored` runs
/// them to measure progress. The list only ever shrinks.
fn known_failures(dir: &Path) -> Vec<String> {
    listed(dir, "known-failures.txt")
}

/// The names listed in `dir/file`, one per line, `#` starting a comment.
fn listed(dir: &Path, file: &str) -> Vec<String> {
    fs::read_to_string(dir.join(file))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// What a finished interpreter run produced.
struct Outcome {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

/// Runs one script and checks it against its expectation files.
fn run_case(config: &Config, name: &str) -> Result<(), Failed> {
    let dir = &config.tests_dir;
    let script = format!("{name}.py");

    let expected_stdout = fs::read_to_string(dir.join(format!("{name}.out"))).map_err(|err| {
        format!("{script}: cannot read {name}.out ({err}); generate it with vm-tests/regen.sh")
    })?;
    let expected_status = match fs::read_to_string(dir.join(format!("{name}.status"))) {
        Ok(text) => text
            .trim()
            .parse::<i32>()
            .map_err(|err| format!("{script}: bad {name}.status {text:?}: {err}"))?,
        Err(err) if err.kind() == io::ErrorKind::NotFound => 0,
        Err(err) => return Err(format!("{script}: cannot read {name}.status: {err}").into()),
    };
    let expected_stderr = match fs::read_to_string(dir.join(format!("{name}.err"))) {
        Ok(text) => Some(text),
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(format!("{script}: cannot read {name}.err: {err}").into()),
    };

    let outcome = run_interpreter(config, &script)?;

    let mut report = String::new();
    let actual_status = outcome.status.code();
    if actual_status != Some(expected_status) {
        let _ = writeln!(
            report,
            "exit status: expected {expected_status}, got {}",
            describe_status(&outcome.status)
        );
    }
    if outcome.stdout != expected_stdout {
        report.push_str(&unified_diff("stdout", &expected_stdout, &outcome.stdout));
    }
    if let Some(expected) = &expected_stderr {
        let (expected, actual) = normalize_stderr(expected, &outcome.stderr, dir);
        if expected != actual {
            report.push_str(&unified_diff("stderr", &expected, &actual));
        }
    }

    if report.is_empty() {
        return Ok(());
    }
    let mut message = format!(
        "{script} (run with {} in {})\n",
        config.interpreter.display(),
        dir.display()
    );
    if !report.starts_with("exit status") {
        let _ = writeln!(
            message,
            "exit status: {} (as expected)",
            describe_status(&outcome.status)
        );
    }
    message.push_str(&report);
    if expected_stderr.is_none() && !outcome.stderr.is_empty() {
        // Not compared, but usually the best clue (a panic, a traceback).
        message.push_str("stderr (not compared):\n");
        message.push_str(&tail(&outcome.stderr, 40));
    }
    Err(message.into())
}

/// Human-readable exit status: the code, or how the process was stopped.
fn describe_status(status: &ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("none ({status})"),
    }
}

/// The last `max_lines` lines of `text`, newline-terminated.
fn tail(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(max_lines);
    let mut out = String::new();
    if skip > 0 {
        let _ = writeln!(out, "    ... {skip} earlier lines ...");
    }
    for line in &lines[skip..] {
        let _ = writeln!(out, "    {line}");
    }
    out
}

/// Starts the interpreter on `script`, collects its output and waits for it,
/// killing it if it runs longer than [`TIMEOUT`].
fn run_interpreter(config: &Config, script: &str) -> Result<Outcome, Failed> {
    run_with_options(config, &[], script)
}

/// Runs `script` with interpreter options before it (`-X leakcheck`).
fn run_with_options(config: &Config, options: &[&str], script: &str) -> Result<Outcome, Failed> {
    let mut child = Command::new(&config.interpreter)
        .args(options)
        .arg(script)
        .current_dir(&config.tests_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| {
            format!(
                "{script}: cannot start interpreter {}: {err}",
                config.interpreter.display()
            )
        })?;

    // Drain both pipes on their own threads so a chatty child cannot block
    // on a full pipe while we wait for it.
    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());

    let status = wait_with_timeout(&mut child, TIMEOUT)
        .map_err(|err| format!("{script}: waiting for the interpreter failed: {err}"))?;
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();

    match status {
        Some(status) => Ok(Outcome {
            stdout,
            stderr,
            status,
        }),
        None => {
            let mut message = format!(
                "{script}: timed out after {} s and was killed\n",
                TIMEOUT.as_secs()
            );
            message.push_str("stdout so far:\n");
            message.push_str(&tail(&stdout, 20));
            message.push_str("stderr so far:\n");
            message.push_str(&tail(&stderr, 20));
            Err(message.into())
        }
    }
}

/// Reads a child's pipe to the end on a new thread, decoding it lossily.
fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Polls `child` until it exits (`Some(status)`) or `timeout` passes, in
/// which case it is killed and reaped and `None` is returned.
fn wait_with_timeout(child: &mut Child, timeout: Duration) -> io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            // The child may exit between the check and the kill; either way
            // it is reaped below.
            let _ = child.kill();
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(POLL_INTERVAL);
    }
}

/// Applies the documented stderr normalisation to both sides.
fn normalize_stderr(expected: &str, actual: &str, tests_dir: &Path) -> (String, String) {
    let mut prefixes = vec![format!("{}/", tests_dir.display())];
    if let Ok(canonical) = tests_dir.canonicalize() {
        prefixes.push(format!("{}/", canonical.display()));
    }
    let strip_paths = |text: &str| {
        prefixes.iter().fold(text.to_owned(), |acc, prefix| {
            acc.replace(prefix.as_str(), "")
        })
    };
    (strip_paths(expected), strip_paths(actual))
}

/// One line of an edit script between the expected and the actual text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edit<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// A unified-style diff (`-` expected, `+` actual) with three lines of
/// context around each change.
fn unified_diff(stream: &str, expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let edits = diff_lines(&old, &new);

    let mut out = format!("--- {stream} (expected)\n+++ {stream} (actual)\n");
    let mut shown = 0;
    for hunk in hunks(&edits, 3) {
        let (old_start, new_start) = line_numbers_before(&edits, hunk.start);
        let old_len = edits[hunk.clone()]
            .iter()
            .filter(|e| !matches!(e, Edit::Added(_)))
            .count();
        let new_len = edits[hunk.clone()]
            .iter()
            .filter(|e| !matches!(e, Edit::Removed(_)))
            .count();
        // Like GNU diff, an empty range is numbered by the line before it.
        let first = |start: usize, len: usize| if len == 0 { start } else { start + 1 };
        let _ = writeln!(
            out,
            "@@ -{},{old_len} +{},{new_len} @@",
            first(old_start, old_len),
            first(new_start, new_len)
        );
        for edit in &edits[hunk] {
            if shown == MAX_DIFF_LINES {
                let _ = writeln!(out, "... (diff truncated)");
                return out;
            }
            shown += 1;
            let (sign, line) = match edit {
                Edit::Same(line) => (' ', line),
                Edit::Removed(line) => ('-', line),
                Edit::Added(line) => ('+', line),
            };
            match line.strip_suffix('\n') {
                Some(body) => {
                    let _ = writeln!(out, "{sign}{body}");
                }
                None => {
                    let _ = writeln!(out, "{sign}{line}\n\\ No newline at end of {stream}");
                }
            }
        }
    }
    out
}

/// Counts the expected and actual lines that come before `edits[index]`.
fn line_numbers_before(edits: &[Edit], index: usize) -> (usize, usize) {
    edits[..index]
        .iter()
        .fold((0, 0), |(old, new), edit| match edit {
            Edit::Same(_) => (old + 1, new + 1),
            Edit::Removed(_) => (old + 1, new),
            Edit::Added(_) => (old, new + 1),
        })
}

/// Groups the changes in `edits` into index ranges padded with `context`
/// unchanged lines, merging ranges that touch.
fn hunks(edits: &[Edit], context: usize) -> Vec<std::ops::Range<usize>> {
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, edit) in edits.iter().enumerate() {
        if matches!(edit, Edit::Same(_)) {
            continue;
        }
        let start = i.saturating_sub(context);
        let end = (i + 1 + context).min(edits.len());
        match ranges.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => ranges.push(start..end),
        }
    }
    ranges
}

/// Line-level edit script from `old` to `new`: the common prefix and suffix
/// are matched directly, the middle with a longest-common-subsequence table
/// (or, if that would be too large, as one removal plus one addition).
fn diff_lines<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let old_mid = &old[prefix..old.len() - suffix];
    let new_mid = &new[prefix..new.len() - suffix];

    let mut edits: Vec<Edit<'a>> = old[..prefix].iter().map(|l| Edit::Same(l)).collect();
    if old_mid.len().saturating_mul(new_mid.len()) > MAX_LCS_CELLS {
        edits.extend(old_mid.iter().map(|l| Edit::Removed(l)));
        edits.extend(new_mid.iter().map(|l| Edit::Added(l)));
    } else {
        edits.extend(lcs_diff(old_mid, new_mid));
    }
    edits.extend(old[old.len() - suffix..].iter().map(|l| Edit::Same(l)));
    edits
}

/// Classic dynamic-programming LCS diff; removals are listed before
/// additions within a changed region.
fn lcs_diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j] = length of the LCS of old[i..] and new[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut edits = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            edits.push(Edit::Same(old[i]));
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            edits.push(Edit::Removed(old[i]));
            i += 1;
        } else {
            edits.push(Edit::Added(new[j]));
            j += 1;
        }
    }
    edits
}
