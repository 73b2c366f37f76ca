//! Printing an uncaught exception the way CPython 3.11 does: the chain of causes and
//! contexts, each with its `Traceback (most recent call last):` block (source lines included,
//! runs of identical entries collapsed into "[Previous line repeated N more times]"), and
//! under each source line the markers of CPython 3.11's `tb_displayline` ([`caret_line`]).

use std::fmt::Write;

use super::Vm;
use crate::ast::{ExprKind, Loc, StmtKind};
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, PyRef, Value};

/// Where the printer is inside exception groups: each nesting level indents by two columns
/// and draws a `| ` margin (CPython's `exception_print_context`).
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

/// CPython's limits on how much of a group is printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The indentation and margin of every line at `depth`.
fn margin(depth: usize) -> String {
    if depth == 0 {
        String::new()
    } else {
        format!("{}| ", " ".repeat(2 * depth))
    }
}

impl Vm {
    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, exc: &PyRef) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx {
            depth: 0,
            need_close: false,
            seen: Vec::new(),
        };
        self.format_chain(exc, &mut out, &mut ctx);
        out
    }

    fn format_chain(&mut self, exc: &PyRef, out: &mut String, ctx: &mut PrintCtx) {
        ctx.seen.push(exc.addr());
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            let chained = match (&cause, &context) {
                (Value::Obj(c), _) => Some((
                    c.clone(),
                    "The above exception was the direct cause of the following exception:",
                )),
                (_, Value::Obj(c)) if !e.suppress_context.get() => Some((
                    c.clone(),
                    "During handling of the above exception, another exception occurred:",
                )),
                _ => None,
            };
            if let Some((c, message)) = chained {
                if !ctx.seen.contains(&c.addr()) {
                    self.format_chain(&c, out, ctx);
                    let m = margin(ctx.depth);
                    let _ = write!(out, "{m}\n{m}{message}\n{m}\n");
                }
            }
        }
        if crate::objects::exceptions::exception_group::is_group(&Value::Obj(exc.clone())) {
            self.format_group(exc, out, ctx);
        } else {
            self.format_one_at(exc, out, ctx.depth);
        }
    }

    /// A group: its own traceback and line, then each sub-exception (with its chain) in a
    /// numbered, further indented box (CPython's `print_exception_group`).
    fn format_group(&mut self, exc: &PyRef, out: &mut String, ctx: &mut PrintCtx) {
        if ctx.depth > MAX_GROUP_DEPTH {
            let _ = writeln!(
                out,
                "{}... (max_group_depth is {MAX_GROUP_DEPTH})",
                margin(ctx.depth)
            );
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        self.format_one_at(exc, out, ctx.depth);
        let excs =
            crate::objects::exceptions::exception_group::exceptions_of(&Value::Obj(exc.clone()));
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let corner = if i == 0 { "+-" } else { "  " };
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let indent = " ".repeat(2 * ctx.depth);
            let _ = writeln!(
                out,
                "{indent}{corner}+---------------- {label} ----------------"
            );
            ctx.depth += 1;
            match sub {
                Value::Obj(o) if !truncated => self.format_chain(o, out, ctx),
                _ => {
                    let more = excs.len() - MAX_GROUP_WIDTH;
                    let s = if more > 1 { "s" } else { "" };
                    let _ = writeln!(out, "{}and {more} more exception{s}", margin(ctx.depth));
                }
            }
            if last && ctx.need_close {
                let indent = " ".repeat(2 * ctx.depth);
                let _ = writeln!(out, "{indent}+------------------------------------");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }

    /// One exception's traceback and line, without its causes and contexts (also what
    /// "Exception ignored in: ..." reports show).
    pub(crate) fn format_one(&mut self, exc: &PyRef, out: &mut String) {
        self.format_one_at(exc, out, 0);
    }

    /// [`Self::format_one`] at a depth inside exception groups: every line but the
    /// continuation lines of a multi-line message gets the depth's margin, and a group's
    /// header at the top level a `+ ` one.
    fn format_one_at(&mut self, exc: &PyRef, out: &mut String, depth: usize) {
        let pad = margin(depth);
        let is_group =
            crate::objects::exceptions::exception_group::is_group(&Value::Obj(exc.clone()));
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let entries = e.traceback_entries();
            if !entries.is_empty() {
                let (header_pad, header) = match (is_group, depth) {
                    (true, 1) => ("  + ".to_string(), "Exception Group Traceback"),
                    (true, _) => (pad.clone(), "Exception Group Traceback"),
                    _ => (pad.clone(), "Traceback"),
                };
                let _ = writeln!(out, "{header_pad}{header} (most recent call last):");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeats = 0;
                for entry in &entries {
                    let code = entry.code();
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
                        flush_repeats(out, &pad, repeats);
                        repeats = 0;
                    }
                    last = Some(key);
                    let _ = writeln!(out, "{pad}  File \"{file}\", line {line}, in {name}");
                    if let Some(src) = self.interp.source_line(&file, line) {
                        // Like CPython's C traceback: indentation removed, the rest kept.
                        let shown = src.trim_start_matches(INDENT_CHARS);
                        if !shown.is_empty() {
                            let _ = writeln!(out, "{pad}    {shown}");
                            if let Some(loc) = code.unit.location(entry.ip) {
                                if let Some(carets) = caret_line(&src, loc) {
                                    let _ = writeln!(out, "{pad}{carets}");
                                }
                            }
                        }
                    }
                }
                flush_repeats(out, &pad, repeats);
            }
        }
        let name = self.exception_type_name(exc);
        out.push_str(&pad);
        if let Some(report) =
            crate::objects::exceptions::exception_kinds::syntax_error_report(self, exc, &name)
        {
            out.push_str(&report);
        } else {
            out.push_str(&self.exception_line(exc));
            if let Some(hint) = self.suggestion(exc) {
                let _ = write!(out, ". Did you mean: '{hint}'?");
            }
            out.push('\n');
        }
        self.format_notes(exc, out, &pad);
    }

    /// The notes of `exc.__notes__` (PEP 678), as CPython 3.11's printer shows them: each
    /// item of a sequence on its own line (`str()` of non-strings; each of its lines behind
    /// the margin `pad`), or the `repr()` of anything else, without a newline.
    fn format_notes(&mut self, exc: &PyRef, out: &mut String, pad: &str) {
        let exc = Value::Obj(exc.clone());
        let notes = match self.getattr_opt(&exc, crate::interned!("__notes__")) {
            Ok(Some(n)) => n,
            _ => return,
        };
        if !self.is_sequence(&notes) {
            out.push_str(pad);
            match self.repr_string(&notes) {
                Ok(r) => out.push_str(&r),
                Err(_) => out.push_str("<__notes__ repr() failed>"),
            }
            return;
        }
        let Ok(n) = self.len(&notes) else {
            return;
        };
        for i in 0..n {
            let Ok(note) = self.getitem(&notes, &Value::Int(i as i64)) else {
                return;
            };
            let text = match self.str(&note) {
                Ok(s) => s
                    .downcast::<StrObj>()
                    .map_or("", |s| s.as_str())
                    .to_string(),
                Err(_) => "<note str() failed>".to_string(),
            };
            for line in text.split_inclusive('\n') {
                out.push_str(pad);
                out.push_str(line);
            }
            out.push('\n');
        }
    }

    /// CPython's `PySequence_Check`: supports indexing and is not a mapping.
    pub(crate) fn is_sequence(&self, v: &Value) -> bool {
        let t = types();
        let cls = v.class();
        if TypeObject::is_subtype(cls, &t.dict) {
            return false;
        }
        [&t.list, &t.tuple, &t.str, &t.bytes, &t.range]
            .iter()
            .any(|base| TypeObject::is_subtype(cls, base))
            || TypeObject::lookup(cls, crate::interned!("__getitem__")).is_some()
    }

    /// `TypeName: message` (or just `TypeName` when `str(exc)` is empty).
    pub fn exception_line(&mut self, exc: &PyRef) -> String {
        let name = self.exception_type_name(exc);
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

impl Vm {
    /// The exception's class as tracebacks name it (`ValueError`, `io.UnsupportedOperation`).
    fn exception_type_name(&self, exc: &PyRef) -> String {
        let t = exc.class().downcast::<TypeObject>().expect("a type");
        let module = t.module.borrow().clone();
        if module == "builtins" || module == "__main__" {
            t.qualname.to_string()
        } else {
            format!("{}.{}", module, t.qualname)
        }
    }
}

fn flush_repeats(out: &mut String, pad: &str, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let _ = writeln!(
            out,
            "{pad}  [Previous line repeated {} more time{}]",
            n,
            if n == 1 { "" } else { "s" }
        );
    }
}

/// What CPython strips from the start of a source line it shows (`IS_WHITESPACE`).
const INDENT_CHARS: [char; 3] = [' ', '\t', '\x0c'];

/// The marker line under the source line `line` (the whole line, indentation included) for an
/// instruction at `loc`, as CPython 3.11's `tb_displayline` draws it:
/// - the span is the instruction's (columns in characters); a span running onto later lines
///   is cut at the last non-blank character of the first;
/// - a one-line span that is a binary operation or a subscript (re-parsed on its own, as
///   CPython does) is drawn `~~~^^^~~~`: `^` under the operator or the `[...]`;
/// - nothing is drawn when plain `^` would cover the whole (stripped) line;
/// - wide characters (CJK, emoji) get two marks.
pub fn caret_line(line: &str, loc: Loc) -> Option<String> {
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let indent = chars
        .iter()
        .take_while(|c| INDENT_CHARS.contains(c))
        .count();
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    let mut anchors = None;
    if loc.line == loc.end_line {
        let segment: String = chars
            .get(start..end.min(chars.len()))
            .unwrap_or_default()
            .iter()
            .collect();
        anchors = segment_anchors(&segment).map(|a| Anchors {
            start: a.start + start,
            end: a.end + start,
            ..a
        });
    } else {
        end = chars.len()
            - chars
                .iter()
                .rev()
                .take_while(|c| INDENT_CHARS.contains(c))
                .count();
    }
    if anchors.is_none() && end.checked_sub(start) == Some(chars.len() - indent) {
        return None;
    }
    // Under the shown line (indentation replaced by 4 spaces), each character counts as
    // many columns as a terminal gives it (CPython 3.11 lines carets up by display width).
    let mut marks = String::from("    ");
    for (i, &c) in chars.iter().enumerate().take(end).skip(indent) {
        let mark = match anchors {
            _ if i < start => ' ',
            Some(a) if a.tilde && !(a.start..a.end).contains(&i) => '~',
            _ => '^',
        };
        marks.extend(std::iter::repeat_n(mark, display_width(c)));
    }
    Some(marks)
}

/// The columns a character takes on a terminal: 2 for East Asian wide and fullwidth ones.
fn display_width(c: char) -> usize {
    let c = c as u32;
    let wide = super::wide_chars::WIDE
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok();
    1 + wide as usize
}

/// The part of a span drawn with `^` (`start..end`, in characters); the rest is drawn with
/// `~`, or also `^` when `tilde` is false (CPython's fallback for `(a)+(b)`-like spans).
#[derive(Clone, Copy)]
struct Anchors {
    start: usize,
    end: usize,
    tilde: bool,
}

/// `extract_anchors_from_line`: parses `segment` as a module; if it is one expression
/// statement that is a binary operation or a subscript, the character range `[l, r)` of
/// the operator or of the brackets (what gets `^`; the rest of the span gets `~`).
fn segment_anchors(segment: &str) -> Option<Anchors> {
    let module = crate::parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    // Offsets within the segment: it is one line, so the columns are the segment's own.
    let s: Vec<char> = segment.chars().collect();
    let blank = |c: &char| INDENT_CHARS.contains(c);
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.loc.end_col as usize, right.loc.col as usize);
            let mut found = None;
            for (i, c) in s.iter().enumerate().take(to).skip(from) {
                if blank(c) {
                    continue;
                }
                // A two-character operator (`//`, `**`, ...).
                let wide = i + 1 < to && !s.get(i + 1).is_some_and(blank);
                found = Some(Anchors {
                    start: i,
                    end: i + 1 + wide as usize,
                    tilde: false,
                });
                // A closing parenthesis of the left operand is not the operator.
                if i + 1 < to && *c == ')' {
                    continue;
                }
                found = found.map(|a| Anchors { tilde: true, ..a });
                break;
            }
            found
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = value.loc.end_col as usize;
            let mut r = slice.loc.end_col as usize + 1;
            while l < s.len() && s[l] != '[' {
                l += 1;
            }
            while r < s.len() && s[r] != ']' {
                r += 1;
            }
            if r < s.len() {
                r += 1;
            }
            Some(Anchors {
                start: l,
                end: r,
                tilde: true,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(source line, start col, end line offset, end col) -> marker line`, from CPython 3.11.
    #[test]
    fn caret_lines_match_cpython() {
        let cases: &[(&str, u32, u32, u32, Option<&str>)] = &[
            (
                "    return a + b[1] / 0",
                15,
                0,
                23,
                Some("               ~~~~~^~~"),
            ),
            (
                "    return a + b[1] / 0",
                15,
                0,
                19,
                Some("               ~^^^"),
            ),
            ("    return (x) + 1", 11, 0, 18, Some("           ~~~~^~~")),
            ("a + b", 0, 0, 5, Some("    ~~^~~")),
            ("print(x)", 0, 0, 8, None),
            ("print(x)", 6, 0, 7, Some("          ^")),
            ("undefined   ", 0, 0, 9, Some("    ^^^^^^^^^")),
            ("x = f(1,", 4, 1, 8, Some("        ^^^^")),
            ("f(1,", 0, 1, 4, None),
            ("\td[ 'k' ] += 1", 1, 0, 9, Some("    ~^^^^^^^")),
            (
                "x = '漢字漢字' + 1",
                4,
                0,
                14,
                Some("        ~~~~~~~~~~~^~~"),
            ),
        ];
        for &(line, col, lines, end_col, want) in cases {
            let loc = Loc::new(1, col, 1 + lines, end_col);
            assert_eq!(caret_line(line, loc).as_deref(), want, "{line:?} {loc:?}");
        }
    }
}
