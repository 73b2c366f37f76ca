//! The object model: one module per builtin type, plus the core (`core`: layout, counting,
//! freeing — the only `unsafe` code), `value` (immediates and references) and `typeobj`.

/// THE list of heap payload types. Each line gives the [`core::Kind`] tag and the Rust
/// payload type; `core` generates the tag enum, downcasting and deallocation from it.
/// Adding a payload type is one line here.
macro_rules! payloads {
    ($callback:ident) => {
        $callback! {
            Type => super::typeobj::TypeObject,
            Str => super::str::StrObj [u8],
            BigInt => super::int::IntObj,
            Bytes => super::bytes::BytesObj,
            List => super::list::ListObj,
            Tuple => super::tuple::TupleObj [super::Value],
            Dict => super::dict::DictObj,
            Set => super::set::SetObj,
            Range => super::range::RangeObj,
            Slice => super::slice::SliceObj,
            Function => super::function::FunctionObj,
            BuiltinFunction => super::function::BuiltinFunctionObj,
            BoundMethod => super::function::BoundMethodObj,
            Code => super::code::CodeObj,
            Cell => super::cell::CellObj,
            Module => super::module::ModuleObj,
            Exception => super::exception::ExceptionObj,
            Instance => super::instance::InstanceObj [super::core::tail::ValueCell],
            Singleton => super::singleton::SingletonObj,
            Iter => super::iter::IterObj,
            Stream => super::stream::StreamObj,
            DictView => super::dictview::DictViewObj,
            BytesIter => super::bytes::BytesIterObj,
            ByteArray => super::bytearray::ByteArrayObj,
            SlotWrapper => super::slotdefs::SlotWrapperObj,
            FuncWrapper => super::descr::FuncWrapperObj,
            Property => super::descr::PropertyObj,
            MemberDescr => super::descr::MemberDescrObj,
            GetSetDescr => super::getset::GetSetDescrObj,
            MappingProxy => super::mappingproxy::MappingProxyObj,
            Super => super::descr::SuperObj,
            GenericAlias => super::generic_alias::GenericAliasObj,
            Generator => super::generator::GenObj,
            File => super::file::FileObj,
            Native => super::native::NativeObj,
            Traceback => super::traceback::TracebackObj,
            Frame => super::frame::FrameObj,
            Float => super::float::FloatObj,
        }
    };
}

pub mod core;
pub mod trace;

pub mod bind;
pub mod builtin_types;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod cell;
pub mod class;
pub mod class_assign;
pub mod class_slots;
pub mod code;
pub mod code_replace;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod exception;
pub mod exception_kinds;
pub mod file;
pub mod file_io;
pub mod file_methods;
pub mod float;
pub mod float_repr;
pub mod format;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod getset;
pub mod hash;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod module;
pub mod native;
pub mod object_state;
pub mod range;
pub mod seq;
pub mod set;
pub mod shape;
pub mod singleton;
pub mod sizeof;
pub mod slice;
pub mod slotdefs;
pub mod sort;
pub mod str;
pub mod str_case;
pub mod str_methods;
pub mod str_printf;
pub mod str_search;
pub mod stream;
#[cfg(test)]
pub mod testutil;
pub mod traceback;
pub mod tuple;
pub mod typecache;
pub mod typeobj;
pub mod unicode;
pub mod unicode_data;
pub mod value;

pub use self::core::{Kind, PyPayload, PyRef};
pub use self::typeobj::{types, types_in, NativeFn, TypeObject, TypeSlots};
pub use self::value::Value;

#[cfg(test)]
mod tests {
    use super::dict::DictObj;
    use super::str::{intern, new_str};
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
            head = Value::Obj(list::ListObj::new_ref(vec![head]));
        }
        drop(head);
    }
}
