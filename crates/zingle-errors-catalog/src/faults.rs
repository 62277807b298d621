//! The fault collector: every rule pushes its faults here, at a byte offset, and goes on;
//! at the end they become [`Errors`], in file order, each with its location (as
//! serde_derive's `internals/ctxt.rs` collects the errors of a derive).

use crate::Fault;
use crate::error::{Error, Errors};
use crate::location::LineIndex;

/// The faults found so far, each at a byte offset of the file; they become [`Errors`],
/// with locations, once the whole file has been checked.
#[derive(Default)]
pub(crate) struct Faults(Vec<(usize, Fault)>);

impl Faults {
    pub(crate) fn push(&mut self, offset: usize, fault: Fault) {
        self.0.push((offset, fault));
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The faults in file order, with their locations; `None` when there are none.
    pub(crate) fn into_errors(mut self, index: &LineIndex<'_>) -> Option<Errors> {
        if self.0.is_empty() {
            return None;
        }
        self.0.sort_by_key(|(offset, _)| *offset);
        let errors = self
            .0
            .into_iter()
            .map(|(offset, fault)| Error {
                location: index.location(offset),
                fault,
            })
            .collect();
        Some(Errors(errors))
    }
}
