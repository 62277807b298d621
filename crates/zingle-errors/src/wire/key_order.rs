//! The order an object's keys came in, kept only where it is not the order they are
//! written in anyway: what `Status` and `Envelope` both record while they are read, and
//! the order they write their keys in from it.

use core::iter;

/// The keys of an object as they are read, each as a slot of type `S`, whose order
/// (`Ord`) is the order the object is written in.
pub(crate) struct KeyOrder<S> {
    /// Every slot in the order read, once they left the written order; empty before.
    slots: Vec<S>,
    /// The greatest slot read so far.
    last: Option<S>,
}

impl<S: Copy + Ord> KeyOrder<S> {
    pub(crate) fn new() -> Self {
        Self {
            slots: Vec::new(),
            last: None,
        }
    }

    /// Notes `slot`, read next. The first slot out of the written order notes the slots
    /// read before it, as `so_far` gives them (they were in the written order, so the
    /// object's own state says which they were), then every slot from there on.
    pub(crate) fn note(&mut self, slot: S, so_far: impl FnOnce() -> Vec<S>) {
        if self.slots.is_empty() && self.last.is_some_and(|last| slot < last) {
            self.slots = so_far();
        }
        if !self.slots.is_empty() {
            self.slots.push(slot);
        }
        self.last = Some(self.last.map_or(slot, |last| last.max(slot)));
    }

    /// The slots in the order read, or none where that is the written order.
    pub(crate) fn into_slots(self) -> Vec<S> {
        self.slots
    }
}

/// The slots an object's keys are written in: those of `order` (its keys as they were
/// read, where that was not the written order; else none), then each of `own` (its own
/// fields, in the written order) that `order` lacks, then `extra` for each of its
/// `extras` extra fields that `order` does not place.
pub(crate) fn written_order<'a, S: Copy + PartialEq>(
    order: &'a [S],
    own: impl IntoIterator<Item = S> + 'a,
    extra: S,
    extras: usize,
) -> impl Iterator<Item = S> + 'a {
    let placed = order.iter().filter(|slot| **slot == extra).count();
    let own = own.into_iter().filter(move |slot| !order.contains(slot));
    let extras = iter::repeat_n(extra, extras.saturating_sub(placed));
    order.iter().copied().chain(own).chain(extras)
}
