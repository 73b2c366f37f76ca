//! The thread's data stack: where active frames keep their slots (locals, cells, free
//! variables) and their operand stacks (CPython 3.11's "data stack").
//!
//! A frame asks for `nslots + max_stack` values when it starts and gives them back when it
//! ends, in LIFO order. The memory is a list of chunks that are never moved or freed while
//! the thread runs, so a frame's region has a fixed address for its whole life: the eval loop
//! addresses slots and operands through raw pointers into it, with no bounds checks and no
//! reallocation (the compiler's `max_stack` bounds every frame's operand stack; debug builds
//! assert it). Deep Python recursion costs chunks of this heap memory, not Rust stack.
//!
//! Ownership: a value written into the region is owned by the frame until it is read back
//! out (`ptr::read`) or dropped in place; the region itself is uninitialised memory
//! (`MaybeUninit`), so releasing it drops nothing — the frame drops what it still holds
//! first (see `Vm::pop_frame`).

use std::mem::MaybeUninit;

use crate::objects::Value;

/// Values per chunk (a frame larger than this gets a chunk of its own size).
const CHUNK: usize = 16 * 1024;

/// Where the stack's top was before an allocation: give it back to [`DataStack::release`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    chunk: u32,
    top: u32,
}

pub(crate) struct DataStack {
    chunks: Vec<Box<[MaybeUninit<Value>]>>,
    /// The chunk the top frame lives in.
    cur: usize,
    /// The first free value of `chunks[cur]`.
    top: usize,
}

impl DataStack {
    pub fn new() -> DataStack {
        DataStack {
            chunks: vec![new_chunk(CHUNK)],
            cur: 0,
            top: 0,
        }
    }

    /// Reserves `n` contiguous values (uninitialised) at the top; returns their address and
    /// the mark that releases them.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> (*mut Value, Mark) {
        let mark = Mark {
            chunk: self.cur as u32,
            top: self.top as u32,
        };
        if self.top + n > self.chunks[self.cur].len() {
            self.next_chunk(n);
        }
        let start = self.chunks[self.cur][self.top..].as_mut_ptr() as *mut Value;
        self.top += n;
        (start, mark)
    }

    /// Moves to the next chunk that can hold `n` values (making one if needed).
    #[cold]
    fn next_chunk(&mut self, n: usize) {
        self.cur += 1;
        self.top = 0;
        if self.cur < self.chunks.len() && self.chunks[self.cur].len() >= n {
            return;
        }
        // Too small (or missing): replace it. Nothing lives above the top, so nothing in it.
        let chunk = new_chunk(n.max(CHUNK));
        if self.cur < self.chunks.len() {
            self.chunks[self.cur] = chunk;
        } else {
            self.chunks.push(chunk);
        }
    }

    /// Gives back everything allocated since `mark` (the values in it must already have been
    /// moved out or dropped).
    #[inline]
    pub fn release(&mut self, mark: Mark) {
        self.cur = mark.chunk as usize;
        self.top = mark.top as usize;
    }

    /// Values in use, for tests and `sys.getsizeof`-style accounting.
    #[cfg(test)]
    fn used(&self) -> usize {
        self.chunks[..self.cur]
            .iter()
            .map(|c| c.len())
            .sum::<usize>()
            + self.top
    }
}

fn new_chunk(n: usize) -> Box<[MaybeUninit<Value>]> {
    std::iter::repeat_with(MaybeUninit::uninit)
        .take(n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_stable_and_lifo() {
        let mut s = DataStack::new();
        let (a, ma) = s.alloc(10);
        let (b, mb) = s.alloc(CHUNK); // does not fit: a chunk of its own
        let (c, mc) = s.alloc(5);
        assert_ne!(a, b);
        assert_eq!(s.used(), 2 * CHUNK + 5);
        s.release(mc);
        s.release(mb);
        let (b2, mb2) = s.alloc(3);
        assert_eq!(b2, a.wrapping_add(10));
        s.release(mb2);
        s.release(ma);
        assert_eq!(s.used(), 0);
        let _ = c;
    }
}

/// The running frame's registers: where its slots start and the top of its operand stack.
///
/// This is the eval loop's view of a frame region (see the module docs), and the one place
/// that reads and writes it. The methods do no bounds checks in release builds: the compiler
/// computes every code object's `max_stack` and verifies the stack depth on all paths
/// (`compiler::assemble`), and a frame's region holds `nslots + max_stack` values, so a
/// well-formed instruction stream cannot leave it. Debug builds assert both ends.
///
/// Invariant: `slots[0..nslots]` and the operands `stack_base..sp` are initialised, owned
/// values; everything from `sp` up is free.
#[derive(Clone, Copy)]
pub(crate) struct Cursor {
    slots: *mut Value,
    sp: *mut Value,
    #[cfg(debug_assertions)]
    stack_base: *mut Value,
    #[cfg(debug_assertions)]
    limit: *mut Value,
}

impl Cursor {
    /// A cursor over a region whose first `nslots` values are initialised and whose
    /// operand stack holds `depth` values.
    ///
    /// # Safety
    /// `slots` must point at a region of at least `nslots + max_stack` values that stays
    /// valid and unaliased while the cursor is used, initialised as the invariant says.
    #[inline(always)]
    pub unsafe fn new(slots: *mut Value, nslots: usize, depth: usize, max_stack: usize) -> Cursor {
        let _ = max_stack;
        // SAFETY: the caller guarantees the region is that long.
        unsafe {
            Cursor {
                slots,
                sp: slots.add(nslots + depth),
                #[cfg(debug_assertions)]
                stack_base: slots.add(nslots),
                #[cfg(debug_assertions)]
                limit: slots.add(nslots + max_stack),
            }
        }
    }

    /// Records the operand-stack top of `other`, a copy of this cursor that went on (the
    /// eval loop saving a caller's registers: one store, not a whole cursor).
    #[inline(always)]
    pub fn save_sp(&mut self, other: &Cursor) {
        debug_assert_eq!(self.slots, other.slots);
        self.sp = other.sp;
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        #[cfg(debug_assertions)]
        assert!(self.sp < self.limit, "value stack overflow");
        // SAFETY: below the region's end (the compiler's max_stack bound); the slot is free.
        unsafe {
            self.sp.write(v);
            self.sp = self.sp.add(1);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        #[cfg(debug_assertions)]
        assert!(self.sp > self.stack_base, "value stack underflow");
        // SAFETY: above the operand stack's base, so an initialised owned value, which is
        // moved out (its slot becomes free). It is read as two words, as the eval loop
        // writes values (tag, then payload): one wide load of two narrow stores just made
        // would stall on store forwarding. (A payload-less variant's second word is
        // uninitialised: it is read as `MaybeUninit`, so never as a plain integer.)
        unsafe {
            self.sp = self.sp.sub(1);
            let p = self.sp as *const MaybeUninit<u64>;
            let words = [p.read(), p.add(1).read()];
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words)
        }
    }

    /// Puts `v` in place of the `n`th operand from the top (1 is the top) and hands back
    /// what was there (the caller drops it). Both are moved as two words, for the reason
    /// `pop` gives: a value just made in a temporary (`Option<Value>` from a lookup, a float
    /// result) would otherwise be copied with one wide load of two narrow stores.
    #[inline(always)]
    pub fn replace(&mut self, n: usize, v: Value) -> Value {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: an initialised operand (see the invariant), moved out and overwritten with
        // `v` (moved in), so the slot stays initialised and each value keeps one owner.
        unsafe {
            let p = self.sp.sub(n) as *mut MaybeUninit<u64>;
            let old = [p.read(), p.add(1).read()];
            let new = std::mem::transmute::<Value, [MaybeUninit<u64>; 2]>(v);
            p.write(new[0]);
            p.add(1).write(new[1]);
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(old)
        }
    }

    /// The `n`th operand from the top (1 is the top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: an initialised operand (see the invariant); the borrow ends before the
        // cursor moves, as it borrows the cursor.
        unsafe { &*self.sp.sub(n) }
    }

    #[inline(always)]
    pub fn peek_mut(&mut self, n: usize) -> &mut Value {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: as `peek`; the exclusive borrow of the cursor stands for the region's.
        unsafe { &mut *self.sp.sub(n) }
    }

    /// The top `n` operands, bottom first.
    #[inline(always)]
    pub fn top_n(&self, n: usize) -> &[Value] {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: `n` initialised operands end at `sp`.
        unsafe { std::slice::from_raw_parts(self.sp.sub(n), n) }
    }

    /// The top `n` operands as a mutable slice, bottom first.
    #[inline(always)]
    pub fn top_n_mut(&mut self, n: usize) -> &mut [Value] {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: as `top_n`, exclusively.
        unsafe { std::slice::from_raw_parts_mut(self.sp.sub(n), n) }
    }

    /// Moves the top `n` operands out, bottom first, into `out`.
    #[inline]
    pub fn pop_n_into(&mut self, n: usize, out: &mut impl Extend<Value>) {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "value stack underflow"
        );
        // SAFETY: `n` initialised operands end at `sp`; each is read (moved) once and the
        // stack is cut below them first, so none is read or dropped twice.
        unsafe {
            let start = self.sp.sub(n);
            self.sp = start;
            out.extend((0..n).map(|i| start.add(i).read()));
        }
    }

    /// Drops the top `n` operands.
    #[inline]
    pub fn drop_n(&mut self, n: usize) {
        for _ in 0..n {
            drop(self.pop());
        }
    }

    /// Operands on the stack.
    #[inline(always)]
    pub fn depth(&self, nslots: usize) -> usize {
        // SAFETY: both pointers are in the same region.
        unsafe { self.sp.offset_from(self.slots.add(nslots)) as usize }
    }

    /// Slot `i` (a local, a cell or a free variable).
    #[inline(always)]
    pub fn slot(&self, i: usize) -> &Value {
        #[cfg(debug_assertions)]
        assert!(
            self.slots.wrapping_add(i) < self.stack_base,
            "slot index out of range"
        );
        // SAFETY: slots are always initialised (`Value::Null` when unbound); `i` is an
        // index the compiler checked against `nslots`.
        unsafe { &*self.slots.add(i) }
    }

    #[inline(always)]
    pub fn slot_mut(&mut self, i: usize) -> &mut Value {
        #[cfg(debug_assertions)]
        assert!(
            self.slots.wrapping_add(i) < self.stack_base,
            "slot index out of range"
        );
        // SAFETY: as `slot`, exclusively.
        unsafe { &mut *self.slots.add(i) }
    }

    /// All the slots.
    #[inline]
    pub fn slots(&self, nslots: usize) -> &[Value] {
        // SAFETY: the first `nslots` values are initialised.
        unsafe { std::slice::from_raw_parts(self.slots, nslots) }
    }

    /// Drops every value of the frame in order (slots first, then operands bottom up, as a
    /// `Vec` would), leaving the region free (nothing, if `take_slots` emptied it).
    pub fn clear(&mut self) {
        // SAFETY: `sp` is in the region, at or after `slots`.
        let n = unsafe { self.sp.offset_from(self.slots) } as usize;
        self.sp = self.slots;
        // SAFETY: the first `n` values are initialised; the cursor was emptied first, and
        // each is read (then dropped) exactly once.
        for i in 0..n {
            drop(unsafe { self.slots.add(i).read() });
        }
    }

    /// Moves every slot out (for a traceback that keeps the frame's variables), then drops
    /// the operands; the region is free afterwards.
    pub fn take_slots(&mut self, nslots: usize) -> Vec<Value> {
        let n = nslots + self.depth(nslots);
        self.sp = self.slots;
        // SAFETY: as `clear`: each initialised value is read exactly once.
        let mut values = (0..n).map(|i| unsafe { self.slots.add(i).read() });
        let out = values.by_ref().take(nslots).collect();
        values.for_each(drop);
        out
    }
}

/// A frame region being filled with its slots, in order: the locals (arguments bound into
/// them), then the cells, then the free variables. [`NewFrame::finish`] hands the region to
/// the eval loop as a [`Cursor`] with an empty operand stack.
pub(crate) struct NewFrame {
    base: *mut Value,
    /// Values written so far.
    filled: usize,
    /// The region's size in values.
    size: usize,
}

impl NewFrame {
    /// Writes `n` unbound locals and returns them to bind arguments into.
    #[inline]
    pub fn locals(&mut self, n: usize) -> &mut [Value] {
        assert!(self.filled + n <= self.size, "frame region too small");
        // SAFETY: `n` free values of the region (checked above); each is written before
        // the slice over them is made.
        unsafe {
            let at = self.base.add(self.filled);
            for i in 0..n {
                at.add(i).write(Value::Null);
            }
            self.filled += n;
            std::slice::from_raw_parts_mut(at, n)
        }
    }

    /// Moves the top `n` operands of a caller's stack into the next `n` slots (a call's
    /// positional arguments: no reference counts change).
    #[inline]
    pub fn take_args(&mut self, from: &mut Cursor, n: usize) {
        assert!(self.filled + n <= self.size, "frame region too small");
        #[cfg(debug_assertions)]
        assert!(
            from.sp.wrapping_sub(n) >= from.stack_base,
            "value stack underflow"
        );
        // SAFETY: the caller's top `n` operands are initialised and the next `n` values of
        // this region free; the regions do not overlap (this one is newer). The caller's
        // stack is cut below the moved values, so each has exactly one owner afterwards.
        unsafe {
            from.sp = from.sp.sub(n);
            std::ptr::copy_nonoverlapping(from.sp, self.base.add(self.filled), n);
        }
        self.filled += n;
    }

    /// Appends one slot.
    #[inline]
    pub fn push(&mut self, v: Value) {
        assert!(self.filled < self.size, "frame region too small");
        // SAFETY: the next value of the region is free (checked above).
        unsafe { self.base.add(self.filled).write(v) };
        self.filled += 1;
    }

    /// The slots written so far.
    pub fn filled(&mut self) -> &mut [Value] {
        // SAFETY: the first `filled` values are initialised.
        unsafe { std::slice::from_raw_parts_mut(self.base, self.filled) }
    }

    /// The region as the eval loop's cursor over `nslots` slots (all written).
    #[inline]
    pub fn finish(self, nslots: usize) -> Cursor {
        assert_eq!(self.filled, nslots, "frame slots not all written");
        // SAFETY: a region of `size` values whose first `nslots` are initialised; the
        // operand stack is empty.
        unsafe { Cursor::new(self.base, nslots, 0, self.size - nslots) }
    }

    /// Drops what was written (a binding failed); the region is free afterwards.
    pub fn abandon(self) {
        // SAFETY: the first `filled` values are initialised; each is read once.
        for i in 0..self.filled {
            drop(unsafe { self.base.add(i).read() });
        }
    }
}

impl DataStack {
    /// A new frame region of `size` values at the top of the stack.
    #[inline]
    pub fn new_frame(&mut self, size: usize) -> (NewFrame, Mark) {
        let (base, mark) = self.alloc(size);
        (
            NewFrame {
                base,
                filled: 0,
                size,
            },
            mark,
        )
    }
}

/// A generator's frame region: it lives in the generator object, so the frame can stop at
/// a `yield` and later resume *in place* — the eval loop runs it through a [`Cursor`] over
/// this memory, nothing is copied on the way in or out.
///
/// `len` says how many values (slots, then operands) are initialised while the frame is not
/// running; the owner keeps it right (see `objects::callables::generator`) and dropping the region
/// drops them.
pub(crate) struct OwnedFrame {
    mem: Box<[MaybeUninit<Value>]>,
    len: usize,
}

impl Default for OwnedFrame {
    fn default() -> Self {
        OwnedFrame {
            mem: Box::new([]),
            len: 0,
        }
    }
}

impl OwnedFrame {
    /// An empty region of `size` values, and the [`NewFrame`] that fills its slots (then
    /// [`OwnedFrame::filled`] records them).
    pub fn new(size: usize) -> (OwnedFrame, NewFrame) {
        let mut f = OwnedFrame {
            mem: new_chunk(size),
            len: 0,
        };
        let setup = NewFrame {
            base: f.base(),
            filled: 0,
            size,
        };
        (f, setup)
    }

    /// Records the slots `setup` wrote into this region.
    pub fn filled(&mut self, setup: NewFrame) {
        debug_assert_eq!(setup.base, self.base());
        self.len = setup.filled;
    }

    /// A cursor over the region for the eval loop, with the operand stack as it was left.
    ///
    /// While the cursor is in use the region belongs to the eval loop: the owner must not
    /// touch the values (nor drop the region) until it records the outcome with `set_len`.
    pub fn cursor(&mut self, nslots: usize) -> Cursor {
        let (len, size) = (self.len, self.mem.len());
        debug_assert!(len >= nslots);
        // SAFETY: a region of `size` values, the first `len` initialised (`nslots` slots,
        // then the operands).
        unsafe { Cursor::new(self.base(), nslots, len - nslots, size - nslots) }
    }

    /// The region's first value.
    pub fn base(&mut self) -> *mut Value {
        self.mem.as_mut_ptr() as *mut Value
    }

    /// The initialised values.
    pub fn values(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialised (the type's invariant).
        unsafe { std::slice::from_raw_parts(self.mem.as_ptr() as *const Value, self.len) }
    }

    /// Records where the eval loop left the frame suspended: `cursor` (made by
    /// [`OwnedFrame::cursor`]) says how many values are initialised.
    pub fn suspended(&mut self, cursor: &Cursor, nslots: usize) {
        assert_eq!(cursor.slots, self.base(), "a cursor over another region");
        self.len = nslots + cursor.depth(nslots);
    }

    /// Records that the eval loop ended the frame and dropped its values.
    pub fn cleared(&mut self) {
        self.len = 0;
    }

    /// Moves every value out (slots first), leaving the region empty.
    pub fn take_values(&mut self) -> Vec<Value> {
        let n = std::mem::replace(&mut self.len, 0);
        // SAFETY: the first `n` values were initialised; `len` is already 0, so each is read
        // exactly once.
        (0..n)
            .map(|i| unsafe { self.mem[i].as_ptr().read() })
            .collect()
    }

    /// Removes and returns the top operand.
    pub fn pop(&mut self) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: it was initialised and is now outside `len`, so read exactly once.
        Some(unsafe { (self.mem[self.len].as_ptr()).read() })
    }
}

impl Drop for OwnedFrame {
    fn drop(&mut self) {
        let n = std::mem::replace(&mut self.len, 0);
        // SAFETY: the first `n` values were initialised; `len` is already 0, and each is read
        // (then dropped, first to last, as a `Vec` would) exactly once.
        for slot in &self.mem[..n] {
            drop(unsafe { slot.as_ptr().read() });
        }
    }
}
