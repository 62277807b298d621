//! What a status read from JSON records of how it came, so that it is written back as
//! it came: what the lossless promise keeps beside the typed fields.

use super::codec::Form;
use super::fields::Field;

/// How a status came, where it came otherwise than it is written: empty for a status
/// made here, or read in the order and forms writing it gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct AsRead {
    /// Each field that came in another form than writing its value gives.
    pub(super) forms: Vec<(Field, Form)>,
    /// The keys in the order they came, where that is not the order they are written in.
    pub(super) order: Vec<Slot>,
}

impl AsRead {
    /// The form `field` came in.
    pub(super) fn form(&self, field: Field) -> &Form {
        static PLAIN: Form = Form::Plain;
        self.forms
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&PLAIN, |(_, form)| form)
    }
}

/// Where a key came among the others: a field's, or the next of `extra`'s; ordered as a
/// status is written: its fields in [`Field::ALL`]'s order, then `extra`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Slot {
    Field(Field),
    Extra,
}
