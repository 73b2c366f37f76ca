//! Normalising the arguments of `throw(type[, value[, traceback]])` (generators,
//! coroutines, and the async generator awaitables) into the exception to raise.

use crate::exc;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// The exception `throw(type[, value[, traceback]])` raises, normalised as CPython does.
    pub(super) fn thrown_exception(&mut self, args: &[Value]) -> PyResult<PyErr> {
        let tb = args.get(2).filter(|tb| !tb.is_none());
        if tb.is_some_and(|tb| {
            tb.downcast::<crate::objects::exceptions::traceback::TracebackObj>()
                .is_none()
        }) {
            return Err(exc!(
                type_error,
                "throw() third argument must be a traceback object"
            ));
        }
        let e = self.thrown_exception_value(args)?;
        if let Some(tb) = tb {
            e.payload().set_traceback(tb)?;
        }
        Ok(e)
    }

    /// The exception instance of `throw(type[, value[, traceback]])`.
    fn thrown_exception_value(&mut self, args: &[Value]) -> PyResult<PyErr> {
        let (typ, val) = (&args[0], args.get(1).filter(|v| !v.is_none()));
        let base = &types().exc.base_exception;
        if let Some(cls) = typ
            .as_obj()
            .filter(|o| o.is::<TypeObject>() && TypeObject::is_subtype(o, base))
        {
            let inst = match val {
                Some(v) if TypeObject::is_subtype(v.class(), cls) => v.clone(),
                Some(v) => match v.downcast::<TupleObj>() {
                    Some(t) => {
                        let items = t.items.to_vec();
                        self.call(typ, Args::positional(&items))?
                    }
                    None => self.call(typ, Args::positional(std::slice::from_ref(v)))?,
                },
                None => self.call(typ, Args::positional(&[]))?,
            };
            return self.make_exception(inst);
        }
        if typ
            .as_obj()
            .is_some_and(|o| TypeObject::is_subtype(o.class(), base))
        {
            if val.is_some() {
                return Err(exc!(
                    type_error,
                    "instance exception may not have a separate value"
                ));
            }
            return self.make_exception(typ.clone());
        }
        Err(exc!(
            type_error,
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.type_name()
        ))
    }
}
