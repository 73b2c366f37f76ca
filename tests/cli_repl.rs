//! The interactive prompt on a terminal: pyvm runs on the slave side of a pseudo-terminal
//! (`nix::pty::openpty`: a safe wrapper over the one libc call, already in the dependency
//! tree through rustyline, where `rexpect` or `portable-pty` would bring a process-spawning
//! layer of their own) and the test types at the master side. What is expected is what
//! CPython 3.11 shows in the same session (its banner and line editor's escapes aside).

use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// A pyvm on a terminal.
struct Session {
    child: Child,
    master: std::fs::File,
    /// Everything the terminal showed so far (escape sequences and `\r` removed).
    screen: Arc<(Mutex<String>, Condvar)>,
    /// How far `expect` has matched.
    seen: usize,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        let size = nix::pty::Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = nix::pty::openpty(&size, None).expect("openpty");
        let slave = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup"));
        let child = Command::new(env!("CARGO_BIN_EXE_pyvm"))
            .args(args)
            .env("TERM", "xterm")
            .stdin(slave(&pty.slave))
            .stdout(slave(&pty.slave))
            .stderr(slave(&pty.slave))
            .spawn()
            .expect("run pyvm");
        drop(pty.slave);
        let master = std::fs::File::from(pty.master);
        let screen = Arc::new((Mutex::new(String::new()), Condvar::new()));
        let (mut reader, mut replier) = (
            master.try_clone().expect("dup"),
            master.try_clone().expect("dup"),
        );
        let shared = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // (the pty reports EIO once the child has gone)
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                // The line editor asks where the cursor is: at the left edge.
                if text.contains("\x1b[6n") {
                    let _ = replier.write_all(b"\x1b[1;1R");
                }
                let (lock, cond) = &*shared;
                lock.lock().unwrap().push_str(&plain(&text));
                cond.notify_all();
            }
        });
        Session {
            child,
            master,
            screen,
            seen: 0,
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
    }

    /// Waits until `text` appears after what was matched before.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let (lock, cond) = &*self.screen;
        let mut screen = lock.lock().unwrap();
        loop {
            if let Some(at) = screen[self.seen..].find(text) {
                self.seen += at + text.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "waited for {text:?}; the terminal shows after the last match:\n{}",
                &screen[self.seen..]
            );
            screen = cond.wait_timeout(screen, left).unwrap().0;
        }
    }

    /// Waits for the exit status.
    fn finish(mut self) -> i32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("pyvm did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// `text` without ANSI escape sequences and carriage returns.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    // parameters, then one final byte in @..~
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' | '\x07' => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn banner_values_underscore_and_blocks() {
    let mut s = Session::start(&[]);
    s.expect("Python 3.11");
    s.expect("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    s.expect(">>> ");
    s.send("x = 6 * 7\r");
    s.expect(">>> ");
    s.send("x\r");
    s.expect("42\n>>> ");
    s.send("None\r");
    s.expect(">>> ");
    s.send("_ + 1\r");
    s.expect("43\n>>> ");
    s.send("'text'\r");
    s.expect("'text'\n>>> ");
    // A block continues with `... ` until an empty line.
    s.send("for i in range(3):\r");
    s.expect("... ");
    s.send("    i * 10\r");
    s.expect("... ");
    s.send("\r");
    s.expect("0\n10\n20\n>>> ");
    // Open brackets continue the statement.
    s.send("[1,\r");
    s.expect("... ");
    s.send(" 2]\r");
    s.expect("[1, 2]\n>>> ");
    s.send("exit()\r");
    assert_eq!(s.finish(), 0);
}

#[test]
fn errors_keep_the_prompt() {
    let mut s = Session::start(&["-q"]);
    s.expect(">>> ");
    s.send("1/0\r");
    s.expect(
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n>>> ",
    );
    s.send("def f():\r");
    s.expect("... ");
    s.send("    raise ValueError('bad')\r");
    s.expect("... ");
    s.send("\r");
    s.expect(">>> ");
    s.send("f()\r");
    s.expect("  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\n");
    s.expect("ValueError: bad\n>>> ");
    s.send("1 +\r");
    s.expect("  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>> ");
    s.send("print('still here')\r");
    s.expect("still here\n>>> ");
    // Ctrl-D ends the prompt, status 0.
    s.send("\x04");
    assert_eq!(s.finish(), 0);
}

#[test]
fn ctrl_c_cancels_the_line_and_system_exit_sets_the_status() {
    let mut s = Session::start(&["-q"]);
    s.expect(">>> ");
    s.send("this is not run");
    s.send("\x03");
    s.expect("KeyboardInterrupt\n>>> ");
    // Also inside a block: the whole statement goes.
    s.send("if True:\r");
    s.expect("... ");
    s.send("\x03");
    s.expect("KeyboardInterrupt\n>>> ");
    s.send("print('after')\r");
    s.expect("after\n>>> ");
    s.send("import sys; sys.exit(7)\r");
    assert_eq!(s.finish(), 7);
}

#[test]
fn dash_i_runs_the_script_then_the_prompt() {
    let mut s = Session::start(&["-i", "-c", "x = 5; print('ran')"]);
    s.expect("ran\n>>> ");
    s.send("x * 2\r");
    s.expect("10\n>>> ");
    s.send("\x04");
    assert_eq!(s.finish(), 0);
}
