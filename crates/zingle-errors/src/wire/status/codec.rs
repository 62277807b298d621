//! How the optional fields of the `status` object are read and written back as they
//! came: each field's codec, and the form it came in.

use serde::Serialize;
use serde::de::{self, DeserializeOwned};
use serde::ser::SerializeMap;
use serde_json::Value;

/// How an optional field came, so that it is written back the same way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) enum Form {
    /// Absent, or a value of the field's own JSON type.
    #[default]
    Plain,
    /// `null`.
    Null,
    /// A number sent as this JSON string (`"03612"`).
    Text(Box<str>),
    /// A value of another type than the field's, kept as it came (the field is `None`).
    Raw(Value),
}

/// How an optional field's value is read from JSON and written back.
pub(super) trait Codec<T> {
    /// The value of `key`, if it is one of the field's, and the form it came in.
    fn read<E: de::Error>(key: &str, value: Value) -> Result<(Option<T>, Form), E>;

    /// Writes `value` under `key`, in the form it came in.
    fn write<M: SerializeMap>(
        map: &mut M,
        key: &str,
        value: &T,
        form: &Form,
    ) -> Result<(), M::Error>;
}

/// A value of the field's own JSON type.
pub(super) struct Json;

impl<T: DeserializeOwned + Serialize> Codec<T> for Json {
    fn read<E: de::Error>(key: &str, value: Value) -> Result<(Option<T>, Form), E> {
        T::deserialize(value)
            .map(|read| (Some(read), Form::Plain))
            .map_err(|e| E::custom(format_args!("`status.{key}`: {e}")))
    }

    fn write<M: SerializeMap>(map: &mut M, key: &str, value: &T, _: &Form) -> Result<(), M::Error> {
        map.serialize_entry(key, value)
    }
}

/// A count of a list's pagination, which clients read leniently: a JSON number or a
/// numeric string, written back as it came; anything else is kept as it came, and the
/// field left `None`, rather than failing the whole envelope.
pub(super) struct Count;

impl Codec<u64> for Count {
    fn read<E: de::Error>(_: &str, value: Value) -> Result<(Option<u64>, Form), E> {
        Ok(match &value {
            Value::Number(n) if n.is_u64() => (n.as_u64(), Form::Plain),
            Value::String(s) => match s.parse() {
                Ok(n) => (Some(n), Form::Text(s.as_str().into())),
                Err(_) => (None, Form::Raw(value)),
            },
            _ => (None, Form::Raw(value)),
        })
    }

    fn write<M: SerializeMap>(
        map: &mut M,
        key: &str,
        value: &u64,
        form: &Form,
    ) -> Result<(), M::Error> {
        write_number(map, key, *value, form)
    }
}

/// An error code: a JSON number or numeric string that fits in a `u16`, written back
/// as it came, to the byte.
pub(super) struct CodeNumber;

impl Codec<u16> for CodeNumber {
    fn read<E: de::Error>(key: &str, value: Value) -> Result<(Option<u16>, Form), E> {
        let invalid = || {
            E::custom(format_args!(
                "`status.{key}`: expected an error code from 0 to 65535 as a number or a numeric string, found {value}"
            ))
        };
        match &value {
            Value::Number(n) => n
                .as_u64()
                .and_then(|n| u16::try_from(n).ok())
                .map(|n| (Some(n), Form::Plain))
                .ok_or_else(invalid),
            Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => s
                .parse()
                .map(|n| (Some(n), Form::Text(s.as_str().into())))
                .map_err(|_| invalid()),
            _ => Err(invalid()),
        }
    }

    fn write<M: SerializeMap>(
        map: &mut M,
        key: &str,
        value: &u16,
        form: &Form,
    ) -> Result<(), M::Error> {
        write_number(map, key, u64::from(*value), form)
    }
}

/// A number as it came: the same text where it came as a string that still reads as
/// it, else a string of it where it came as one, else a number.
fn write_number<M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: u64,
    form: &Form,
) -> Result<(), M::Error> {
    match form {
        Form::Text(text) if text.parse() == Ok(value) => map.serialize_entry(key, text),
        Form::Text(_) => map.serialize_entry(key, &value.to_string()),
        Form::Plain | Form::Null | Form::Raw(_) => map.serialize_entry(key, &value),
    }
}

/// The optional field `key`, from its value: `None` when absent, null or of another
/// type, noting in `form` how it came.
pub(super) fn optional<T, C: Codec<T>, E: de::Error>(
    value: Option<Value>,
    key: &str,
    form: &mut Form,
) -> Result<Option<T>, E> {
    match value {
        None => Ok(None),
        Some(Value::Null) => {
            *form = Form::Null;
            Ok(None)
        }
        Some(value) => {
            let (value, came) = C::read(key, value)?;
            *form = came;
            Ok(value)
        }
    }
}

/// Writes an optional field as it came: its value, else `null` if it came as `null`,
/// else the value of another type it came as, else nothing.
pub(super) fn write_optional<T, C: Codec<T>, M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: Option<&T>,
    form: &Form,
) -> Result<(), M::Error> {
    match (value, form) {
        (Some(value), _) => C::write(map, key, value, form),
        (None, Form::Null) => map.serialize_entry(key, &()),
        (None, Form::Raw(raw)) => map.serialize_entry(key, raw),
        (None, _) => Ok(()),
    }
}
