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
//! replace/ignore on reading (no surrogateescape: strs hold no lone surrogates). `open()`
//! itself is in `open.rs`.

use std::cell::{OnceCell, RefCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::exc;
use crate::objects::classes::typeobj::{TypeObject, TypeSlots};
use crate::objects::core::{GilStatic, Kind, PyRef};
use crate::objects::exceptions::exception::PyErr;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::io::file_io::{Decoded, Encoding, Newline};
use crate::objects::strings::str::as_str;
use crate::objects::trace::Trace;
use crate::objects::Value;
use crate::vm::PyResult;

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
    /// Closing (or freeing) the object closes the descriptor (`closefd=False` leaves it open).
    pub(super) closefd: bool,
    /// A wrapper whose buffer `detach()` handed back: unusable (and also `closed`).
    pub(super) detached: bool,
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
            closefd: true,
            detached: false,
        }
    }
}

impl Drop for State {
    fn drop(&mut self) {
        if let Some(mut f) = self.file.take() {
            let _ = f.write_all(&self.wbuf);
            let _ = release(f, self.closefd);
        }
    }
}

/// Lets go of a file: closes it by its descriptor, or with `closefd=False` leaves the
/// descriptor open. (Dropping a `File` whose descriptor was already closed behind its back —
/// `os.close(f.fileno())` — aborts the process; closing by number gives EBADF instead.)
pub(super) fn release(f: File, closefd: bool) -> std::io::Result<()> {
    use std::os::fd::IntoRawFd;
    let fd = f.into_raw_fd();
    if closefd {
        crate::modules::os::raw::close(fd)
    } else {
        Ok(())
    }
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
    /// CPython's ValueError for any use of a detached wrapper.
    pub(super) fn check_attached(&self) -> PyResult<()> {
        if !self.state.borrow().detached {
            return Ok(());
        }
        Err(if self.binary {
            exc!(value_error, "raw stream has been detached")
        } else {
            exc!(value_error, "underlying buffer has been detached")
        })
    }

    pub(super) fn check_open(&self, op: Op) -> PyResult<()> {
        self.check_attached()?;
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
        let name = match &self.name {
            Value::Int(fd) => fd.to_string(),
            n => as_str(n).map_or_else(String::new, crate::objects::strings::str::repr_str),
        };
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
        let (file, closefd) = {
            let mut st = self.state.borrow_mut();
            st.closed = true;
            st.rbuf = Vec::new();
            (st.file.take(), st.closefd)
        };
        let closed = match file {
            Some(f) => release(f, closefd).map_err(|e| os_error(&e, None)),
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
    // Freeing an open file closes it through `__del__` (see `buffered.rs`).
    for ty in [
        &t.text_file,
        &t.buffered_reader,
        &t.buffered_writer,
        &t.buffered_random,
        &t.file_io,
    ] {
        ty.set_flag(crate::objects::core::flag::HAS_FINALIZER);
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

use crate::objects::io::file_methods::{
    BINARY_GETSETS, BUFFERED_METHODS, METHODS, RAW_METHODS, SLOTS, TEXT_GETSETS, TEXT_SLOTS,
};

/// `FileIO`'s declaration: the binary files' with a constructor.
pub const FILE_IO_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: TypeSlots {
            new: Some(super::open::file_io_new),
            ..SLOTS
        },
        methods: RAW_METHODS,
        getsets: BINARY_GETSETS,
    };

/// The buffered binary file types' declaration (see `typeobj::TypeSpec`).
pub const SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: TypeSlots {
            new: Some(super::buffered::buffered_new),
            ..SLOTS
        },
        methods: BUFFERED_METHODS,
        getsets: BINARY_GETSETS,
    };

/// `TextIOWrapper`'s declaration.
pub const TEXT_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: TEXT_SLOTS,
        methods: METHODS,
        getsets: TEXT_GETSETS,
    };
