//! How a `status` object is read: each key once, each value as the text it came in,
//! then each field from its text by its codec, noting the form it came in.

use core::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::Status;
use super::as_read::{AsRead, Slot};
use super::codec::{self, CodeNumber, Codec, Count, Form, Str, Unsigned};
use super::fields::Field;
use crate::wire::ExtraFields;
use crate::wire::key_order::KeyOrder;
use crate::wire::object_key::{Key, OwnKey};

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(StatusVisitor)
    }
}

/// Reads the object's keys once each, each value as the text it came in (a field's or
/// another's, kept in `extra`), then each field from its text.
struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `status` object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Status, A::Error> {
        let mut texts = FieldTexts::default();
        let mut extra = ExtraFields::new();
        let mut order = KeyOrder::new();
        while let Some(key) = access.next_key::<Key<Field>>()? {
            let slot = match key {
                Key::Own(field) => Slot::Field(field),
                Key::Other(_) => Slot::Extra,
            };
            order.note(slot, || {
                // The keys so far, in the order a status is written in.
                let fields = Field::ALL.into_iter().filter(|f| texts.has(*f));
                let extras = (0..extra.len()).map(|_| Slot::Extra);
                fields.map(Slot::Field).chain(extras).collect()
            });
            match key {
                Key::Own(field) => texts.put(field, &mut access)?,
                Key::Other(key) => extra.push_read(key, access.next_value()?),
            }
        }
        if let Some(key) = extra.first_duplicate() {
            return Err(duplicate(key));
        }
        Ok(Status {
            text: texts.required::<_, Str, _>(Field::Text)?,
            status_code: texts.required::<_, Unsigned, _>(Field::StatusCode)?,
            description: texts.optional::<_, Str, _>(Field::Description)?,
            error_code: texts.optional::<_, CodeNumber, _>(Field::ErrorCode)?,
            sort_field: texts.optional::<_, Str, _>(Field::SortField)?,
            sort_direction: texts.optional::<_, Str, _>(Field::SortDirection)?,
            page: texts.optional::<_, Count, _>(Field::Page)?,
            page_size: texts.optional::<_, Count, _>(Field::PageSize)?,
            total_pages: texts.optional::<_, Count, _>(Field::TotalPages)?,
            total_records: texts.optional::<_, Count, _>(Field::TotalRecords)?,
            extra,
            as_read: AsRead {
                forms: texts.forms,
                order: order.into_slots(),
            },
        })
    }
}

/// The text each field came in, until it is read; then the forms they came in.
#[derive(Default)]
struct FieldTexts {
    texts: [Option<Box<RawValue>>; Field::ALL.len()],
    forms: Vec<(Field, Form)>,
}

impl FieldTexts {
    /// Whether `field` came.
    fn has(&self, field: Field) -> bool {
        self.texts[field as usize].is_some()
    }

    /// Keeps the text of `field`'s value, refusing a key given twice (keeping the last
    /// would lose the first without a word), as serde's derive refuses it.
    fn put<'de, A: MapAccess<'de>>(
        &mut self,
        field: Field,
        access: &mut A,
    ) -> Result<(), A::Error> {
        if self.has(field) {
            return Err(duplicate(field.name()));
        }
        self.texts[field as usize] = Some(access.next_value()?);
        Ok(())
    }

    /// The field, `None` where it came as `null`, did not come, or came as a value of
    /// another type that it keeps as it came.
    fn optional<T, C: Codec<T>, E: de::Error>(&mut self, field: Field) -> Result<Option<T>, E> {
        let Some(text) = self.texts[field as usize].take() else {
            return Ok(None);
        };
        let (value, form) = codec::read::<T, C>(text).map_err(|e| field_error(field, &e))?;
        if form != Form::Plain {
            self.forms.push((field, form));
        }
        Ok(value)
    }

    /// The field, which every status has.
    fn required<T, C: Codec<T>, E: de::Error>(&mut self, field: Field) -> Result<T, E> {
        if !self.has(field) {
            return Err(E::missing_field(field.name()));
        }
        self.optional::<T, C, E>(field)?
            .ok_or_else(|| field_error(field, "a value is required, found none"))
    }
}

impl OwnKey for Field {
    const OBJECT: &'static str = "the `status` object";

    fn named(key: &str) -> Option<Self> {
        Field::named(key)
    }
}

/// The error for `key` given twice in the `status` object.
fn duplicate<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate key `{key}` in `status`"))
}

/// The error for `field`, whose text is no value it can hold.
fn field_error<E: de::Error>(field: Field, fault: &str) -> E {
    E::custom(format_args!("`status.{}`: {fault}", field.name()))
}
