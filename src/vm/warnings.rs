//! Emitting warnings, as CPython's `warnings.warn` does with its default filters, for the
//! warnings the interpreter itself raises ("coroutine 'f' was never awaited").
//!
//! There is no `warnings` module yet; this is the piece it will build on. A warning is
//! located at the innermost running frame's current line (CPython's `stacklevel=1` from
//! native code) — or at `sys:1` when no frame runs (at interpreter exit) — and shown once
//! per location and text (the "default" action: the registry key is CPython's
//! `(text, category, lineno)` in the module's `__warningregistry__`, here with the file
//! name standing for the module). The report goes to `sys.stderr` in `showwarning`'s
//! format: `FILE:LINE: Category: message`, then the source line, stripped, when the file
//! can be read.

use std::cell::RefCell;
use std::collections::HashSet;

use super::Vm;
use crate::objects::callables::code::CodeObj;
use crate::objects::core::{GilStatic, PyRef};

/// Where a warning was shown: (file, line, category, text).
type Location = (String, u32, String, String);

/// The locations already warned about.
static SHOWN: GilStatic<RefCell<Option<HashSet<Location>>>> = GilStatic::new(RefCell::new(None));

impl Vm {
    /// Warns `message` of class `category` at the current location (see the module docs).
    pub fn warn(&mut self, category: &PyRef, message: &str) {
        self.emit_warning(category, message, false);
    }

    /// As [`Vm::warn`] for a warning about an object (CPython's `source=` argument): the
    /// report ends with the hint that tracemalloc would show where the object was made.
    pub fn warn_with_source_hint(&mut self, category: &PyRef, message: &str) {
        self.emit_warning(category, message, true);
    }

    fn emit_warning(&mut self, category: &PyRef, message: &str, source_hint: bool) {
        let cat = crate::objects::classes::typeobj::type_name(category);
        let location = self.frames.last().and_then(|f| {
            let code = f.code.downcast::<CodeObj>()?;
            let line = code.unit.line_of(self.next_ip.wrapping_sub(1));
            Some((code.unit.filename.to_string(), line))
        });
        let (file, line, running) = match location {
            Some((file, line)) => (file, line, true),
            None => ("sys".to_string(), 1, false),
        };
        let key = (file.clone(), line, cat.clone(), message.to_string());
        let fresh = SHOWN
            .get(self.gil())
            .borrow_mut()
            .get_or_insert_with(HashSet::new)
            .insert(key);
        if !fresh {
            return;
        }
        let mut text = format!("{file}:{line}: {cat}: {message}\n");
        if running {
            if let Some(src) = self.interp.source_line(&file, line) {
                let shown = src.trim();
                if !shown.is_empty() {
                    text.push_str(&format!("  {shown}\n"));
                }
            }
            // (at exit CPython reports through its C fallback, which has no hint)
            if source_hint {
                text.push_str(&format!(
                    "{cat}: Enable tracemalloc to get the object allocation traceback\n"
                ));
            }
        }
        let _ = crate::modules::sys::write_to_sys_stderr(self, &text);
    }
}
