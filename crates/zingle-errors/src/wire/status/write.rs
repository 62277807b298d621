//! How a status is written: as it came, every key in its place and every value in the
//! form it came in; a status made here, its fields in [`Status::FIELDS`]' order, then
//! `extra`.

use serde::ser::{Error as _, SerializeMap};
use serde::{Serialize, Serializer};

use super::Status;
use super::as_read::Slot;
use super::codec::{self, CodeNumber, Count, Str, Unsigned};
use super::fields::Field;
use crate::wire::key_order::written_order;

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // An extra field of a known name would be a key twice, which no reader takes.
        if let Some((key, _)) = self.extra.iter().find(|(k, _)| Field::named(k).is_some()) {
            return Err(S::Error::custom(format_args!(
                "the status has a field `{key}` of its own: it cannot be an extra one too"
            )));
        }
        let mut map = serializer.serialize_map(None)?;
        let mut extras = self.extra.iter();
        let own = Field::ALL.into_iter().map(Slot::Field);
        let slots = written_order(&self.as_read.order, own, Slot::Extra, self.extra.len());
        for slot in slots {
            match slot {
                Slot::Field(field) => self.write_field(&mut map, field)?,
                Slot::Extra => {
                    if let Some((key, value)) = extras.next() {
                        map.serialize_entry(key, value)?;
                    }
                }
            }
        }
        map.end()
    }
}

impl Status {
    /// Writes `field` in the form it came in.
    fn write_field<M: SerializeMap>(&self, map: &mut M, field: Field) -> Result<(), M::Error> {
        let key = field.name();
        let form = self.as_read.form(field);
        match field {
            Field::Text => codec::write::<_, Str, _>(map, key, Some(&self.text), form),
            Field::StatusCode => {
                codec::write::<_, Unsigned, _>(map, key, Some(&self.status_code), form)
            }
            Field::Description => {
                codec::write::<_, Str, _>(map, key, self.description.as_ref(), form)
            }
            Field::ErrorCode => {
                codec::write::<_, CodeNumber, _>(map, key, self.error_code.as_ref(), form)
            }
            Field::SortField => codec::write::<_, Str, _>(map, key, self.sort_field.as_ref(), form),
            Field::SortDirection => {
                codec::write::<_, Str, _>(map, key, self.sort_direction.as_ref(), form)
            }
            Field::Page => codec::write::<_, Count, _>(map, key, self.page.as_ref(), form),
            Field::PageSize => codec::write::<_, Count, _>(map, key, self.page_size.as_ref(), form),
            Field::TotalPages => {
                codec::write::<_, Count, _>(map, key, self.total_pages.as_ref(), form)
            }
            Field::TotalRecords => {
                codec::write::<_, Count, _>(map, key, self.total_records.as_ref(), form)
            }
        }
    }
}
