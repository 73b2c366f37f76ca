//! Types and classes: type objects and their slot tables (`typeobj`), the table of builtin
//! types (`builtin_types`), version tags and the attribute cache (`typecache`), classes made
//! by the `class` statement (`class`, `__class__`/`__bases__` assignment in `class_assign`,
//! `__slots__` in `class_slots`), the slot wrappers that expose Rust slots as dunders and
//! dunders as slots (`slotdefs`), instances of plain classes (`instance`, with their `shape`s)
//! and `object`'s `__getstate__` (`object_state`), `list[int]`-style aliases
//! (`generic_alias`), `int | str` unions (`union`), and the `NotImplemented`/`Ellipsis` singletons (`singleton`).
//!
//! (Named `classes`, not `types`, because `objects::types()` is the accessor of the builtin
//! type table.)
//!
//! Invariants: whatever changes what `TypeObject::lookup` can see from a type (its dict, its
//! MRO, a base's dict) calls `typecache::modified`, which clears the version tag of the type
//! and of every subclass, so a cache keyed on a tag is valid exactly while the tag lives. A
//! class's name, bases and MRO sit in cells and are read as snapshots, so code walking an MRO
//! while running Python code walks the one it started with.

pub mod builtin_types;
pub mod class;
pub mod class_assign;
pub mod class_slots;
pub mod generic_alias;
pub mod instance;
pub mod object_state;
pub mod shape;
pub mod singleton;
pub mod slotdefs;
pub mod typecache;
pub mod typeobj;
pub mod union;
