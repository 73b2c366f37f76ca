//! The interactive prompt, as CPython 3.11's: `>>> ` (`sys.ps1`) for a new statement and
//! `... ` (`sys.ps2`) while it is incomplete; each statement is compiled in "single" mode
//! (expression values go to `sys.displayhook`, which echoes their repr and binds
//! `builtins._`) and run in `__main__`; tracebacks (`File "<stdin>", line N`) and syntax
//! errors are printed and the prompt goes on; SystemExit (`exit()`, `quit()`) ends it with
//! its status, end of input with 0.
//!
//! When input is complete follows CPython's tokenizer in interactive mode: open brackets, a
//! trailing backslash or an open triple-quoted string continue it; a compound statement
//! (`if`, `def`, a decorator, even on one line) continues until an empty line; a simple
//! statement ends with its line. See [`status`].
//!
//! Lines come from `rustyline` when stdin is a terminal (line editing, history; Ctrl-C
//! cancels the line, printing `KeyboardInterrupt`); otherwise (`-i` with stdin a pipe or a
//! file) they are read as they are, with the prompts written to stderr, as CPython does.
//! rustyline rather than reedline: it is the smaller, readline-like one (emacs keys,
//! history), which is all a Python prompt needs; reedline's menus, hinters and its own
//! painter are built for a shell.

use std::io::IsTerminal;

use crate::compiler::{compile_source, Mode};
use crate::objects::callables::code::CodeObj;
use crate::objects::exceptions::exception_kinds::syntax_error;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::runner::{print_exception, system_exit_status, Ending};
use crate::syntax_error::SyntaxError;
use crate::vm::Vm;

/// The name tracebacks and syntax errors give the prompt's input.
const FILENAME: &str = "<stdin>";

/// Runs the prompt in the `__main__` module (the program's, if one ran) until end of input
/// or SystemExit. `banner`: the version lines first (the prompt without a program).
pub fn run(vm: &mut Vm, banner: bool) -> Ending {
    let globals = main_globals(vm);
    set_default_prompts(vm);
    if banner {
        let version = sys_str(vm, "version").unwrap_or_default();
        let platform = sys_str(vm, "platform").unwrap_or_default();
        vm.interp.write_stderr(&format!(
            "Python {version} on {platform}\n\
             Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"
        ));
    }
    let mut input = Input::new();
    loop {
        let mut buffer = String::new();
        let mut at_end = false;
        let complete = loop {
            let prompt = if buffer.is_empty() { "ps1" } else { "ps2" };
            let prompt = sys_str(vm, prompt).unwrap_or_default();
            match input.read_line(vm, &prompt) {
                Line::Text(line) => {
                    buffer.push_str(&line);
                    buffer.push('\n');
                }
                Line::Interrupted => {
                    vm.interp.write_stderr("\nKeyboardInterrupt\n");
                    break false;
                }
                Line::End => {
                    vm.interp.write_stderr("\n");
                    if buffer.is_empty() {
                        return Ending::default();
                    }
                    // (what was typed before the end of input runs, as after an empty line)
                    at_end = true;
                }
            }
            match status(&buffer, at_end) {
                Status::Incomplete => continue,
                Status::Complete => break true,
                Status::Error(e) => {
                    let err = syntax_error(&e, FILENAME, Some(&buffer));
                    print_exception(vm, &err);
                    break false;
                }
            }
        };
        if complete {
            if let Some(status) = execute(vm, &buffer, &globals) {
                return Ending::status(status);
            }
        }
        if at_end {
            // (the next read meets the end of input again and ends the prompt)
            continue;
        }
    }
}

/// Runs one statement; `Some(status)` when it raised SystemExit.
fn execute(vm: &mut Vm, source: &str, globals: &PyRef) -> Option<i32> {
    // (the input parsed already, in `status`: an error here is the compiler's, shown with
    // its line as CPython's prompt does)
    let code = match compile_source(source, FILENAME, Mode::Single) {
        Ok(unit) => CodeObj::from_unit(&std::rc::Rc::new(unit)),
        Err(e) => {
            print_exception(vm, &syntax_error(&e.error, FILENAME, Some(source)));
            return None;
        }
    };
    let result = vm.run_code(&code, globals, globals, None);
    vm.run_pending_finalizers();
    match result {
        Ok(_) => None,
        Err(e) if e.matches(&crate::objects::types().exc.system_exit) => {
            Some(system_exit_status(vm, &e))
        }
        Err(e) => {
            print_exception(vm, &e);
            None
        }
    }
}

/// What the input typed so far is.
enum Status {
    /// More lines are needed (`... `).
    Incomplete,
    /// One statement, ready to run (none for an empty or comment-only line).
    Complete,
    /// A syntax error to report.
    Error(SyntaxError),
}

/// Classifies `buffer` (whole lines, each ending in a newline). `at_end`: no more input
/// will come, so nothing is incomplete.
fn status(buffer: &str, at_end: bool) -> Status {
    let last_blank = buffer.lines().last().is_none_or(|l| l.trim().is_empty());
    let finished = at_end || last_blank;
    match crate::parser::parse_module(buffer) {
        Ok(m) => {
            // (a line back at column 0 after a block ends the block: a second statement is
            // an error now)
            let one = m.body.len() <= 1;
            if one && m.body.first().is_some_and(crate::compiler::is_compound) && !finished {
                return Status::Incomplete;
            }
            match crate::compiler::check_single(&m) {
                Ok(()) => Status::Complete,
                Err(e) => Status::Error(e),
            }
        }
        Err(e) if at_end => Status::Error(e),
        Err(e) => {
            // Brackets, strings and backslashes continue the input even past empty lines.
            let open = e.msg.ends_with("was never closed")
                || e.msg.starts_with("unterminated triple-quoted string")
                || e.msg == "unexpected EOF while parsing";
            if open {
                return Status::Incomplete;
            }
            // Inside a block, an error at the end of the input is one the next lines may
            // still avoid (`try:` before its `except`); elsewhere it stands.
            if !last_blank && opens_block(buffer) && at_input_end(&e, buffer) {
                return Status::Incomplete;
            }
            Status::Error(e)
        }
    }
}

/// Whether the input starts a compound statement: a block keyword, a decorator, or a first
/// line ending in `:`.
fn opens_block(buffer: &str) -> bool {
    let Some(first) = buffer
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
    else {
        return false;
    };
    const KEYWORDS: [&str; 10] = [
        "if", "while", "for", "try", "with", "def", "class", "async", "match", "elif",
    ];
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    first.starts_with('@') || KEYWORDS.contains(&word.as_str()) || first.ends_with(':')
}

/// Whether the error points past the last character of the input.
fn at_input_end(e: &SyntaxError, buffer: &str) -> bool {
    let lines: Vec<&str> = buffer.lines().collect();
    let n = lines.len() as u32;
    e.line > n || (e.line == n && e.col as usize > lines.last().map_or(0, |l| l.chars().count()))
}

/// The `__main__` module's dict, made if no program made one.
fn main_globals(vm: &mut Vm) -> PyRef {
    if let Some(m) = vm.sys_module("__main__") {
        if let Some(m) = m.downcast::<crate::objects::module::ModuleObj>() {
            return m.dict.clone();
        }
    }
    let globals = crate::runner::new_main_module(vm, None, None);
    if let Some(d) = globals.downcast::<crate::objects::containers::dict::DictObj>() {
        d.set_str(intern("__doc__"), Value::None);
        let annotations = Value::Obj(crate::objects::containers::dict::DictObj::new_ref());
        d.set_str(intern("__annotations__"), annotations);
    }
    globals
}

/// `sys.ps1` and `sys.ps2`, set when the prompt starts (unless a script set them).
fn set_default_prompts(vm: &mut Vm) {
    let Some(sys) = vm.sys_module("sys") else {
        return;
    };
    for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] {
        if vm.getattr(&sys, &intern(name)).is_err() {
            let _ = vm.setattr(&sys, &intern(name), Some(Value::Obj(new_str(text))));
        }
    }
}

/// `str(sys.NAME)`, if it is set.
fn sys_str(vm: &mut Vm, name: &str) -> Option<String> {
    let sys = vm.sys_module("sys")?;
    let v = vm.getattr(&sys, &intern(name)).ok()?;
    vm.str_string(&v).ok()
}

/// One read from the prompt.
enum Line {
    /// A line, without its newline.
    Text(String),
    /// Ctrl-C.
    Interrupted,
    /// End of input (Ctrl-D).
    End,
}

/// Where lines come from.
enum Input {
    Terminal(Box<rustyline::DefaultEditor>),
    Plain,
}

impl Input {
    fn new() -> Input {
        if std::io::stdin().is_terminal() {
            if let Ok(editor) = rustyline::DefaultEditor::new() {
                return Input::Terminal(Box::new(editor));
            }
        }
        Input::Plain
    }

    /// Reads a line with the GIL released (other threads run meanwhile).
    fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        let _ = vm.interp.flush_stdout();
        match self {
            Input::Terminal(editor) => {
                let read = crate::gil::allow_threads(vm.gil(), || editor.readline(prompt));
                match read {
                    Ok(line) => {
                        if !line.trim().is_empty() {
                            let _ = editor.add_history_entry(line.as_str());
                        }
                        Line::Text(line)
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                    Err(_) => Line::End,
                }
            }
            Input::Plain => {
                vm.interp.write_stderr(prompt);
                // (stdin's one shared buffer, which `input()` reads too; a signal's
                // KeyboardInterrupt cancels the line as Ctrl-C does on a terminal)
                match crate::signals::wait::read_stdin_line(vm) {
                    Ok(line) if line.is_empty() => Line::End,
                    Ok(line) => {
                        let text = line.strip_suffix('\n').unwrap_or(&line);
                        Line::Text(text.strip_suffix('\r').unwrap_or(text).to_string())
                    }
                    Err(e) if e.matches(&crate::objects::types().exc.keyboard_interrupt) => {
                        Line::Interrupted
                    }
                    Err(_) => Line::End,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{status, Status};

    fn kind(buffer: &str) -> &'static str {
        match status(buffer, false) {
            Status::Incomplete => "more",
            Status::Complete => "run",
            Status::Error(_) => "error",
        }
    }

    #[test]
    fn when_input_is_complete() {
        assert_eq!(kind("x = 1\n"), "run");
        assert_eq!(kind("\n"), "run");
        assert_eq!(kind("# a comment\n"), "run");
        assert_eq!(kind("1 +\n"), "error");
        assert_eq!(kind("x = (1,\n"), "more");
        assert_eq!(kind("x = (1,\n\n"), "more");
        assert_eq!(kind("x = 1 + \\\n"), "more");
        assert_eq!(kind("s = '''a\n"), "more");
        assert_eq!(kind("if x:\n"), "more");
        assert_eq!(kind("if x:\n\n"), "error");
        assert_eq!(kind("if x: y\n"), "more");
        assert_eq!(kind("if x: y\n\n"), "run");
        assert_eq!(kind("for i in r:\n  i\n"), "more");
        assert_eq!(kind("try:\n  pass\n"), "more");
        assert_eq!(kind("@dec\n"), "more");
        assert_eq!(kind("def f(\n  a):\n  return a\n"), "more");
        assert_eq!(kind("def f(\n  a):\n  return a\nf(3)\n"), "error");
        assert_eq!(kind("def f(\n  a):\n  return a\nf(3)\n\n"), "error");
        assert_eq!(kind("if 1:\n  pass\n  else\n"), "error");
        assert_eq!(kind("a = 1; b = 2\n"), "run");
        assert!(matches!(status("if x:\n  y\n", true), Status::Complete));
        assert!(matches!(status("(\n", true), Status::Error(_)));
    }
}
