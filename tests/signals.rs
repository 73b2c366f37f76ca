//! Process-level tests of signals: each spawns the pyvm binary on a script with piped stdio,
//! waits for it to print "ready", sends a real signal with `kill(2)` and checks stdout,
//! stderr's traceback and how the process ended (killed by SIGINT for an uncaught
//! KeyboardInterrupt, as CPython is). `PYVM_TEST_BIN=python3` runs them against CPython.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a child may take to print "ready" and then to end after the signal.
const TIMEOUT: Duration = Duration::from_secs(20);

struct Run {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
    stderr: std::thread::JoinHandle<String>,
    /// What stdout gave up to "ready" (included).
    head: String,
}

fn interpreter() -> String {
    std::env::var("PYVM_TEST_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_pyvm").to_string())
}

/// Writes `source` to a file named after the test and starts the interpreter on it; returns
/// once it printed "ready".
fn start(name: &str, source: &str) -> (Run, String) {
    let dir = std::env::temp_dir().join(format!("pyvm-signals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).unwrap();
    let mut cmd = Command::new(interpreter());
    cmd.arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec only `signal(2)`, which is async-signal-safe, runs: the
    // child gets SIGINT's default action even when this test runs with SIGINT ignored (a
    // background job), since an interpreter that starts with SIGINT ignored keeps ignoring it.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("cannot start the interpreter");
    let stdin = child.stdin.take();
    let out = child.stdout.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(out);
        loop {
            let mut line = String::new();
            match r.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            }
        }
    });
    let mut err = child.stderr.take().unwrap();
    let stderr = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let mut run = Run {
        child,
        stdin,
        lines,
        stderr,
        head: String::new(),
    };
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match run.lines.recv_timeout(left) {
            Ok(line) => {
                run.head.push_str(&line);
                if line == "ready\n" {
                    break;
                }
            }
            Err(_) => {
                let _ = run.child.kill();
                let (status, out, err) = run.finish();
                panic!("{name}: no \"ready\" ({status:?})\nstdout:\n{out}\nstderr:\n{err}");
            }
        }
    }
    (run, path.display().to_string())
}

impl Run {
    fn signal(&self, sig: i32) {
        // (a moment for the child to reach the wait the test is about)
        std::thread::sleep(Duration::from_millis(200));
        // SAFETY: `kill` with the pid of our own child, which has not been waited for.
        let r = unsafe { libc::kill(self.child.id() as libc::pid_t, sig) };
        assert_eq!(r, 0, "kill failed");
    }

    /// Waits for the child to end (killing it after the timeout); its status, all of its
    /// stdout and its stderr.
    fn finish(mut self) -> (ExitStatus, String, String) {
        // (stdin stays open until the child ended: its end must not race with the signal)
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let s = self.child.wait().unwrap();
                eprintln!("the child did not end in time: killed");
                break s;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        drop(self.stdin.take());
        let mut out = self.head;
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            out.push_str(&line);
        }
        let err = self.stderr.join().unwrap();
        (status, out, err)
    }
}

/// The status of a process killed by SIGINT, as a shell sees it: 130.
fn assert_killed_by_sigint(status: ExitStatus, err: &str) {
    assert_eq!(
        status.signal(),
        Some(libc::SIGINT),
        "not killed by SIGINT: {status:?}\nstderr:\n{err}"
    );
}

fn traceback(path: &str, frames: &[(u32, &str, &str)], last: &str) -> String {
    let mut s = String::from("Traceback (most recent call last):\n");
    for (line, func, text) in frames {
        s.push_str(&format!(
            "  File \"{path}\", line {line}, in {func}\n    {text}\n"
        ));
    }
    s.push_str(last);
    s.push('\n');
    s
}

#[test]
fn uncaught_in_a_loop_kills_with_sigint_after_finally_and_flushing() {
    let (run, path) = start(
        "loop",
        "print('buffered, not flushed')\n\
         try:\n\
         \x20   n = 0\n\
         \x20   print('ready', flush=True)\n\
         \x20   while True:\n\
         \x20       n += 1\n\
         finally:\n\
         \x20   print('finally ran')\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_killed_by_sigint(status, &err);
    assert_eq!(out, "buffered, not flushed\nready\nfinally ran\n");
    assert_eq!(
        err,
        traceback(
            &path,
            &[(5, "<module>", "while True:")],
            "KeyboardInterrupt"
        )
    );
}

#[test]
fn caught_in_time_sleep() {
    let (run, _) = start(
        "sleep",
        "import time\n\
         t0 = time.monotonic()\n\
         try:\n\
         \x20   print('ready', flush=True)\n\
         \x20   time.sleep(60)\n\
         except KeyboardInterrupt as e:\n\
         \x20   print('caught', repr(e), time.monotonic() - t0 < 30)\n\
         print('after')\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_eq!(status.code(), Some(0), "stderr:\n{err}");
    assert_eq!(out, "ready\ncaught KeyboardInterrupt() True\nafter\n");
    assert_eq!(err, "");
}

#[test]
fn uncaught_in_a_lock_wait() {
    let (run, path) = start(
        "lock",
        "import threading\n\
         lock = threading.Lock()\n\
         lock.acquire()\n\
         def wait():\n\
         \x20   try:\n\
         \x20       print('ready', flush=True)\n\
         \x20       lock.acquire(timeout=60)\n\
         \x20   finally:\n\
         \x20       print('finally ran')\n\
         wait()\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_killed_by_sigint(status, &err);
    assert_eq!(out, "ready\nfinally ran\n");
    assert_eq!(
        err,
        traceback(
            &path,
            &[
                (10, "<module>", "wait()"),
                (7, "wait", "lock.acquire(timeout=60)")
            ],
            "KeyboardInterrupt"
        )
    );
}

#[test]
fn uncaught_in_join_of_a_daemon_thread() {
    let (run, path) = start(
        "join",
        "import threading, time\n\
         t = threading.Thread(target=time.sleep, args=(60,), daemon=True)\n\
         t.start()\n\
         print('ready', flush=True)\n\
         t.join()\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_killed_by_sigint(status, &err);
    assert_eq!(out, "ready\n");
    let head = traceback(&path, &[(5, "<module>", "t.join()")], "");
    assert!(err.starts_with(head.trim_end()), "stderr:\n{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "stderr:\n{err}");
}

#[test]
fn caught_in_input() {
    let (mut run, _) = start(
        "input",
        "try:\n\
         \x20   print('ready', flush=True)\n\
         \x20   line = input()\n\
         except KeyboardInterrupt:\n\
         \x20   print('caught KeyboardInterrupt')\n\
         print('next line:', input())\n",
    );
    run.signal(libc::SIGINT);
    // (once the first read was interrupted, a line for the second)
    std::thread::sleep(Duration::from_millis(300));
    let stdin = run.stdin.as_mut().unwrap();
    stdin.write_all(b"hello\n").unwrap();
    stdin.flush().unwrap();
    let (status, out, err) = run.finish();
    assert_eq!(status.code(), Some(0), "stderr:\n{err}");
    assert_eq!(out, "ready\ncaught KeyboardInterrupt\nnext line: hello\n");
}

#[test]
fn uncaught_in_input() {
    let (run, path) = start(
        "input_uncaught",
        "print('ready', flush=True)\n\
         name = input('prompt> ')\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_killed_by_sigint(status, &err);
    assert_eq!(out, "ready\nprompt> ");
    // (CPython may also show a frame of its own decoding, as the signal comes)
    let head = traceback(
        &path,
        &[(
            2,
            "<module>",
            "name = input('prompt> ')\n           ^^^^^^^^^^^^^^^^^",
        )],
        "",
    );
    assert!(err.starts_with(head.trim_end()), "stderr:\n{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "stderr:\n{err}");
}

#[test]
fn a_python_handler_runs_in_the_main_thread_and_the_program_goes_on() {
    let (run, _) = start(
        "handler",
        "import signal, threading, time\n\
         got = []\n\
         def handler(signum, frame):\n\
         \x20   got.append((signum, threading.current_thread().name, frame is not None))\n\
         signal.signal(signal.SIGINT, handler)\n\
         signal.signal(signal.SIGTERM, handler)\n\
         print('ready', flush=True)\n\
         while len(got) < 2:\n\
         \x20   time.sleep(0.01)\n\
         print(sorted(got))\n",
    );
    run.signal(libc::SIGINT);
    run.signal(libc::SIGTERM);
    let (status, out, err) = run.finish();
    assert_eq!(status.code(), Some(0), "stderr:\n{err}");
    assert_eq!(
        out,
        "ready\n[(2, 'MainThread', True), (15, 'MainThread', True)]\n"
    );
}

#[test]
fn the_main_thread_is_interrupted_while_another_thread_holds_the_gil() {
    let (run, _) = start(
        "busy_thread",
        "import threading\n\
         stop = False\n\
         def spin():\n\
         \x20   while not stop:\n\
         \x20       pass\n\
         t = threading.Thread(target=spin)\n\
         t.start()\n\
         try:\n\
         \x20   print('ready', flush=True)\n\
         \x20   while True:\n\
         \x20       pass\n\
         except KeyboardInterrupt:\n\
         \x20   print('main caught it')\n\
         stop = True\n\
         t.join()\n",
    );
    run.signal(libc::SIGINT);
    let (status, out, err) = run.finish();
    assert_eq!(status.code(), Some(0), "stderr:\n{err}");
    assert_eq!(out, "ready\nmain caught it\n");
}

#[test]
fn sigint_ignored_and_sigterm_handler_exiting() {
    let (run, _) = start(
        "ignored",
        "import signal, sys, time\n\
         signal.signal(signal.SIGINT, signal.SIG_IGN)\n\
         signal.signal(signal.SIGTERM, lambda s, f: sys.exit(3))\n\
         try:\n\
         \x20   print('ready', flush=True)\n\
         \x20   while True:\n\
         \x20       time.sleep(0.05)\n\
         finally:\n\
         \x20   print('finally ran')\n",
    );
    run.signal(libc::SIGINT);
    run.signal(libc::SIGTERM);
    let (status, out, err) = run.finish();
    assert_eq!(status.code(), Some(3), "stderr:\n{err}");
    assert_eq!(out, "ready\nfinally ran\n");
    assert_eq!(err, "");
}

#[test]
fn sigterm_left_to_the_default_kills() {
    let (run, _) = start(
        "sigterm",
        "import time\nprint('ready', flush=True)\ntime.sleep(60)\n",
    );
    run.signal(libc::SIGTERM);
    let (status, out, _) = run.finish();
    assert_eq!(status.signal(), Some(libc::SIGTERM));
    assert_eq!(out, "ready\n");
}
