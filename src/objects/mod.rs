//! The object model: one module per builtin type, plus the core (`core`: layout, counting,
//! freeing — the only `unsafe` code), `value` (immediates and references) and `typeobj`.

/// THE list of heap payload types. Each line gives the [`core::Kind`] tag and the Rust
/// payload type; `core` generates the tag enum, downcasting and deallocation from it.
/// Adding a payload type is one line here.
macro_rules! payloads {
    ($callback:ident) => {
        $callback! {
            Type => super::classes::typeobj::TypeObject,
            Str => super::strings::str::StrObj [u8],
            BigInt => super::numbers::int::IntObj,
            Bytes => super::binary::bytes::BytesObj,
            List => super::containers::list::ListObj,
            Tuple => super::containers::tuple::TupleObj [super::Value],
            Dict => super::containers::dict::DictObj,
            Set => super::containers::set::SetObj,
            Range => super::containers::range::RangeObj,
            Slice => super::containers::slice::SliceObj,
            Function => super::callables::function::FunctionObj,
            BuiltinFunction => super::callables::function::BuiltinFunctionObj,
            BoundMethod => super::callables::function::BoundMethodObj,
            Code => super::callables::code::CodeObj,
            Cell => super::callables::cell::CellObj,
            Module => super::module::ModuleObj,
            Exception => super::exceptions::exception::ExceptionObj,
            Instance => super::classes::instance::InstanceObj [super::core::tail::ValueCell],
            Singleton => super::classes::singleton::SingletonObj,
            Iter => super::containers::iter::IterObj,
            Stream => super::io::stream::StreamObj,
            DictView => super::containers::dictview::DictViewObj,
            BytesIter => super::binary::bytes::BytesIterObj,
            ByteArray => super::binary::bytearray::ByteArrayObj,
            MemoryView => super::binary::memoryview::MemoryViewObj,
            SlotWrapper => super::classes::slotdefs::SlotWrapperObj,
            FuncWrapper => super::callables::descr::FuncWrapperObj,
            Property => super::callables::descr::PropertyObj,
            MemberDescr => super::callables::descr::MemberDescrObj,
            GetSetDescr => super::callables::getset::GetSetDescrObj,
            MappingProxy => super::containers::mappingproxy::MappingProxyObj,
            Super => super::callables::descr::SuperObj,
            GenericAlias => super::classes::generic_alias::GenericAliasObj,
            Union => super::classes::union::UnionObj,
            Generator => super::callables::generator::GenObj,
            Awaitable => super::callables::generator::awaitables::AwaitObj,
            File => super::io::file::FileObj,
            Native => super::callables::native::NativeObj,
            Traceback => super::exceptions::traceback::TracebackObj,
            Frame => super::callables::frame::FrameObj,
            Float => super::numbers::float::FloatObj,
            Complex => super::numbers::complex::ComplexObj,
        }
    };
}

pub mod core;
pub mod trace;

pub mod binary;
pub mod callables;
pub mod classes;
pub mod containers;
pub mod exceptions;
pub mod io;
pub mod module;
pub mod numbers;
pub mod sizeof;
pub mod strings;
#[cfg(test)]
pub mod testutil;
pub mod value;

pub use self::classes::typeobj::{types, types_in, NativeFn, TypeObject, TypeSlots};
pub use self::core::{Kind, PyPayload, PyRef};
pub use self::value::Value;

#[cfg(test)]
mod tests {
    use super::containers::dict::DictObj;
    use super::strings::str::{intern, new_str};
    use super::*;

    #[test]
    fn bootstrap_interning_and_dict() {
        let _gil = crate::gil::acquire();
        let t = types();
        assert!(t.type_.class().ptr_eq(&t.type_));
        assert!(TypeObject::is_subtype(&t.bool, &t.int));
        assert!(TypeObject::is_subtype(
            &t.exc.key_error,
            &t.exc.lookup_error
        ));
        let a = intern("hello");
        let b = intern("hello");
        assert!(a.ptr_eq(&b));
        let d = DictObj::new();
        for i in 0..100 {
            d.set_str(intern(&format!("k{i}")), Value::Int(i));
        }
        // A non-interned equal string finds the entry by content.
        let k = new_str("k42");
        assert!(matches!(d.get_str(&k), Some(Value::Int(42))));
        assert_eq!(d.len(), 100);
        assert!(d.del_str(&intern("k0")).is_some());
        assert_eq!(d.keys().len(), 99);
        let before = a.refcount();
        let a2 = a.clone();
        assert_eq!(a.refcount(), before + 1);
        drop(a2);
        assert_eq!(a.refcount(), before);
    }

    #[test]
    fn long_chain_frees_without_overflow() {
        let _gil = crate::gil::acquire();
        let mut head = Value::None;
        for _ in 0..1_000_000 {
            head = Value::Obj(containers::list::ListObj::new_ref(vec![head]));
        }
        drop(head);
    }
}
