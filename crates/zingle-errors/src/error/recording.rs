//! A generated constructor's message: written in one pass of `format_args!`, as `format!`
//! writes it, while recording where each value lies.

use core::cell::Cell;
use core::fmt::{self, Display};

use super::Repr;
use crate::code::Code;
use zingle_errors_core::{Spans, VALUE_CAPACITY};

/// A message being written from its template's `format_args!`, each of its `N` values
/// [`mark`](Self::mark)ed: used by generated constructors, as in
/// `recording.finish(format_args!("Invalid label '{}'", recording.mark(0, &id)), 16)`.
/// `N` is the number of the code's parameters, known where the constructor is generated,
/// so that where each value lies is kept without an allocation.
pub struct Recording<C, const N: usize> {
    kind: C,
    /// How long the message written so far is.
    written: Cell<usize>,
    /// Where each value lies, by the parameter's number.
    ranges: [Cell<(usize, usize)>; N],
}

impl<C: Code, const N: usize> Recording<C, N> {
    /// A message of `kind`, whose parameters are `N`, to be written.
    pub fn new(kind: C) -> Self {
        Self {
            kind,
            written: Cell::new(0),
            ranges: [const { Cell::new((0, 0)) }; N],
        }
    }

    /// `value`, of the parameter numbered `index` in `kind.params()`, to be written where
    /// its placeholder is.
    ///
    /// # Panics
    ///
    /// When `index` is not less than `N`: generated code never asks for one.
    pub fn mark<'a>(&'a self, index: usize, value: &'a dyn Display) -> Marked<'a> {
        Marked {
            written: &self.written,
            range: &self.ranges[index],
            value,
        }
    }

    /// The error whose message `message` writes; its template's literal text is
    /// `literals` bytes long.
    pub fn finish(&self, message: fmt::Arguments<'_>, literals: usize) -> Repr<C> {
        let mut out = Out {
            message: String::with_capacity(literals + VALUE_CAPACITY * N),
            written: &self.written,
        };
        // Writing to a `String` does not fail, and a marked value never does.
        let _ = fmt::write(&mut out, message);
        let mut repr = Repr::without_args(self.kind);
        repr.message = Some(out.message);
        repr.spans = Some(Spans::from_ranges(self.ranges.each_ref().map(Cell::get)));
        repr
    }
}

/// A value that records where it is written: see [`Recording::mark`].
pub struct Marked<'a> {
    written: &'a Cell<usize>,
    range: &'a Cell<(usize, usize)>,
    value: &'a dyn Display,
}

impl Display for Marked<'_> {
    /// Never fails: a value whose `Display` fails keeps what it wrote, and the rest of
    /// the message is still written (as the run-time checked path writes it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let start = self.written.get();
        let _ = self.value.fmt(f);
        self.range.set((start, self.written.get()));
        Ok(())
    }
}

/// The message's buffer, telling the recording how long it is after each write.
struct Out<'a> {
    message: String,
    written: &'a Cell<usize>,
}

impl fmt::Write for Out<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.message.push_str(s);
        self.written.set(self.message.len());
        Ok(())
    }
}
