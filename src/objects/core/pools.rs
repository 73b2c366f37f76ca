//! The small-object allocator: object boxes up to [`MAX_SMALL`] bytes live in pools carved
//! from large arenas, as CPython's pymalloc does, instead of one `malloc` block each.
//!
//! Why: `malloc` keeps a word before every block and rounds blocks to 16 bytes, so a 73-byte
//! str cost 96 bytes and a 136-byte instance 144; here blocks are rounded to 8 bytes with no
//! per-block header (80 and 136). Allocation and freeing are a few pointer moves.
//!
//! ## Layout
//! - An **arena** is [`ARENA_SIZE`] bytes from the global allocator, aligned to
//!   [`POOL_SIZE`], cut into pools on demand. Arenas are never given back (CPython frees an
//!   arena once all its pools are empty; pyvm keeps them for the next burst — a program's
//!   peak is what stays resident, as with `malloc`'s own heap).
//! - A **pool** is [`POOL_SIZE`] bytes, aligned to its size, holding blocks of one size
//!   class (8, 16, 24, ... [`MAX_SMALL`] bytes): a [`Pool`] header at its start, then the
//!   blocks. The pool of a block is its address rounded down to [`POOL_SIZE`].
//! - A pool with room is on its class's `usable` list (doubly linked, so a pool that empties
//!   leaves in O(1)); a full pool is on no list; a pool whose last block is freed goes to
//!   the `empty` list and serves any class next — unless it is its class's only pool.
//! - Within a pool, freed blocks form a singly-linked list through their first word;
//!   blocks never handed out are taken by bumping `fresh`.
//!
//! Larger or over-aligned boxes go straight to the global allocator. Both sides of a box's
//! life go through [`alloc`]/[`dealloc`] with the same layout, which is how `dealloc` knows
//! whether the block is a pool's.
//!
//! The pools are process-wide and touched only by the thread holding the GIL (every object is
//! made and freed under it; a debug build asserts it), like the live-object count.

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr;

/// The size step of the classes, and the alignment every pool block has.
const GRAIN: usize = 8;
/// The largest box kept in pools.
pub const MAX_SMALL: usize = 512;
/// How many classes (class `c` holds blocks of `(c + 1) * GRAIN` bytes).
const CLASSES: usize = MAX_SMALL / GRAIN;
/// The size (and alignment) of a pool.
const POOL_SIZE: usize = 16 * 1024;
/// The size of an arena: this many pools.
const ARENA_SIZE: usize = 64 * POOL_SIZE;
/// Where a pool's first block starts: past its header, on a cache line.
const FIRST_BLOCK: usize = 64;

/// The header at the start of every pool.
#[repr(C)]
struct Pool {
    /// The size of this pool's blocks.
    size: Cell<u32>,
    /// How many of its blocks are handed out.
    used: Cell<u32>,
    /// The offset of the first block never handed out (`POOL_SIZE` or past: none left).
    fresh: Cell<u32>,
    /// Freed blocks, linked through their first word.
    free: Cell<*mut u8>,
    /// The neighbours on the class's `usable` list (null at the ends), or, for an empty
    /// pool, `next` links the `empty` list.
    prev: Cell<*mut Pool>,
    next: Cell<*mut Pool>,
}

const _: () = assert!(std::mem::size_of::<Pool>() <= FIRST_BLOCK);

impl Pool {
    /// Whether no block can be handed out.
    #[inline(always)]
    fn is_full(&self) -> bool {
        self.free.get().is_null()
            && self.fresh.get() as usize + self.size.get() as usize > POOL_SIZE
    }
}

struct State {
    /// Per class, the first pool with room (null: none).
    usable: [Cell<*mut Pool>; CLASSES],
    /// Pools with no block handed out, linked through `next`.
    empty: Cell<*mut Pool>,
    /// The part of the newest arena not yet cut into pools.
    arena_next: Cell<*mut u8>,
    arena_end: Cell<*mut u8>,
}

// SAFETY: only the thread holding the GIL touches the state and the pools (see the module
// docs), so the cells are never used by two threads at once. The state is reached only from
// `alloc` and `dealloc`, `unsafe fn`s whose contract is that the caller holds the GIL (their
// callers make and free objects, which requires it; debug builds assert it). It is not
// behind a `GilStatic` because a token check on every allocation would cost time for no
// gain: the `unsafe` contract already carries the proof.
unsafe impl Sync for State {}

#[allow(clippy::declare_interior_mutable_const)]
const NO_POOL: Cell<*mut Pool> = Cell::new(ptr::null_mut());

static STATE: State = State {
    usable: [NO_POOL; CLASSES],
    empty: Cell::new(ptr::null_mut()),
    arena_next: Cell::new(ptr::null_mut()),
    arena_end: Cell::new(ptr::null_mut()),
};

/// The class of a layout, or `None` when it is not kept in pools.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    (layout.size() <= MAX_SMALL && layout.align() <= GRAIN)
        .then(|| layout.size().div_ceil(GRAIN) - 1)
}

/// A block for `layout` (never zero-sized): from a pool when it is small. Null when the
/// allocator fails.
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
    let mut pool = STATE.usable[c].get();
    if pool.is_null() {
        pool = new_pool(c);
        if pool.is_null() {
            return ptr::null_mut();
        }
    }
    // SAFETY: a pool on a `usable` list is a live pool of class `c` with room: either a
    // freed block (whose first word links the next one, written by `dealloc`) or a fresh
    // block inside the pool. The block is unlinked before it is handed out.
    unsafe {
        let p = &*pool;
        let free = p.free.get();
        let block = if free.is_null() {
            let offset = p.fresh.get();
            p.fresh.set(offset + p.size.get());
            pool.cast::<u8>().add(offset as usize)
        } else {
            p.free.set(free.cast::<*mut u8>().read());
            free
        };
        p.used.set(p.used.get() + 1);
        if p.is_full() {
            // It is the head of its list: the next pool (if any) becomes the head.
            let next = p.next.get();
            STATE.usable[c].set(next);
            if !next.is_null() {
                (*next).prev.set(ptr::null_mut());
            }
            p.next.set(ptr::null_mut());
        }
        block
    }
}

/// Gives back a block that [`alloc`] made for `layout`, whose contents are dead.
///
/// # Safety
/// As [`alloc`]: `block` came from it with this `layout`, and nothing uses it afterwards.
#[inline(always)]
pub unsafe fn dealloc(block: *mut u8, layout: Layout) {
    debug_assert!(crate::gil::held_by_this_thread());
    let Some(c) = class_of(layout) else {
        // SAFETY: the caller's promise: `alloc` made it with this layout.
        unsafe { std::alloc::dealloc(block, layout) };
        return;
    };
    let pool = (block as usize & !(POOL_SIZE - 1)) as *mut Pool;
    // SAFETY: a block of class `c` was cut from a pool of class `c`, whose header is at the
    // block's address rounded down to the pool size; the block is dead and ours, so its
    // first word may link it into the pool's free list.
    unsafe {
        let p = &*pool;
        let was_full = p.is_full();
        block.cast::<*mut u8>().write(p.free.get());
        p.free.set(block);
        let used = p.used.get() - 1;
        p.used.set(used);
        if used == 0 && !(p.prev.get().is_null() && p.next.get().is_null()) {
            // Empty, and not its class's only pool (that one stays: a loop that makes and
            // frees one object must not re-cut a pool each time).
            unlink(c, pool);
            p.next.set(STATE.empty.get());
            STATE.empty.set(pool);
        } else if was_full {
            push_usable(c, pool);
        }
    }
}

/// A pool for class `c`, put on its `usable` list: an empty one, or one cut from the
/// current arena (or a new arena). Null when the allocator fails.
#[cold]
fn new_pool(c: usize) -> *mut Pool {
    let mut pool = STATE.empty.get();
    if pool.is_null() {
        if STATE.arena_next.get() == STATE.arena_end.get() {
            let layout = Layout::from_size_align(ARENA_SIZE, POOL_SIZE).expect("arena layout");
            // SAFETY: the layout is not zero-sized; arenas are never freed.
            let arena = unsafe { std::alloc::alloc(layout) };
            if arena.is_null() {
                return ptr::null_mut();
            }
            STATE.arena_next.set(arena);
            // SAFETY: one past the end of the arena's allocation.
            STATE.arena_end.set(unsafe { arena.add(ARENA_SIZE) });
        }
        pool = STATE.arena_next.get().cast::<Pool>();
        // SAFETY: the arena has at least one more pool's room (its size is a multiple of
        // the pool size), so this stays inside it or one past its end.
        STATE
            .arena_next
            .set(unsafe { STATE.arena_next.get().add(POOL_SIZE) });
    } else {
        // SAFETY: pools on the empty list are live pools with no block handed out.
        STATE.empty.set(unsafe { (*pool).next.get() });
    }
    // SAFETY: `pool` is POOL_SIZE bytes of ours, aligned to POOL_SIZE, with nothing in use:
    // its header is (re)written whole.
    unsafe {
        pool.write(Pool {
            size: Cell::new(((c + 1) * GRAIN) as u32),
            used: Cell::new(0),
            fresh: Cell::new(FIRST_BLOCK as u32),
            free: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
            next: Cell::new(ptr::null_mut()),
        });
    }
    push_usable(c, pool);
    pool
}

/// Puts `pool` at the head of class `c`'s `usable` list.
///
/// Safety (of the callers' blocks): `pool` is a live pool of class `c` on no list.
fn push_usable(c: usize, pool: *mut Pool) {
    let head = STATE.usable[c].get();
    // SAFETY: `pool` and the list's pools are live pool headers (see the callers).
    unsafe {
        (*pool).prev.set(ptr::null_mut());
        (*pool).next.set(head);
        if !head.is_null() {
            (*head).prev.set(pool);
        }
    }
    STATE.usable[c].set(pool);
}

/// Takes `pool` off class `c`'s `usable` list, which it is on.
fn unlink(c: usize, pool: *mut Pool) {
    // SAFETY: `pool` and its neighbours are live pool headers on class `c`'s list.
    unsafe {
        let (prev, next) = ((*pool).prev.get(), (*pool).next.get());
        if prev.is_null() {
            STATE.usable[c].set(next);
        } else {
            (*prev).next.set(next);
        }
        if !next.is_null() {
            (*next).prev.set(prev);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_return_to_their_pool_and_are_reused() {
        let _gil = crate::gil::acquire();
        let small = Layout::from_size_align(40, 8).unwrap();
        let big = Layout::from_size_align(MAX_SMALL + 8, 8).unwrap();
        // SAFETY: the GIL is held; each block goes back with its own layout.
        unsafe {
            let a = alloc(small);
            assert!(!a.is_null());
            assert_eq!(a as usize % GRAIN, 0);
            dealloc(a, small);
            // The same class (33..=40 bytes) gets the block back.
            let b = alloc(Layout::from_size_align(33, 8).unwrap());
            assert_eq!(a, b);
            dealloc(b, Layout::from_size_align(33, 8).unwrap());
            let c = alloc(big);
            assert!(!c.is_null());
            dealloc(c, big);
        }
    }

    #[test]
    fn pools_fill_empty_and_serve_other_classes() {
        let _gil = crate::gil::acquire();
        let layout = Layout::from_size_align(200, 8).unwrap();
        let per_pool = (POOL_SIZE - FIRST_BLOCK) / 200;
        // SAFETY: the GIL is held; every block goes back with its layout.
        unsafe {
            let blocks: Vec<*mut u8> = (0..3 * per_pool + 5).map(|_| alloc(layout)).collect();
            let mut sorted = blocks.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), blocks.len(), "no block handed out twice");
            for &b in &blocks {
                // Every block lies inside one pool, past its header.
                let offset = b as usize % POOL_SIZE;
                assert!(offset >= FIRST_BLOCK && offset + 200 <= POOL_SIZE);
                b.write_bytes(0xAB, 200);
            }
            for &b in blocks.iter().rev() {
                dealloc(b, layout);
            }
            // Emptied pools now serve another class.
            let other = Layout::from_size_align(16, 8).unwrap();
            let x = alloc(other);
            assert!(!x.is_null());
            dealloc(x, other);
        }
    }
}
