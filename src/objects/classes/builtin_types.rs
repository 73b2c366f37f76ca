//! The table of builtin types and singletons, created once per process (see `typeobj`).
//!
//! Creation has two phases because interning a string needs the `str` type: [`TypeTable::create`]
//! makes every type object with an empty dict, then [`TypeTable::populate`] (run once the
//! table is reachable through `types()`) fills in methods and class attributes.

use crate::objects::classes::typeobj::{new_builtin_type, TypeObject, TypeSlots};
use crate::objects::core::{Kind, PyRef};
use crate::objects::{
    binary::bytearray, binary::bytes, binary::memoryview, callables::cell, callables::code,
    callables::descr, callables::frame, callables::function, callables::generator,
    callables::getset, classes::generic_alias, classes::instance, classes::singleton,
    classes::slotdefs, classes::union, containers::dict, containers::dictview, containers::iter,
    containers::list, containers::mappingproxy, containers::range, containers::set,
    containers::slice, containers::tuple, exceptions::exception, exceptions::exception_kinds,
    exceptions::traceback, io::file, io::stream, module, numbers::float, numbers::int,
    strings::str as pystr,
};

macro_rules! exception_types {
    ($root:ident; $($field:ident = $name:literal < $base:ident $(+ $extra:ident)? $([$members:expr])?,)*) => {
        /// The builtin exception classes, by their snake_case names (`exc.type_error`).
        pub struct ExcTypes {
            pub base_exception: PyRef,
            $(pub $field: PyRef,)*
        }

        impl ExcTypes {
            fn create(meta: &PyRef, object: &PyRef) -> ExcTypes {
                let $root = new_builtin_type(
                    meta, "BaseException", Some(object), Kind::Exception,
                    exception::SLOTS, &[],
                );
                $(let $field = crate::objects::classes::typeobj::new_builtin_type_with_bases(
                    meta, $name, vec![$base.clone() $(, $extra.clone())?], Kind::Exception, TypeSlots::EMPTY,
                    "builtins",
                );)*
                ExcTypes { base_exception: $root, $($field,)* }
            }

            /// Every exception class with its Python name, for the builtins module.
            pub fn all(&self) -> Vec<&PyRef> {
                vec![&self.base_exception, $(&self.$field,)*]
            }

            /// Puts the member descriptors of the classes with fields of their own in their dicts.
            fn add_members(&self) {
                $($(crate::objects::classes::typeobj::add_getsets(&self.$field, $members);)?)*
            }
        }
    };
}

exception_types! {
    base_exception;
    exception = "Exception" < base_exception,
    generator_exit = "GeneratorExit" < base_exception,
    keyboard_interrupt = "KeyboardInterrupt" < base_exception,
    system_exit = "SystemExit" < base_exception [exception_kinds::SYSTEM_EXIT_MEMBERS],
    base_exception_group = "BaseExceptionGroup" < base_exception
        [exception_kinds::EXCEPTION_GROUP_MEMBERS],
    arithmetic_error = "ArithmeticError" < exception,
    floating_point_error = "FloatingPointError" < arithmetic_error,
    overflow_error = "OverflowError" < arithmetic_error,
    zero_division_error = "ZeroDivisionError" < arithmetic_error,
    assertion_error = "AssertionError" < exception,
    attribute_error = "AttributeError" < exception [exception_kinds::ATTRIBUTE_MEMBERS],
    buffer_error = "BufferError" < exception,
    eof_error = "EOFError" < exception,
    import_error = "ImportError" < exception [exception_kinds::IMPORT_MEMBERS],
    module_not_found_error = "ModuleNotFoundError" < import_error,
    lookup_error = "LookupError" < exception,
    index_error = "IndexError" < lookup_error,
    key_error = "KeyError" < lookup_error,
    memory_error = "MemoryError" < exception,
    name_error = "NameError" < exception [exception_kinds::NAME_MEMBERS],
    unbound_local_error = "UnboundLocalError" < name_error,
    os_error = "OSError" < exception [exception_kinds::OS_MEMBERS],
    blocking_io_error = "BlockingIOError" < os_error,
    child_process_error = "ChildProcessError" < os_error,
    connection_error = "ConnectionError" < os_error,
    broken_pipe_error = "BrokenPipeError" < connection_error,
    connection_aborted_error = "ConnectionAbortedError" < connection_error,
    connection_refused_error = "ConnectionRefusedError" < connection_error,
    connection_reset_error = "ConnectionResetError" < connection_error,
    file_exists_error = "FileExistsError" < os_error,
    file_not_found_error = "FileNotFoundError" < os_error,
    interrupted_error = "InterruptedError" < os_error,
    is_a_directory_error = "IsADirectoryError" < os_error,
    not_a_directory_error = "NotADirectoryError" < os_error,
    permission_error = "PermissionError" < os_error,
    process_lookup_error = "ProcessLookupError" < os_error,
    timeout_error = "TimeoutError" < os_error,
    reference_error = "ReferenceError" < exception,
    runtime_error = "RuntimeError" < exception,
    not_implemented_error = "NotImplementedError" < runtime_error,
    recursion_error = "RecursionError" < runtime_error,
    stop_async_iteration = "StopAsyncIteration" < exception,
    stop_iteration = "StopIteration" < exception [exception_kinds::STOP_ITERATION_MEMBERS],
    syntax_error = "SyntaxError" < exception [exception_kinds::SYNTAX_MEMBERS],
    indentation_error = "IndentationError" < syntax_error,
    tab_error = "TabError" < indentation_error,
    system_error = "SystemError" < exception,
    type_error = "TypeError" < exception,
    value_error = "ValueError" < exception,
    unicode_error = "UnicodeError" < value_error,
    unicode_decode_error = "UnicodeDecodeError" < unicode_error,
    unicode_encode_error = "UnicodeEncodeError" < unicode_error,
    unicode_translate_error = "UnicodeTranslateError" < unicode_error,
    warning = "Warning" < exception,
    exception_group = "ExceptionGroup" < base_exception_group + exception,
    deprecation_warning = "DeprecationWarning" < warning,
    pending_deprecation_warning = "PendingDeprecationWarning" < warning,
    runtime_warning = "RuntimeWarning" < warning,
    syntax_warning = "SyntaxWarning" < warning,
    user_warning = "UserWarning" < warning,
    future_warning = "FutureWarning" < warning,
    import_warning = "ImportWarning" < warning,
    unicode_warning = "UnicodeWarning" < warning,
    bytes_warning = "BytesWarning" < warning,
    resource_warning = "ResourceWarning" < warning,
    encoding_warning = "EncodingWarning" < warning,
}

macro_rules! builtin_types {
    ($type_:ident, $object:ident; $($field:ident = $name:literal < $base:ident : $kind:ident, $spec:expr;)*) => {
        /// Every builtin type, plus the `NotImplemented` and `Ellipsis` singletons.
        pub struct TypeTable {
            pub type_: PyRef,
            pub object: PyRef,
            $(pub $field: PyRef,)*
            pub exc: ExcTypes,
            pub not_implemented: PyRef,
            pub ellipsis: PyRef,
        }

        impl TypeTable {
            /// Phase one: every type object, with empty dicts.
            pub(super) fn create() -> TypeTable {
                // `object` comes first (it is `type`'s base) and gets its type last.
                let $object = PyRef::new_typeless(TypeObject::builtin(
                    "object", vec![], vec![], &instance::OBJECT_SLOTS, Kind::Instance, "builtins",
                ));
                let type_slots =
                    crate::objects::classes::typeobj::inherit_slots(crate::objects::classes::typeobj::TYPE_SLOTS, Some(&$object));
                let $type_ = PyRef::new_self_typed(TypeObject::builtin(
                    "type",
                    vec![$object.clone()],
                    vec![$object.clone()],
                    Box::leak(Box::new(type_slots)),
                    Kind::Type,
                    "builtins",
                ));
                $object.init_type(&$type_);
                TypeObject::link_to_bases(&$type_);
                $(let $field = new_builtin_type(&$type_, $name, Some(&$base), Kind::$kind, $spec.slots, &[]);)*
                let exc = ExcTypes::create(&$type_, &$object);
                let mut table = TypeTable {
                    type_: $type_.clone(), object: $object.clone(), $($field,)* exc,
                    not_implemented: $type_.clone(), ellipsis: $type_,
                };
                table.not_implemented = PyRef::new(
                    &table.not_implemented_type,
                    singleton::SingletonObj { name: "NotImplemented" },
                );
                table.ellipsis =
                    PyRef::new(&table.ellipsis_type, singleton::SingletonObj { name: "Ellipsis" });
                table
            }

            /// Phase two: methods and class attributes (needs interned strings).
            pub(super) fn populate(&self) {
                crate::objects::classes::typeobj::add_methods(&self.type_, crate::objects::classes::typeobj::TYPE_METHODS);
                crate::objects::classes::typeobj::add_methods(&self.object, instance::OBJECT_METHODS);
                crate::objects::classes::typeobj::add_methods(&self.object, crate::objects::classes::object_state::METHODS);
                $(crate::objects::classes::typeobj::add_methods(&self.$field, $spec.methods);)*
                $(crate::objects::classes::typeobj::add_getsets(&self.$field, $spec.getsets);)*
                crate::objects::classes::typeobj::add_methods(&self.exc.base_exception, exception::METHODS);
                crate::objects::classes::typeobj::add_getsets(&self.exc.base_exception, exception::GETSETS);
                self.exc.add_members();
                crate::objects::classes::typeobj::add_methods(
                    &self.exc.base_exception_group,
                    crate::objects::exceptions::exception_group::METHODS,
                );
                crate::objects::io::file::populate(self);
                // The collector closes the generators it finds in cyclic garbage.
                self.generator.set_flag(crate::objects::core::flag::GC_FINALIZER);
                self.coroutine.set_flag(crate::objects::core::flag::GC_FINALIZER);
                self.async_generator.set_flag(crate::objects::core::flag::GC_FINALIZER);
                // Builtin slots become visible as dunders (`list.__len__`), base types first.
                crate::objects::classes::slotdefs::add_slot_wrappers(&self.object);
                crate::objects::classes::slotdefs::add_slot_wrappers(&self.type_);
                $(crate::objects::classes::slotdefs::add_slot_wrappers(&self.$field);)*
                for e in self.exc.all() {
                    crate::objects::classes::slotdefs::add_slot_wrappers(e);
                }
                crate::objects::classes::typeobj::invalidate_lookup_cache();
            }
        }
    };
}

// Order matters: a type's base must come before it.
builtin_types! {
    type_, object;
    none_type = "NoneType" < object: Instance, singleton::NONE_SPEC;
    not_implemented_type = "NotImplementedType" < object: Singleton, singleton::SPEC;
    ellipsis_type = "ellipsis" < object: Singleton, singleton::SPEC;
    int = "int" < object: BigInt, int::SPEC;
    bool = "bool" < int: BigInt, int::BOOL_SPEC;
    float = "float" < object: Float, float::SPEC;
    complex = "complex" < object: Complex, crate::objects::numbers::complex::SPEC;
    str = "str" < object: Str, pystr::SPEC;
    bytes = "bytes" < object: Bytes, bytes::SPEC;
    bytearray = "bytearray" < object: ByteArray, bytearray::SPEC;
    memoryview = "memoryview" < object: MemoryView, memoryview::SPEC;
    list = "list" < object: List, list::SPEC;
    tuple = "tuple" < object: Tuple, tuple::SPEC;
    dict = "dict" < object: Dict, dict::SPEC;
    set = "set" < object: Set, set::SPEC;
    frozenset = "frozenset" < object: Set, set::FROZEN_SPEC;
    range = "range" < object: Range, range::SPEC;
    slice = "slice" < object: Slice, slice::SPEC;
    function = "function" < object: Function, function::FUNCTION_SPEC;
    builtin_function = "builtin_function_or_method" < object: BuiltinFunction, function::BUILTIN_SPEC;
    method_descriptor = "method_descriptor" < object: BuiltinFunction, function::METHOD_DESCRIPTOR_SPEC;
    method = "method" < object: BoundMethod, function::METHOD_SPEC;
    code = "code" < object: Code, code::SPEC;
    traceback = "traceback" < object: Traceback, traceback::SPEC;
    frame = "frame" < object: Frame, frame::SPEC;
    cell = "cell" < object: Cell, cell::SPEC;
    module = "module" < object: Module, module::SPEC;
    list_iterator = "list_iterator" < object: Iter, iter::SPEC;
    list_reverseiterator = "list_reverseiterator" < object: Iter, iter::SPEC;
    tuple_iterator = "tuple_iterator" < object: Iter, iter::SPEC;
    str_iterator = "str_ascii_iterator" < object: Iter, iter::SPEC;
    str_iterator_unicode = "str_iterator" < object: Iter, iter::SPEC;
    seq_iterator = "iterator" < object: Iter, iter::SPEC;
    callable_iterator = "callable_iterator" < object: Iter, iter::CALLABLE_SPEC;
    range_iterator = "range_iterator" < object: Iter, iter::SPEC;
    longrange_iterator = "longrange_iterator" < object: Iter, iter::SPEC;
    dict_keyiterator = "dict_keyiterator" < object: Iter, iter::SPEC;
    dict_valueiterator = "dict_valueiterator" < object: Iter, iter::SPEC;
    dict_itemiterator = "dict_itemiterator" < object: Iter, iter::SPEC;
    dict_reversekeyiterator = "dict_reversekeyiterator" < object: Iter, iter::SPEC;
    dict_reversevalueiterator = "dict_reversevalueiterator" < object: Iter, iter::SPEC;
    dict_reverseitemiterator = "dict_reverseitemiterator" < object: Iter, iter::SPEC;
    set_iterator = "set_iterator" < object: Iter, iter::SPEC;
    enumerate = "enumerate" < object: Iter, iter::ENUMERATE_SPEC;
    zip = "zip" < object: Iter, iter::ZIP_SPEC;
    map = "map" < object: Iter, iter::MAP_SPEC;
    filter = "filter" < object: Iter, iter::FILTER_SPEC;
    reversed = "reversed" < object: Iter, iter::REVERSED_SPEC;
    dict_keys = "dict_keys" < object: DictView, dictview::SETLIKE_SPEC;
    dict_values = "dict_values" < object: DictView, dictview::VALUES_SPEC;
    dict_items = "dict_items" < object: DictView, dictview::SETLIKE_SPEC;
    text_stream = "TextIOWrapper" < object: Stream, stream::SPEC;
    staticmethod = "staticmethod" < object: FuncWrapper, descr::STATICMETHOD_SPEC;
    classmethod = "classmethod" < object: FuncWrapper, descr::CLASSMETHOD_SPEC;
    property = "property" < object: Property, descr::PROPERTY_SPEC;
    super_ = "super" < object: Super, descr::SUPER_SPEC;
    wrapper_descriptor = "wrapper_descriptor" < object: SlotWrapper, slotdefs::SPEC;
    member_descriptor = "member_descriptor" < object: MemberDescr, descr::MEMBER_SPEC;
    getset_descriptor = "getset_descriptor" < object: GetSetDescr, getset::SPEC;
    mappingproxy = "mappingproxy" < object: MappingProxy, mappingproxy::SPEC;
    generic_alias = "types.GenericAlias" < object: GenericAlias, generic_alias::SPEC;
    union_type = "types.UnionType" < object: Union, union::SPEC;
    bytes_iterator = "bytes_iterator" < object: BytesIter, bytes::ITER_SPEC;
    bytearray_iterator = "bytearray_iterator" < object: BytesIter, bytes::ITER_SPEC;
    memory_iterator = "memory_iterator" < object: Iter, iter::SPEC;
    generator = "generator" < object: Generator, generator::SPEC;
    coroutine = "coroutine" < object: Generator, generator::coro::CORO_SPEC;
    async_generator = "async_generator" < object: Generator, generator::coro::AGEN_SPEC;
    coroutine_wrapper = "coroutine_wrapper" < object: Awaitable, generator::awaitables::WRAPPER_SPEC;
    async_generator_asend = "async_generator_asend" < object: Awaitable, generator::awaitables::SPEC;
    async_generator_athrow = "async_generator_athrow" < object: Awaitable, generator::awaitables::SPEC;
    anext_awaitable = "anext_awaitable" < object: Awaitable, generator::awaitables::SPEC;
    text_file = "TextIOWrapper" < object: File, file::TEXT_SPEC;
    buffered_reader = "BufferedReader" < object: File, file::SPEC;
    buffered_writer = "BufferedWriter" < object: File, file::SPEC;
    buffered_random = "BufferedRandom" < object: File, file::SPEC;
    file_io = "FileIO" < object: File, file::FILE_IO_SPEC;
    stdin_buffer = "BufferedReader" < object: Stream, stream::BUFFER_SPEC;
    stdout_buffer = "BufferedWriter" < object: Stream, stream::BUFFER_SPEC;
    stdio_raw = "FileIO" < object: Stream, stream::BUFFER_SPEC;
}
