//! How each field of the `status` object is read from the JSON text it came in and
//! written back as it came: each field's codec, and the form it came in.

use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::value::RawValue;

use crate::wire::json_fault::without_position;

/// A JSON value's text, compared by its text.
#[derive(Clone, Debug)]
pub(super) struct RawText(pub(super) Box<RawValue>);

impl PartialEq for RawText {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for RawText {}

/// How a field came, so that it is written back the same way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) enum Form {
    /// Absent, or in the text that writing its value gives.
    #[default]
    Plain,
    /// `null` (the field is `None`).
    Null,
    /// A number sent as this JSON string, without escapes (`"03612"`).
    Text(Box<str>),
    /// A value of another type than the field's, kept as it came (the field is `None`).
    Other(RawText),
    /// A value of the field's type in a text that writing it would not give (a string
    /// with an escape, `-0`, a numeric string with an escape): written back while the
    /// field keeps the value read from it.
    Verbatim(RawText),
}

/// How a field's value is read from the JSON text it came in, and written back.
pub(super) trait Codec<T> {
    /// The value, if the text is one of the field's (`None` for a value of another type
    /// that the field keeps as it came), and the form it came in; or why the text is
    /// no value the field can hold or keep.
    fn read(raw: Box<RawValue>) -> Result<(Option<T>, Form), String>;

    /// Writes `value` under `key` in the form it came in, where `form` is not
    /// [`Form::Verbatim`] of the same value (which [`write`] writes itself).
    fn write<M: SerializeMap>(
        map: &mut M,
        key: &str,
        value: &T,
        form: &Form,
    ) -> Result<(), M::Error>;
}

/// A JSON string: the text between its quotes where it has no escape, else what it
/// decodes to, kept with its text.
pub(super) struct Str;

impl Codec<String> for Str {
    fn read(raw: Box<RawValue>) -> Result<(Option<String>, Form), String> {
        let text = raw.get();
        if text.len() >= 2 && text.starts_with('"') && !text.contains('\\') {
            // The text between the quotes, in the text's own allocation.
            let mut value = String::from(Box::<str>::from(raw));
            value.pop();
            value.remove(0);
            return Ok((Some(value), Form::Plain));
        }
        let value: String = serde_json::from_str(text).map_err(|e| without_position(&e))?;
        Ok((Some(value), Form::Verbatim(RawText(raw))))
    }

    fn write<M: SerializeMap>(
        map: &mut M,
        key: &str,
        value: &String,
        _: &Form,
    ) -> Result<(), M::Error> {
        map.serialize_entry(key, value)
    }
}

/// An unsigned JSON number.
pub(super) struct Unsigned;

impl<T: UnsignedInt> Codec<T> for Unsigned {
    fn read(raw: Box<RawValue>) -> Result<(Option<T>, Form), String> {
        if let Some(value) = plain_digits(raw.get()).and_then(|n| T::try_from(n).ok()) {
            return Ok((Some(value), Form::Plain));
        }
        let value: T = serde_json::from_str(raw.get()).map_err(|e| without_position(&e))?;
        Ok((Some(value), number_form(raw)))
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
    fn read(raw: Box<RawValue>) -> Result<(Option<u64>, Form), String> {
        Ok(number_or_numeric_string(raw).unwrap_or_else(|raw| (None, Form::Other(RawText(raw)))))
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
    fn read(raw: Box<RawValue>) -> Result<(Option<u16>, Form), String> {
        let invalid = |text: &str| {
            format!(
                "expected an error code from 0 to 65535 as a number or a numeric string, found {text}"
            )
        };
        match number_or_numeric_string(raw) {
            Ok((Some(n), form)) => match u16::try_from(n) {
                Ok(code) => Ok((Some(code), form)),
                Err(_) => Err(invalid(&n.to_string())),
            },
            Ok((None, _)) => Err(invalid("nothing")),
            Err(raw) => Err(invalid(raw.get())),
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

/// An unsigned integer type that a field holds.
pub(super) trait UnsignedInt:
    serde::de::DeserializeOwned + Serialize + PartialEq + Copy + TryFrom<u64>
{
}

impl UnsignedInt for u16 {}
impl UnsignedInt for u64 {}

/// The number `text` is, where it is written as writing that number gives: digits,
/// without a leading zero, that fit in a `u64`.
fn plain_digits(text: &str) -> Option<u64> {
    let plain = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    plain.then(|| text.parse().ok()).flatten()
}

/// A JSON number or a string of digits, as a `u64`, and the form it came in; the text
/// back when it is neither.
fn number_or_numeric_string(raw: Box<RawValue>) -> Result<(Option<u64>, Form), Box<RawValue>> {
    let text = raw.get();
    if let Some(n) = plain_digits(text) {
        return Ok((Some(n), Form::Plain));
    }
    if let Ok(n) = serde_json::from_str::<u64>(text) {
        return Ok((Some(n), number_form(raw)));
    }
    let Ok(string) = serde_json::from_str::<String>(text) else {
        return Err(raw);
    };
    if string.is_empty() || !string.bytes().all(|b| b.is_ascii_digit()) {
        return Err(raw);
    }
    let Ok(n) = string.parse::<u64>() else {
        return Err(raw);
    };
    let form = if text.contains('\\') {
        Form::Verbatim(RawText(raw))
    } else {
        Form::Text(string.into_boxed_str())
    };
    Ok((Some(n), form))
}

/// [`Form::Plain`] for a number written as writing it gives (digits, no leading zero),
/// else [`Form::Verbatim`] (`-0`, say).
fn number_form(raw: Box<RawValue>) -> Form {
    if plain_digits(raw.get()).is_some() {
        Form::Plain
    } else {
        Form::Verbatim(RawText(raw))
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
        Form::Plain | Form::Null | Form::Other(_) | Form::Verbatim(_) => {
            map.serialize_entry(key, &value)
        }
    }
}

/// A field's value from the JSON text it came in, and the form it came in: `None` for
/// `null` or a value of another type kept as it came; or why the text is no value the
/// field can hold or keep.
pub(super) fn read<T, C: Codec<T>>(raw: Box<RawValue>) -> Result<(Option<T>, Form), String> {
    if raw.get() == "null" {
        return Ok((None, Form::Null));
    }
    C::read(raw)
}

/// Writes a field as it came: its text where it keeps the value read from it, else its
/// value in the form it came in; `null` if it came as `null` and is still `None`, the
/// value of another type it came as, else nothing.
pub(super) fn write<T: PartialEq, C: Codec<T>, M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: Option<&T>,
    form: &Form,
) -> Result<(), M::Error> {
    match (value, form) {
        (Some(value), Form::Verbatim(raw)) if reads_as::<T, C>(raw, value) => {
            map.serialize_entry(key, &*raw.0)
        }
        (Some(value), _) => C::write(map, key, value, form),
        (None, Form::Null) => map.serialize_entry(key, &()),
        (None, Form::Other(raw)) => map.serialize_entry(key, &*raw.0),
        (None, _) => Ok(()),
    }
}

/// Whether `raw` reads as `value`.
fn reads_as<T: PartialEq, C: Codec<T>>(raw: &RawText, value: &T) -> bool {
    matches!(C::read(raw.0.clone()), Ok((Some(read), _)) if read == *value)
}
