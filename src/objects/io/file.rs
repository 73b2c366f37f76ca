//! File objects made by `open()`: `_io.TextIOWrapper` for text modes,
//! `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom` for binary ones and `FileIO`
//! for `buffering=0` (one payload, five types, so `type(f).__name__` is CPython's), plus
//! `io.UnsupportedOperation`. This file holds the object, its buffering and `open()`;
//! `file_methods.rs` the Python methods; `wrapper.rs` the `TextIOWrapper(buffer)` variant.
//!
//! A file keeps a read-ahead buffer and a write buffer over a `std::fs::File`. Reads and
//! writes go through the buffers; every system call runs with the GIL released and with the
//! `File` taken out of the state, so no `RefCell` borrow is held while another thread may run
//! (a second thread using the same file meanwhile gets a RuntimeError, not a panic). Text
//! reading decodes character by character from the read-ahead bytes, so `tell()` is always
//! the exact byte position. Freeing the object flushes and closes the file.
//!
//! `errors=`: strict, and replace/ignore/backslashreplace/xmlcharrefreplace on writing,
//! replace/ignore on reading (no surrogateescape: strs hold no lone surrogates). Not
//! implemented: file descriptors as the `file` argument, `opener=`.

use std::cell::{OnceCell, RefCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::exc;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::classes::typeobj::{TypeObject, TypeSlots};
use crate::objects::core::{GilStatic, Kind, PyRef};
use crate::objects::exceptions::exception::PyErr;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::io::file_io::{Decoded, Encoding, Newline, OpenMode};
use crate::objects::strings::str::as_str;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// The read-ahead and write chunk size (CPython's `io.DEFAULT_BUFFER_SIZE`).
const CHUNK: usize = 8192;

pub struct FileObj {
    /// The `file` argument as given (`.name`).
    pub name: Value,
    /// `.mode`: as given for text files, FileIO's spelling for binary ones.
    pub mode: String,
    pub binary: bool,
    /// `FileIO` (`buffering=0`): every write goes straight to the file.
    pub raw: bool,
    pub readable: bool,
    pub writable: bool,
    pub encoding: Encoding,
    pub encoding_name: String,
    pub errors: String,
    pub newline: Newline,
    pub(super) state: RefCell<State>,
    /// The buffer object of an `io.TextIOWrapper(buffer)` (`wrapper.rs`), instead of a file.
    pub(super) wrapped: RefCell<Option<super::wrapper::Wrapped>>,
    /// The line endings read so far (`newlines`).
    pub(super) seen: std::cell::Cell<super::file_io::Seen>,
}

// Only a wrapper holds a reference (its buffer).
impl Trace for FileObj {
    fn is_gc(&self) -> bool {
        self.wrapped.borrow().is_some()
    }

    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(w) = self.wrapped.borrow().as_ref() {
            crate::objects::trace::visit_value(&w.buffer, visit);
        }
    }

    fn clear(&self) {
        if let Ok(mut w) = self.wrapped.try_borrow_mut() {
            w.take();
        }
    }
}

pub(super) struct State {
    /// `None` when closed, or while a system call on it runs without the GIL.
    pub(super) file: Option<File>,
    pub(super) closed: bool,
    pub(super) rbuf: Vec<u8>,
    pub(super) rpos: usize,
    /// The last read of the file returned nothing (cleared by seeks and writes).
    pub(super) eof: bool,
    /// `eof` was set only because a wrapper's prefetched bytes ran out (`fill`); the next
    /// prefetch clears it.
    pub(super) soft_eof: bool,
    pub(super) wbuf: Vec<u8>,
}

impl State {
    /// A fresh state over `file` (`None` for a wrapper).
    pub(super) fn new(file: Option<File>) -> State {
        State {
            file,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            soft_eof: false,
            wbuf: Vec::new(),
        }
    }
}

impl Drop for State {
    fn drop(&mut self) {
        if let Some(mut f) = self.file.take() {
            let _ = f.write_all(&self.wbuf);
            let _ = close_file(f);
        }
    }
}

/// Closes `f` by its descriptor. Dropping a `File` whose descriptor was already closed
/// behind its back (`os.close(f.fileno())`) aborts the process; this gives EBADF instead.
fn close_file(f: File) -> std::io::Result<()> {
    use std::os::fd::IntoRawFd;
    crate::modules::os::raw::close(f.into_raw_fd())
}

/// What a method does, for CPython's closed-file and unsupported-operation messages.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Op {
    Read,
    ReadLine,
    Lines,
    Write,
    Seek,
    Tell,
    Flush,
    Query,
}

impl FileObj {
    pub(super) fn check_open(&self, op: Op) -> PyResult<()> {
        if !self.state.borrow().closed {
            return Ok(());
        }
        let msg = match (self.binary, op) {
            (_, Op::Query) | (true, Op::Tell) => "I/O operation on closed file",
            (true, Op::Read) => "read of closed file",
            (true, Op::ReadLine) => "readline of closed file",
            (true, Op::Write) => "write to closed file",
            (true, Op::Seek) => "seek of closed file",
            (true, Op::Flush) if self.writable => "flush of closed file",
            _ => "I/O operation on closed file.",
        };
        Err(exc!(value_error, "{}", msg))
    }

    /// Checks the file is open and allows `op` (reading or writing).
    pub(super) fn check(&self, op: Op) -> PyResult<()> {
        self.check_open(op)?;
        let reading = matches!(op, Op::Read | Op::ReadLine | Op::Lines);
        let msg = match (reading, op == Op::Write, self.binary) {
            (true, _, _) if self.readable => return Ok(()),
            (_, true, _) if self.writable => return Ok(()),
            (true, _, false) => "not readable",
            (_, true, false) => "not writable",
            (true, _, true) => "read",
            (_, true, true) => "write",
            _ => return Ok(()),
        };
        Err(PyErr::new(unsupported_operation(), msg))
    }

    /// Runs a system call on the file with the GIL released (see the module comment).
    pub(super) fn with_file<R>(
        &self,
        op: impl FnOnce(&mut File) -> std::io::Result<R> + Send,
    ) -> PyResult<R>
    where
        R: Send,
    {
        let taken = self.state.borrow_mut().file.take();
        let Some(mut file) = taken else {
            return Err(exc!(
                runtime_error,
                "reentrant call inside {}",
                self.short_repr()
            ));
        };
        let r = crate::gil::allow_threads(crate::gil::token(), || op(&mut file));
        let mut st = self.state.borrow_mut();
        if !st.closed {
            st.file = Some(file);
        }
        drop(st);
        r.map_err(|e| os_error(&e, None))
    }

    /// Records a line ending read (for `newlines`).
    fn note_ending(&self, ending: &str) {
        let mut seen = self.seen.get();
        seen.scan(ending);
        self.seen.set(seen);
    }

    pub(super) fn is_wrapper(&self) -> bool {
        self.wrapped.borrow().is_some()
    }

    pub(super) fn short_repr(&self) -> String {
        let name =
            as_str(&self.name).map_or_else(String::new, crate::objects::strings::str::repr_str);
        format!("<_io.{} name={}>", self.type_name(), name)
    }

    pub(super) fn type_name(&self) -> &'static str {
        match (self.binary, self.readable, self.writable) {
            _ if self.raw => "FileIO",
            (false, _, _) => "TextIOWrapper",
            (true, true, true) => "BufferedRandom",
            (true, true, false) => "BufferedReader",
            _ => "BufferedWriter",
        }
    }

    /// Reads one more chunk into the read-ahead buffer; false at end of file.
    pub(super) fn fill(&self) -> PyResult<bool> {
        if self.is_wrapper() {
            // (the wrapper fetched what the call needs before it ran: the end, for this call)
            let mut st = self.state.borrow_mut();
            st.soft_eof = !st.eof;
            st.eof = true;
            return Ok(false);
        }
        let chunk = self.with_file(|f| {
            let mut buf = vec![0u8; CHUNK];
            let n = f.read(&mut buf)?;
            buf.truncate(n);
            Ok(buf)
        })?;
        let mut st = self.state.borrow_mut();
        let consumed = st.rpos;
        st.rbuf.drain(..consumed);
        st.rpos = 0;
        st.eof = chunk.is_empty();
        st.rbuf.extend_from_slice(&chunk);
        Ok(!chunk.is_empty())
    }

    pub(super) fn flush_writes(&self) -> PyResult<()> {
        if self.is_wrapper() {
            // (a wrapper's writes go to its buffer from the method layer, which has the vm)
            return Ok(());
        }
        let pending = std::mem::take(&mut self.state.borrow_mut().wbuf);
        if pending.is_empty() {
            return Ok(());
        }
        self.with_file(|f| f.write_all(&pending))
    }

    /// Moves the file position back over read-ahead bytes not consumed yet (before a write
    /// or a seek), so the file position is the logical one.
    pub(super) fn drop_read_ahead(&self) -> PyResult<()> {
        let unread = {
            let mut st = self.state.borrow_mut();
            let n = st.rbuf.len() - st.rpos;
            st.rbuf.clear();
            st.rpos = 0;
            st.eof = false;
            n
        };
        if unread > 0 && !self.is_wrapper() {
            self.with_file(|f| f.seek(SeekFrom::Current(-(unread as i64))))?;
        }
        Ok(())
    }

    /// The unread buffered bytes plus the rest of the file.
    pub(super) fn read_all_bytes(&self) -> PyResult<Vec<u8>> {
        self.flush_writes()?;
        let mut out = {
            let mut st = self.state.borrow_mut();
            let start = st.rpos;
            let rest = st.rbuf.split_off(start);
            st.rbuf.clear();
            st.rpos = 0;
            rest
        };
        let more = if self.is_wrapper() {
            Vec::new()
        } else {
            self.with_file(|f| {
                let mut v = Vec::new();
                f.read_to_end(&mut v)?;
                Ok(v)
            })?
        };
        out.extend(more);
        self.state.borrow_mut().eof = true;
        Ok(out)
    }

    /// Up to `limit` bytes (all with `None`), stopping after `\n` when `line` is set.
    pub(super) fn read_bytes(&self, limit: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
        if limit.is_none() && !line {
            return self.read_all_bytes();
        }
        self.flush_writes()?;
        loop {
            let taken = {
                let mut st = self.state.borrow_mut();
                let avail = &st.rbuf[st.rpos..];
                let nl = if line {
                    avail.iter().position(|&b| b == b'\n').map(|i| i + 1)
                } else {
                    None
                };
                let end = match (nl, limit) {
                    (Some(n), Some(l)) => Some(n.min(l)),
                    (Some(n), None) => Some(n),
                    (None, Some(l)) if avail.len() >= l => Some(l),
                    _ if st.eof => Some(avail.len()),
                    _ => None,
                };
                end.map(|n| {
                    let start = st.rpos;
                    st.rpos += n;
                    st.rbuf[start..start + n].to_vec()
                })
            };
            match taken {
                Some(bytes) => return Ok(bytes),
                None => {
                    self.fill()?;
                }
            }
        }
    }

    /// Decoded text: up to `limit` characters (all with `None`), stopping at the end of a
    /// line when `line` is set, with the newline translation of `newline=`.
    pub(super) fn read_text(&self, limit: Option<usize>, line: bool) -> PyResult<String> {
        if limit.is_none() && !line {
            return self.read_all_text();
        }
        self.flush_writes()?;
        let mut out = String::new();
        let mut count = 0;
        let mut consumed = 0;
        while limit.is_none_or(|l| count < l) {
            let c = match self.next_char(&mut consumed)? {
                Some(c) => c,
                None => break,
            };
            let mut ends_line = match self.newline {
                Newline::Universal | Newline::Untranslated => c == '\n',
                Newline::Exactly(nl) => c == '\n' && (nl == "\n" || out.ends_with('\r')),
            };
            if c == '\r' {
                match self.newline {
                    Newline::Universal | Newline::Untranslated => {
                        let crlf = self.peek_byte()? == Some(b'\n');
                        self.note_ending(if crlf { "\r\n" } else { "\r" });
                        if crlf {
                            self.state.borrow_mut().rpos += 1;
                            consumed += 1;
                        }
                        if self.newline == Newline::Universal {
                            out.push('\n');
                        } else {
                            out.push_str(if crlf { "\r\n" } else { "\r" });
                            count += usize::from(crlf);
                        }
                        count += 1;
                        if line {
                            break;
                        }
                        continue;
                    }
                    Newline::Exactly(nl) => ends_line = nl == "\r",
                }
            }
            if c == '\n' && !matches!(self.newline, Newline::Exactly(_)) {
                self.note_ending("\n");
            }
            out.push(c);
            count += 1;
            if line && ends_line {
                break;
            }
        }
        Ok(out)
    }

    /// The next decoded character (`None` at end of file); `consumed` counts bytes for the
    /// positions in decoding errors.
    pub(super) fn next_char(&self, consumed: &mut usize) -> PyResult<Option<char>> {
        loop {
            let step = {
                let st = self.state.borrow();
                let avail = &st.rbuf[st.rpos..];
                if avail.is_empty() && st.eof {
                    return Ok(None);
                }
                self.encoding.decode_char(avail, st.eof, *consumed)
            };
            match step {
                Decoded::Char(c, n) => {
                    self.state.borrow_mut().rpos += n;
                    *consumed += n;
                    return Ok(Some(c));
                }
                Decoded::NeedMore => {
                    self.fill()?;
                }
                Decoded::Error(_) if self.errors == "replace" || self.errors == "ignore" => {
                    // (a bad byte: skipped, or U+FFFD in its place)
                    self.state.borrow_mut().rpos += 1;
                    *consumed += 1;
                    if self.errors == "replace" {
                        return Ok(Some('\u{fffd}'));
                    }
                }
                Decoded::Error(msg) => return Err(exc!(unicode_decode_error, "{}", msg)),
            }
        }
    }

    pub(super) fn peek_byte(&self) -> PyResult<Option<u8>> {
        loop {
            {
                let st = self.state.borrow();
                if let Some(&b) = st.rbuf.get(st.rpos) {
                    return Ok(Some(b));
                }
                if st.eof {
                    return Ok(None);
                }
            }
            self.fill()?;
        }
    }

    pub(super) fn read_all_text(&self) -> PyResult<String> {
        let bytes = self.read_all_bytes()?;
        let text = match std::str::from_utf8(&bytes) {
            Ok(s) if self.encoding == Encoding::Utf8 => s.to_string(),
            // (the lenient `errors=` handlers decode the whole text at once)
            _ if self.errors == "replace" || self.errors == "ignore" => {
                crate::objects::binary::bytes::decode(&bytes, self.encoding.codec(), &self.errors)?
            }
            _ => {
                let mut s = String::with_capacity(bytes.len());
                let mut i = 0;
                while i < bytes.len() {
                    match self.encoding.decode_char(&bytes[i..], true, i) {
                        Decoded::Char(c, n) => {
                            s.push(c);
                            i += n;
                        }
                        Decoded::NeedMore => break,
                        Decoded::Error(msg) => return Err(exc!(unicode_decode_error, "{}", msg)),
                    }
                }
                s
            }
        };
        if !matches!(self.newline, Newline::Exactly(_)) {
            let mut seen = self.seen.get();
            seen.scan(&text);
            self.seen.set(seen);
        }
        Ok(match self.newline {
            Newline::Universal if text.contains('\r') => {
                text.replace("\r\n", "\n").replace('\r', "\n")
            }
            _ => text,
        })
    }

    pub(super) fn write_bytes(&self, data: &[u8]) -> PyResult<()> {
        self.drop_read_ahead()?;
        let full = {
            let mut st = self.state.borrow_mut();
            st.wbuf.extend_from_slice(data);
            st.wbuf.len() >= CHUNK || self.raw
        };
        if full {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// The logical position: the file's, less the read-ahead not consumed yet.
    pub(super) fn tell(&self) -> PyResult<u64> {
        self.flush_writes()?;
        let raw = self.with_file(|f| f.stream_position())?;
        let st = self.state.borrow();
        Ok(raw - (st.rbuf.len() - st.rpos) as u64)
    }

    pub(super) fn seek(&self, to: SeekFrom) -> PyResult<u64> {
        self.flush_writes()?;
        self.drop_read_ahead()?;
        self.with_file(|f| f.seek(to))
    }

    /// Flushes and closes; a second close does nothing.
    pub fn close(&self) -> PyResult<()> {
        if self.state.borrow().closed {
            return Ok(());
        }
        let flushed = self.flush_writes();
        let file = {
            let mut st = self.state.borrow_mut();
            st.closed = true;
            st.rbuf = Vec::new();
            st.file.take()
        };
        let closed = match file {
            Some(f) => close_file(f).map_err(|e| os_error(&e, None)),
            None => Ok(()),
        };
        flushed.and(closed)
    }
}

/// `io.UnsupportedOperation` (a subclass of both OSError and ValueError).
pub fn unsupported_operation() -> &'static PyRef {
    UNSUPPORTED
        .get(crate::gil::token())
        .get()
        .expect("created with the builtin types")
}

static UNSUPPORTED: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());

/// Start-up: the file types (and `sys.stdout`'s) belong to `_io`; creates `io.UnsupportedOperation`.
pub fn populate(t: &crate::objects::classes::builtin_types::TypeTable) {
    for ty in [
        &t.text_stream,
        &t.text_file,
        &t.buffered_reader,
        &t.buffered_writer,
        &t.buffered_random,
        &t.file_io,
        &t.stdin_buffer,
        &t.stdout_buffer,
        &t.stdio_raw,
    ] {
        if let Some(tobj) = ty.downcast::<TypeObject>() {
            *tobj.module.borrow_mut() = "_io".to_string();
            // (CPython's `tp_name`, which messages show: `_io.TextIOWrapper`)
            tobj.name.set(&format!("_io.{}", tobj.qualname));
        }
    }
    let cls = crate::objects::classes::typeobj::new_builtin_type_with_bases(
        &t.type_,
        "UnsupportedOperation",
        vec![t.exc.os_error.clone(), t.exc.value_error.clone()],
        Kind::Exception,
        TypeSlots::EMPTY,
        "io",
    );
    let _ = UNSUPPORTED.get(crate::gil::token()).set(cls);
}

// -- open() ------------------------------------------------------------------------------------

/// An optional str argument of `open()` (None allowed).
fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_str(v).map(Some).ok_or_else(|| {
            exc!(
                type_error,
                "open() argument '{}' must be str or None, not {}",
                what,
                v.type_name()
            )
        }),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = crate::objects::callables::bind::bind(&args, "open", names, 1)?;
    let given = a[0].expect("required");
    // An os.PathLike opens (and names the file) as its __fspath__() string.
    let name = crate::modules::os::fspath_opt(vm, given)?.unwrap_or_else(|| given.clone());
    let path = if let Some(s) = as_str(&name) {
        std::path::PathBuf::from(s)
    } else if let Some(b) = name.downcast::<BytesObj>() {
        std::path::PathBuf::from(String::from_utf8_lossy(&b.bytes).into_owned())
    } else {
        return Err(exc!(
            type_error,
            "expected str, bytes or os.PathLike object, not {}",
            name.type_name()
        ));
    };
    let mode_str = match a[1] {
        None => "r",
        Some(v) => as_str(v).ok_or_else(|| {
            exc!(
                type_error,
                "open() argument 'mode' must be str, not {}",
                v.type_name()
            )
        })?,
    };
    let buffering = match a[2] {
        None => -1,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    let encoding = opt_str(a[3], "encoding")?;
    let errors = opt_str(a[4], "errors")?;
    let newline = opt_str(a[5], "newline")?;
    if let Some(closefd) = a[6] {
        if !vm.truthy(closefd)? {
            return Err(exc!(value_error, "Cannot use closefd=False with file name"));
        }
    }
    if a[7].is_some_and(|o| !o.is_none()) {
        return Err(exc!(
            not_implemented_error,
            "open(): opener is not supported"
        ));
    }
    let mode = OpenMode::parse(mode_str).map_err(|m| exc!(value_error, "{}", m))?;
    if mode.binary {
        for (given, what) in [
            (encoding, "an encoding"),
            (errors, "an errors"),
            (newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(exc!(
                    value_error,
                    "binary mode doesn't take {} argument",
                    what
                ));
            }
        }
    }
    let options = mode.options();
    let gil = crate::gil::token();
    let opened = crate::gil::allow_threads(gil, || options.open(&path));
    let mut file = opened.map_err(|e| os_error(&e, Some(&name)))?;
    if mode.append {
        let end = crate::gil::allow_threads(gil, || file.seek(SeekFrom::End(0)));
        end.map_err(|e| os_error(&e, Some(&name)))?;
    }
    // A directory opens fine for reading on Linux; CPython's FileIO refuses it.
    if crate::gil::allow_threads(gil, || file.metadata().map(|m| m.is_dir()).unwrap_or(false)) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(&e, Some(&name)));
    }
    if buffering == 0 && !mode.binary {
        return Err(exc!(value_error, "can't have unbuffered text I/O"));
    }
    let (enc, enc_name) = match encoding {
        None => (Encoding::Utf8, "UTF-8".to_string()),
        Some(e) => match Encoding::lookup(e) {
            Some(enc) => (enc, e.to_string()),
            None => return Err(exc!(lookup_error, "unknown encoding: {}", e)),
        },
    };
    let newline = Newline::parse(newline).map_err(|m| exc!(value_error, "{}", m))?;
    let t = types();
    let raw = buffering == 0;
    let cls = match (mode.binary, mode.read, mode.write) {
        _ if raw => &t.file_io,
        (false, _, _) => &t.text_file,
        (true, true, true) => &t.buffered_random,
        (true, true, false) => &t.buffered_reader,
        _ => &t.buffered_writer,
    };
    let obj = FileObj {
        name,
        mode: if mode.binary {
            mode.binary_name().to_string()
        } else {
            mode_str.to_string()
        },
        binary: mode.binary,
        raw,
        readable: mode.read,
        writable: mode.write,
        encoding: enc,
        encoding_name: enc_name,
        errors: errors.unwrap_or("strict").to_string(),
        newline,
        state: RefCell::new(State::new(Some(file))),
        wrapped: RefCell::new(None),
        seen: Default::default(),
    };
    Ok(Value::Obj(PyRef::new(cls, obj)))
}

/// `io.FileIO(file, mode='r', closefd=True, opener=None)`: `open(file, mode + 'b',
/// buffering=0)` (its mode takes no `t`).
pub fn file_io_new(vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = ["file", "mode", "closefd", "opener"];
    let a = crate::objects::callables::bind::bind(&args, "FileIO", names, 1)?;
    let mode = match a[1] {
        None => "r",
        Some(v) => as_str(v).ok_or_else(|| {
            exc!(
                type_error,
                "FileIO() argument 'mode' must be str, not {}",
                v.type_name()
            )
        })?,
    };
    if mode.contains('t') || mode.chars().any(|c| !"rwxab+".contains(c)) {
        return Err(exc!(value_error, "invalid mode: {}", mode));
    }
    let binary_mode = if mode.contains('b') {
        mode.to_string()
    } else {
        format!("{mode}b")
    };
    let mut values = vec![
        a[0].expect("required").clone(),
        Value::Obj(crate::objects::strings::str::new_str(binary_mode)),
        Value::Int(0),
    ];
    let mut kwnames = Vec::new();
    for (name, v) in [("closefd", a[2]), ("opener", a[3])] {
        if let Some(v) = v {
            values.push(v.clone());
            kwnames.push(Value::Obj(crate::objects::strings::str::intern(name)));
        }
    }
    open(vm, Args::new(&values, &kwnames))
}

use crate::objects::io::file_methods::{BINARY_GETSETS, METHODS, SLOTS, TEXT_GETSETS, TEXT_SLOTS};

/// `FileIO`'s declaration: the binary files' with a constructor.
pub const FILE_IO_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: TypeSlots {
            new: Some(file_io_new),
            ..SLOTS
        },
        methods: METHODS,
        getsets: BINARY_GETSETS,
    };

/// The buffered binary file types' declaration (see `typeobj::TypeSpec`).
pub const SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: SLOTS,
        methods: METHODS,
        getsets: BINARY_GETSETS,
    };

/// `TextIOWrapper`'s declaration.
pub const TEXT_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: TEXT_SLOTS,
        methods: METHODS,
        getsets: TEXT_GETSETS,
    };
