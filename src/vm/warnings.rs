//! Emitting the warnings the interpreter itself raises ("coroutine 'f' was never awaited").
//!
//! While a frame runs, a warning goes through the `warnings` module (`py/warnings.py`) as
//! CPython's `PyErr_WarnEx(category, text, 1)`: located at the innermost running frame's
//! current line, subject to `warnings.filters` (so `-W error` turns it into an exception,
//! returned here) and the module's `__warningregistry__`. With no frame running (at
//! interpreter exit), or if the module cannot be imported, it is reported here with the
//! default action: shown once per location and text, at `sys:1`, to `sys.stderr` in
//! `showwarning`'s format (`FILE:LINE: Category: message`).

use std::cell::RefCell;
use std::collections::HashSet;

use super::{PyResult, Vm};
use crate::objects::callables::code::CodeObj;
use crate::objects::core::{GilStatic, PyRef};
use crate::objects::strings::str::new_str;
use crate::objects::Value;

/// Where a warning was shown: (file, line, category, text).
type Location = (String, u32, String, String);

/// The locations already warned about.
static SHOWN: GilStatic<RefCell<Option<HashSet<Location>>>> = GilStatic::new(RefCell::new(None));

impl Vm {
    /// Warns `message` of class `category` at the current location (see the module docs);
    /// an error is the exception a filter's "error" action (or a replaced hook) raised.
    pub fn warn(&mut self, category: &PyRef, message: &str) -> PyResult<()> {
        self.emit_warning(category, message, false)
    }

    /// As [`Vm::warn`] for a warning about an object (CPython's `source=` argument): the
    /// report ends with the hint that tracemalloc would show where the object was made.
    pub fn warn_with_source_hint(&mut self, category: &PyRef, message: &str) -> PyResult<()> {
        self.emit_warning(category, message, true)
    }

    fn emit_warning(&mut self, category: &PyRef, message: &str, source_hint: bool) -> PyResult<()> {
        if self.frames.last().is_some() {
            if let Ok(module) = self.import_absolute("warnings") {
                // (the object itself is gone by now: any non-None `source` asks for the hint)
                let source = if source_hint {
                    Value::Bool(true)
                } else {
                    Value::None
                };
                let args = [
                    Value::Obj(new_str(message)),
                    Value::Obj(category.clone()),
                    Value::Int(1),
                    source,
                ];
                return self.call_method(&module, "warn", &args).map(drop);
            }
        }
        self.report_warning(category, message, source_hint);
        Ok(())
    }

    /// The report of a warning `emit_warning` cannot hand to the `warnings` module.
    fn report_warning(&mut self, category: &PyRef, message: &str, source_hint: bool) {
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
