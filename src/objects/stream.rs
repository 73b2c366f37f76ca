//! `sys.stdout` / `sys.stderr`: text streams over the process's standard output and error.
//! stdout goes through the interpreter's buffer (flushed at exit); stderr is unbuffered.

use super::str::{as_str, new_str};
use super::typeobj::{MethodDef, TypeSlots};
use super::{PyRef, Value};
use crate::method;
use crate::vm::{Args, PyResult, Vm};

pub struct StreamObj {
    /// 1 for stdout, 2 for stderr.
    pub fd: u8,
}

impl StreamObj {
    /// Writes text to the stream.
    pub fn write(&self, vm: &mut Vm, text: &str) {
        if self.fd == 1 {
            vm.interp.write_stdout(text);
        } else {
            vm.interp.write_stderr(text);
        }
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("write", 2, 2)?;
    let this = args.pos()[0].downcast::<StreamObj>().expect("a stream");
    let Some(text) = as_str(&args.pos()[1]) else {
        return Err(crate::exc!(
            type_error,
            "write() argument must be str, not {}",
            args.pos()[1].type_name()
        ));
    };
    let n = text.chars().count();
    this.write(vm, text);
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.interp.flush_stdout();
    Ok(Value::None)
}

fn stream_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = v.downcast::<StreamObj>().expect("a stream");
    let name = if s.fd == 1 { "<stdout>" } else { "<stderr>" };
    Ok(new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(stream_repr),
    ..TypeSlots::EMPTY
};

pub const METHODS: &[MethodDef] = &[
    method!("write", stream_write),
    method!("flush", stream_flush),
];
