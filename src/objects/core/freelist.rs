//! Free lists of small object boxes: the memory of a freed small object is kept for the
//! next object of its size class instead of going back to `malloc` (CPython keeps free lists
//! for floats, tuples, lists, dicts, frames and more, and pymalloc's pools for the rest).
//!
//! Sizes up to [`MAX_SMALL`] bytes are rounded up to a size class — 8, 24, 40, ... bytes: a
//! multiple of [`GRAIN`] less the word `malloc` keeps before each block, so that a class
//! block takes no more of `malloc`'s memory than the unrounded request would; each class keeps
//! at most [`KEEP_BYTES`] of free blocks, in an intrusive singly-linked list (a free block's
//! first word points at the next one). Larger or over-aligned boxes go straight to the
//! global allocator. Both sides of a box's life go through [`alloc`]/[`dealloc`] with the
//! same layout, so a block always returns to the class it came from.
//!
//! The lists are process-wide and touched only by the thread holding the GIL (every object is
//! made and freed under it; a debug build asserts it), like the live-object count.

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr;

/// The size step of the classes (and the alignment `malloc` gives every block).
const GRAIN: usize = 16;
/// `malloc`'s per-block header (glibc: one word).
const OVERHEAD: usize = 8;
/// How many classes.
const CLASSES: usize = 16;
/// The largest box kept on a free list.
pub const MAX_SMALL: usize = GRAIN * CLASSES - OVERHEAD;
/// The most memory one class keeps free (what a burst of frees can pin).
const KEEP_BYTES: usize = 64 * 1024;

struct Lists {
    heads: [Cell<*mut u8>; CLASSES],
    lens: [Cell<u32>; CLASSES],
}

// SAFETY: only the thread holding the GIL touches the lists (see the module docs), so the
// cells are never used by two threads at once.
unsafe impl Sync for Lists {}

#[allow(clippy::declare_interior_mutable_const)]
const NO_BLOCK: Cell<*mut u8> = Cell::new(ptr::null_mut());
#[allow(clippy::declare_interior_mutable_const)]
const ZERO: Cell<u32> = Cell::new(0);

static LISTS: Lists = Lists {
    heads: [NO_BLOCK; CLASSES],
    lens: [ZERO; CLASSES],
};

/// The class of a layout, or `None` when it is not kept.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    (layout.size() <= MAX_SMALL && layout.align() <= OVERHEAD)
        .then(|| (layout.size() + OVERHEAD - 1) / GRAIN)
}

/// The size of a class's blocks.
#[inline(always)]
fn class_size(class: usize) -> usize {
    (class + 1) * GRAIN - OVERHEAD
}

/// The layout a class's blocks are allocated with (boxes aligned to more than a word are
/// not kept).
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    Layout::from_size_align(class_size(class), OVERHEAD).expect("a valid class layout")
}

/// A block for `layout` (never zero-sized): from its class's free list when it has one.
/// Null when the allocator fails.
///
/// # Safety
/// The caller holds the GIL, and gives the block back with [`dealloc`] and the same layout.
#[inline(always)]
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    debug_assert!(crate::gil::held_by_this_thread());
    let Some(c) = class_of(layout) else {
        // SAFETY: the layout is not zero-sized (the caller's promise).
        return unsafe { std::alloc::alloc(layout) };
    };
    let head = LISTS.heads[c].get();
    if head.is_null() {
        // SAFETY: a class layout is never zero-sized.
        return unsafe { std::alloc::alloc(class_layout(c)) };
    }
    // SAFETY: a block on the list is a free block of this class whose first word holds the
    // next block (written by `dealloc`); it is taken off the list before it is handed out.
    unsafe {
        LISTS.heads[c].set(head.cast::<*mut u8>().read());
    }
    LISTS.lens[c].set(LISTS.lens[c].get() - 1);
    head
}

/// Gives back a block that [`alloc`] made for `layout`, whose contents are dead.
///
/// # Safety
/// As [`alloc`]: `block` came from it with this `layout`, and nothing uses it afterwards.
#[inline(always)]
pub unsafe fn dealloc(block: *mut u8, layout: Layout) {
    debug_assert!(crate::gil::held_by_this_thread());
    let Some(c) = class_of(layout) else {
        // SAFETY: the caller's promise: `alloc` made it with this layout, unrounded.
        unsafe { std::alloc::dealloc(block, layout) };
        return;
    };
    let len = LISTS.lens[c].get();
    if (len as usize + 1) * class_size(c) > KEEP_BYTES {
        // SAFETY: blocks of this class are allocated with its class layout.
        unsafe { std::alloc::dealloc(block, class_layout(c)) };
        return;
    }
    // SAFETY: the block is at least one word long and word-aligned (a class block), dead,
    // and ours now: its first word links it into the list.
    unsafe { block.cast::<*mut u8>().write(LISTS.heads[c].get()) };
    LISTS.heads[c].set(block);
    LISTS.lens[c].set(len + 1);
}

/// Bytes held on the free lists.
#[cfg(test)]
fn free_bytes() -> usize {
    (0..CLASSES)
        .map(|c| LISTS.lens[c].get() as usize * class_size(c))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_return_to_their_class_and_are_reused() {
        let _gil = crate::gil::acquire();
        let small = Layout::from_size_align(40, 8).unwrap();
        let big = Layout::from_size_align(MAX_SMALL + 8, 8).unwrap();
        // SAFETY: the GIL is held; each block goes back with its own layout.
        unsafe {
            let a = alloc(small);
            assert!(!a.is_null());
            let before = free_bytes();
            dealloc(a, small);
            assert_eq!(free_bytes(), before + 40);
            // The same class (25..=40 bytes) gets the block back.
            let b = alloc(Layout::from_size_align(33, 8).unwrap());
            assert_eq!(a, b);
            assert_eq!(free_bytes(), before);
            dealloc(b, Layout::from_size_align(33, 8).unwrap());
            let c = alloc(big);
            assert!(!c.is_null());
            dealloc(c, big);
        }
    }
}
