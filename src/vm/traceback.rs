//! Printing an uncaught exception the way CPython 3.11 does: the chain of causes and
//! contexts, each with its `Traceback (most recent call last):` block (source lines included,
//! runs of identical entries collapsed into "[Previous line repeated N more times]").

use std::fmt::Write;

use super::Vm;
use crate::objects::code::CodeObj;
use crate::objects::exception::ExceptionObj;
use crate::objects::str::StrObj;
use crate::objects::typeobj::TypeObject;
use crate::objects::{PyRef, Value};

impl Vm {
    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, exc: &PyRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &PyRef, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.addr());
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            if let Value::Obj(c) = &cause {
                if !seen.contains(&c.addr()) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Value::Obj(c) = &context {
                if !e.suppress_context.get() && !seen.contains(&c.addr()) {
                    self.format_chain(c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        self.format_one(exc, out);
    }

    /// One exception's traceback and line, without its causes and contexts (also what
    /// "Exception ignored in: ..." reports show).
    pub(crate) fn format_one(&mut self, exc: &PyRef, out: &mut String) {
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let entries = e.traceback.borrow().clone();
            if !entries.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeats = 0;
                for entry in entries.iter().rev() {
                    let code = entry.code.downcast::<CodeObj>().expect("code");
                    let file = code.unit.filename.to_string();
                    let line = code.unit.line_of(entry.ip);
                    let name = code.unit.name.clone();
                    let key = (file.clone(), line, name.clone());
                    if last.as_ref() == Some(&key) {
                        repeats += 1;
                        if repeats >= 3 {
                            continue;
                        }
                    } else {
                        flush_repeats(out, repeats);
                        repeats = 0;
                    }
                    last = Some(key);
                    let _ = writeln!(out, "  File \"{file}\", line {line}, in {name}");
                    if let Some(src) = self.interp.source_line(&file, line) {
                        let src = src.trim();
                        if !src.is_empty() {
                            let _ = writeln!(out, "    {src}");
                        }
                    }
                }
                flush_repeats(out, repeats);
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// `TypeName: message` (or just `TypeName` when `str(exc)` is empty).
    pub fn exception_line(&mut self, exc: &PyRef) -> String {
        let cls = exc.class();
        let t = cls.downcast::<TypeObject>().expect("a type");
        let module = t.module.borrow().clone();
        let name = if module == "builtins" || module == "__main__" && !t.heap {
            t.name.clone()
        } else {
            format!("{}.{}", module, t.qualname)
        };
        let msg = match self.str(&Value::Obj(exc.clone())) {
            Ok(s) => s
                .downcast::<StrObj>()
                .map_or(String::new(), |s| s.as_str().to_string()),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let _ = writeln!(
            out,
            "  [Previous line repeated {} more time{}]",
            n,
            if n == 1 { "" } else { "s" }
        );
    }
}
