//! Input and output objects: files made by `open()` (`file`: the object and its buffering;
//! `open`: `open()` over a path, a descriptor or an `opener=`; `buffered`: `BufferedReader(raw)`
//! and friends, the binary-only methods and the closing finalizer; `file_methods`: the Python methods; `file_io`: the plain-Rust half —
//! mode strings, codecs, newline settings; `wrapper`: `io.TextIOWrapper` over a Python buffer
//! object), and `sys.stdin`/`sys.stdout`/`sys.stderr` (`stream`).
//!
//! Invariants: every blocking system call runs with the GIL released and with the OS handle
//! taken out of the object's state, so no `RefCell` borrow is held while another thread may
//! run; a file used by two threads at once gives a RuntimeError, never a panic. stdout is
//! buffered by the interpreter and flushed at exit; stderr is unbuffered.

pub mod buffered;
pub mod file;
pub mod file_io;
pub mod file_methods;
pub mod open;
pub mod stream;
pub mod wrapper;
