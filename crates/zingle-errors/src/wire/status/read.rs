//! How the `status` object's keys and values are read: each key once, each value as the
//! text it came in, a field from its text by its codec.

use core::fmt;

use serde::de::{self, MapAccess};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::Field;
use super::codec::{self, Codec, Form};

/// A key of the `status` object, read without a copy unless it is no field's.
pub(super) enum KeyName {
    Field(Field),
    Other(String),
}

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyNameVisitor)
    }
}

struct KeyNameVisitor;

impl de::Visitor<'_> for KeyNameVisitor {
    type Value = KeyName;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key of the `status` object")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyName, E> {
        Ok(Field::named(key).map_or_else(|| KeyName::Other(key.to_owned()), KeyName::Field))
    }

    /// A key as bytes, as some formats send it: read as UTF-8, as a `String` key is.
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<KeyName, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

/// Reads the text of `key`'s value into `slot`, refusing a key given twice (keeping the
/// last would lose the first without a word), as serde's derive refuses it.
pub(super) fn once<'de, A: MapAccess<'de>>(
    slot: &mut Option<Box<RawValue>>,
    key: &str,
    access: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(duplicate(key));
    }
    *slot = Some(access.next_value()?);
    Ok(())
}

/// The error for `key` given twice in the `status` object.
pub(super) fn duplicate<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate key `{key}` in `status`"))
}

/// The error for the field `key` whose text is no value it can hold.
pub(super) fn field_error<E: de::Error>(key: &str, fault: &str) -> E {
    E::custom(format_args!("`status.{key}`: {fault}"))
}

/// The required field `key`, from its text.
pub(super) fn required<T, C: Codec<T>, E: de::Error>(
    raw: Option<Box<RawValue>>,
    key: &'static str,
    form: &mut Form,
) -> Result<T, E> {
    let raw = raw.ok_or_else(|| E::missing_field(key))?;
    match codec::read::<T, C>(Some(raw), form) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => Err(field_error(key, "a value is required, found none")),
        Err(fault) => Err(field_error(key, &fault)),
    }
}
