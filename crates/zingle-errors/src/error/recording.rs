//! A generated constructor's message: written in one pass of `format_args!`, as `format!`
//! writes it, while recording where each value lies.

use core::cell::Cell;
use core::fmt::{self, Display};

use super::Repr;
use super::message::VALUE_CAPACITY;
use crate::code::Code;
use crate::spans::Spans;

/// A message being written from its template's `format_args!`, each value
/// [`mark`](Self::mark)ed: used by generated constructors, as in
/// `recording.finish(format_args!("Invalid label '{}'", recording.mark(0, &id)), 16)`.
pub struct Recording<C> {
    kind: C,
    /// How long the message written so far is.
    written: Cell<usize>,
    spans: Cell<Spans>,
}

impl<C: Code> Recording<C> {
    /// A message of `kind`, to be written.
    pub fn new(kind: C) -> Self {
        Self {
            kind,
            written: Cell::new(0),
            spans: Cell::new(Spans::with_len(kind.params().len())),
        }
    }

    /// `value`, of the parameter numbered `index` in `kind.params()`, to be written where
    /// its placeholder is.
    pub fn mark<'a>(&'a self, index: usize, value: &'a dyn Display) -> Marked<'a, C> {
        Marked {
            recording: self,
            index,
            value,
        }
    }

    /// The error whose message `message` writes; its template's literal text is
    /// `literals` bytes long.
    pub fn finish(&self, message: fmt::Arguments<'_>, literals: usize) -> Repr<C> {
        let capacity = literals + VALUE_CAPACITY * self.kind.params().len();
        let mut out = Out {
            message: String::with_capacity(capacity),
            written: &self.written,
        };
        // Writing to a `String` does not fail, and a marked value never does.
        let _ = fmt::write(&mut out, message);
        let mut repr = Repr::without_args(self.kind);
        repr.message = Some(out.message);
        repr.spans = self.spans.take();
        repr
    }
}

/// A value that records where it is written: see [`Recording::mark`].
pub struct Marked<'a, C> {
    recording: &'a Recording<C>,
    index: usize,
    value: &'a dyn Display,
}

impl<C> Display for Marked<'_, C> {
    /// Never fails: a value whose `Display` fails keeps what it wrote, and the rest of
    /// the message is still written (as the run-time checked path writes it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let start = self.recording.written.get();
        let _ = self.value.fmt(f);
        let mut spans = self.recording.spans.take();
        spans.set(self.index, start..self.recording.written.get());
        self.recording.spans.set(spans);
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
