//! A whole Zingle response, `{"status": {...}, "result": ...}`, and an error's.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeOwned, Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::json_fault::without_position;
use super::key_order::{KeyOrder, written_order};
use super::object_key::{Key, OwnKey};
use super::{ExtraFields, Status};
use crate::code::Code;
use crate::error::Repr;

/// A whole Zingle response: `status`, and `result` on success.
///
/// # Lossless
///
/// A response read and written back is the text it was read from, but for the
/// whitespace between tokens, which is not kept:
///
/// - every key, in the order it came, at the top level and in `status`, as the text it
///   decodes to (a key written with an escape, `"\u0061"`, is written back without it);
/// - what the envelope does not interpret, as the text it came in: fields it does not
///   know ([`ExtraFields`](crate::ExtraFields)), and a pagination field it could not read (numbers
///   digit for digit however large or long, `1e400` included; strings with their escapes);
/// - the fields it reads, in the form they came in while they keep the value read from
///   them: a number sent as a string stays one (`"03612"`), an escaped string keeps its
///   escapes, `null` stays `null`;
/// - `result` as its type `T` writes it: `Box<serde_json::value::RawValue>` keeps its
///   text; `serde_json::Value` keeps its value, not the text of its numbers. The
///   `result` of an error response that `T` does not read (`Envelope<()>` reads none)
///   is not refused, as an error needs none: it is kept as the text it came in.
///
/// Reading takes JSON (serde_json's reader of text, and `serde_json::Value`). A key given
/// twice, at the top level or in `status`, is refused. The fuzz target `envelope_reader`
/// and the test `every_body_is_written_back_as_it_came` hold this promise against the
/// input's own text.
///
/// ```
/// use zingle_errors::{Envelope, code};
///
/// let json = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":3612}}"#;
/// let response: Envelope<serde_json::Value> = serde_json::from_str(json)?;
/// let err = response.into_result().unwrap_err();
/// assert_eq!(err.kind(), Some(code!(InvalidLabel)));
/// assert_eq!(err.arg("correspondent_id"), Some("vip"));
/// assert_eq!(err.to_string(), "Invalid label 'vip'");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Envelope<T> {
    /// The HTTP status and, for an error, its code and description; for a list, the
    /// pagination.
    pub status: Status,
    /// The result, on success: an object, or an array for lists.
    pub result: Option<T>,
    /// Top-level fields this type does not know, kept as the text they came in, in order.
    pub extra: ExtraFields,
    /// The `result` as it came, where `result` is `None` but the response had one: a
    /// `null`, or the result of an error response that `T` does not read (an error needs
    /// none), kept so that the response is written back as it came.
    result_unread: Option<Box<RawValue>>,
    /// The keys in the order they came, where the response was read and they came in
    /// another order than the one it is written in.
    order: Vec<TopKey>,
}

/// Equal when written alike: the unread `result` compared as its text.
impl<T: PartialEq> PartialEq for Envelope<T> {
    fn eq(&self, other: &Self) -> bool {
        fn unread<T>(r: &Envelope<T>) -> Option<&str> {
            r.result_unread.as_deref().map(RawValue::get)
        }
        self.status == other.status
            && self.result == other.result
            && self.extra == other.extra
            && unread(self) == unread(other)
            && self.order == other.order
    }
}

impl<T: Eq> Eq for Envelope<T> {}

/// A top-level key, in the order a response is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum TopKey {
    #[default]
    Status,
    Result,
    Extra,
}

impl TopKey {
    /// The slot of the top-level key `key`: one of the envelope's own, or an extra one.
    pub(super) fn of(key: &str) -> Self {
        TopField::named(key).map_or(Self::Extra, TopField::slot)
    }
}

/// A top-level field the envelope gives its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TopField {
    Status,
    Result,
}

impl TopField {
    fn slot(self) -> TopKey {
        match self {
            Self::Status => TopKey::Status,
            Self::Result => TopKey::Result,
        }
    }
}

impl OwnKey for TopField {
    const OBJECT: &'static str = "a response";

    fn named(key: &str) -> Option<Self> {
        match key {
            "status" => Some(Self::Status),
            "result" => Some(Self::Result),
            _ => None,
        }
    }
}

impl<T> Envelope<T> {
    /// A successful response carrying `result`.
    ///
    /// ```
    /// let response = zingle_errors::Envelope::ok(200, vec![1, 2]);
    /// assert_eq!(serde_json::to_string(&response)?, r#"{"status":{"text":"OK","status_code":200},"result":[1,2]}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn ok(status_code: u16, result: T) -> Self {
        Self {
            status: Status::new(status_code),
            result: Some(result),
            extra: ExtraFields::new(),
            result_unread: None,
            order: Vec::new(),
        }
    }

    /// A response with this status and no result.
    #[must_use]
    pub fn with_status(status: Status) -> Self {
        Self {
            status,
            result: None,
            extra: ExtraFields::new(),
            result_unread: None,
            order: Vec::new(),
        }
    }

    /// The result, or the error the status reports, as the error type of any catalog:
    /// [`into_result`](Self::into_result) for a catalog of one's own.
    ///
    /// ```
    /// mod billing {
    ///     zingle_errors::zingle_errors!("codes.toml", module = billing, code = BillingCode,
    ///         error = BillingError, code_macro = billing_code, error_macro = billing_error);
    /// }
    ///
    /// fn main() -> Result<(), serde_json::Error> {
    ///     let body = r#"{"status":{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}}"#;
    ///     let response: zingle_errors::Envelope<()> = serde_json::from_str(body)?;
    ///     let err = response.into_result_as::<billing::BillingError>().unwrap_err();
    ///     assert_eq!(err.kind(), Some(billing::BillingCode::ContactNotFound));
    ///     Ok(())
    /// }
    /// ```
    ///
    /// # Errors
    ///
    /// The error the status reports (see [`Status::is_error`]), with its code (known to
    /// the catalog or not), description, HTTP status and text.
    pub fn into_result_as<E: FromStatus>(self) -> Result<Option<T>, E> {
        E::from_response(self)
    }
}

/// An error type that reads the error a Zingle status reports: every error type that
/// `zingle_errors!` generates.
pub trait FromStatus: Sized {
    /// The error the status reports, or `None` when it reports none.
    fn from_status(status: &Status) -> Option<Self>;

    /// The result of `response`, or the error its status reports, as
    /// [`from_status`](Self::from_status) reads it (taking the status's texts, where
    /// `from_status` copies them).
    ///
    /// # Errors
    ///
    /// The error the status reports.
    fn from_response<T>(response: Envelope<T>) -> Result<Option<T>, Self>;
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Envelope<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

/// Reads the envelope's keys once each: `status` straight from the input (so that its
/// own keys are checked once each too), `result` and the rest as values.
struct ResponseVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for ResponseVisitor<T> {
    type Value = Envelope<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Zingle response: an object with a `status`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut status: Option<Status> = None;
        let mut result: Option<ResultRead<T>> = None;
        let mut extra = ExtraFields::new();
        let mut order = KeyOrder::new();
        while let Some(key) = access.next_key::<Key<TopField>>()? {
            let slot = match key {
                Key::Own(field) => field.slot(),
                Key::Other(_) => TopKey::Extra,
            };
            order.note(slot, || {
                // The keys so far, in the order a response is written in.
                let known = [
                    (status.is_some(), TopKey::Status),
                    (result.is_some(), TopKey::Result),
                ];
                let known = known.into_iter().filter_map(|(seen, k)| seen.then_some(k));
                known
                    .chain((0..extra.len()).map(|_| TopKey::Extra))
                    .collect()
            });
            let duplicate = match key {
                Key::Own(TopField::Status) => status.replace(access.next_value()?).is_some(),
                Key::Own(TopField::Result) => {
                    // After a success's status, `result` is read as `T` straight from the
                    // input, so that a fault in it is located in the input; else kept as
                    // text until the status says whether it is needed.
                    let read = match &status {
                        Some(status) if !status.is_error() => {
                            ResultRead::Typed(access.next_value_seed(TypedResult(PhantomData))?)
                        }
                        _ => ResultRead::Text(access.next_value()?),
                    };
                    result.replace(read).is_some()
                }
                Key::Other(key) => {
                    extra.push_read(key, access.next_value()?);
                    false
                }
            };
            if duplicate {
                let key = if slot == TopKey::Status {
                    "status"
                } else {
                    "result"
                };
                return Err(A::Error::custom(format_args!(
                    "duplicate key `{key}` in the response"
                )));
            }
        }
        if let Some(key) = extra.first_duplicate() {
            return Err(A::Error::custom(format_args!(
                "duplicate key `{key}` in the response"
            )));
        }
        let status = status.ok_or_else(|| A::Error::missing_field("status"))?;
        let (result, result_unread) = match result {
            None => (None, None),
            Some(ResultRead::Typed(Some(result))) => (Some(result), None),
            Some(ResultRead::Typed(None)) => (None, RawValue::from_string("null".to_owned()).ok()),
            Some(ResultRead::Text(raw)) if raw.get() == "null" => (None, Some(raw)),
            Some(ResultRead::Text(raw)) => match serde_json::from_str(raw.get()) {
                Ok(result) => (Some(result), None),
                // An error needs no result: one that `T` does not read is kept unread.
                Err(_) if status.is_error() => (None, Some(raw)),
                Err(e) => return Err(A::Error::custom(InResult(&e))),
            },
        };
        Ok(Envelope {
            status,
            result,
            extra,
            result_unread,
            order: order.into_slots(),
        })
    }
}

/// Reads `result` as `Option<T>`, a fault said to be in `result`.
struct TypedResult<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> serde::de::DeserializeSeed<'de> for TypedResult<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        Option::<T>::deserialize(deserializer)
            .map_err(|e| D::Error::custom(format_args!("`result`: {e}")))
    }
}

/// `result` as the visitor read it: as `T` (`None` for `null`), or as its text.
enum ResultRead<T> {
    Typed(Option<T>),
    Text(Box<RawValue>),
}

/// A fault in a `result` read from its text (it came before the status): located in
/// that text, which the message says, as the input's own position is not known there.
struct InResult<'a>(&'a serde_json::Error);

impl fmt::Display for InResult<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        let fault = without_position(e);
        write!(
            f,
            "in `result`, at its line {}, column {}: {fault}",
            e.line(),
            e.column()
        )
    }
}

/// Written as it came: every key in its place (a response made here: `status`,
/// `result`, then `extra`).
impl<T: Serialize> Serialize for Envelope<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // An extra field of a known name would be a key twice, which no reader takes.
        if let Some((key, _)) = self
            .extra
            .iter()
            .find(|(k, _)| TopKey::of(k) != TopKey::Extra)
        {
            return Err(serde::ser::Error::custom(format_args!(
                "the response has a field `{key}` of its own: it cannot be an extra one too"
            )));
        }
        let mut map = serializer.serialize_map(None)?;
        let mut extras = self.extra.iter();
        let own = [TopKey::Status, TopKey::Result];
        for slot in written_order(&self.order, own, TopKey::Extra, self.extra.len()) {
            match slot {
                TopKey::Status => map.serialize_entry("status", &self.status)?,
                TopKey::Result => match (&self.result, &self.result_unread) {
                    (Some(value), _) => map.serialize_entry("result", value)?,
                    (None, Some(raw)) => map.serialize_entry("result", raw)?,
                    (None, None) => {}
                },
                TopKey::Extra => {
                    if let Some((key, value)) = extras.next() {
                        map.serialize_entry(key, value)?;
                    }
                }
            }
        }
        map.end()
    }
}

/// The envelope answering with the error: its status, status text, message and code.
pub fn to_envelope<C: Code>(error: &Repr<C>) -> Envelope<()> {
    let mut status = Status::error(error.http_status(), error.code(), error.message());
    status.text = error.status_text().to_owned();
    Envelope::with_status(status)
}
