//! The `status` object of every Zingle response, and the error it reports.

use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::code::Code;
use crate::error::Repr;

/// The `status` object of every Zingle response.
///
/// Reading and writing loses nothing: a field that was absent stays absent, a field sent
/// as `null` is written as `null` while it is left `None`, an `error_code` sent as a
/// string is written as a string, and fields this type does not know are kept in
/// [`extra`](Self::extra) and written back after the others.
///
/// ```
/// use zingle_errors::Status;
///
/// let json = r#"{"text":"Bad Request","status_code":400,"description":"Label display name is already in use","error_code":"3402","trace":"x1"}"#;
/// let status: Status = serde_json::from_str(json)?;
/// assert_eq!(status.error_code, Some(3402));
/// assert_eq!(status.extra["trace"], "x1");
/// assert_eq!(serde_json::to_string(&status)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// The HTTP reason phrase, such as `"Bad Request"`.
    pub text: String,
    /// The HTTP status.
    pub status_code: u16,
    /// What went wrong, for an error: the code's message, filled.
    pub description: Option<String>,
    /// The Zingle error code, for an error (read from a number or a numeric string).
    pub error_code: Option<u16>,
    /// The field a list is sorted by.
    pub sort_field: Option<String>,
    /// `asc` or `desc`.
    pub sort_direction: Option<String>,
    /// The page of a list, from 1.
    pub page: Option<u64>,
    /// Records a page.
    pub page_size: Option<u64>,
    /// Pages in all.
    pub total_pages: Option<u64>,
    /// Records in all.
    pub total_records: Option<u64>,
    /// Fields this type does not know, kept as they came.
    pub extra: Map<String, Value>,
    /// Optional fields sent as `null`, one bit each in `OPTIONAL` order.
    nulls: u8,
    /// Whether `error_code` came as a JSON string.
    error_code_as_string: bool,
}

/// The optional fields, in the order they are written.
const OPTIONAL: [&str; 8] = [
    "description",
    "error_code",
    "sort_field",
    "sort_direction",
    "page",
    "page_size",
    "total_pages",
    "total_records",
];
impl Status {
    /// A status with no error and no pagination: `text` is the reason phrase.
    ///
    /// ```
    /// let status = zingle_errors::Status::new(200);
    /// assert_eq!(serde_json::to_string(&status)?, r#"{"text":"OK","status_code":200}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(status_code: u16) -> Self {
        Self {
            text: crate::reason_phrase(status_code).to_owned(),
            status_code,
            ..Self::default()
        }
    }

    /// Whether this status reports an error: it has an `error_code` or its
    /// `status_code` is 400 or more.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.error_code.is_some() || self.status_code >= 400
    }

    fn bit(field: &str) -> u8 {
        OPTIONAL
            .iter()
            .position(|f| *f == field)
            .map_or(0, |i| 1 << i)
    }

    fn was_null(&self, field: &str) -> bool {
        self.nulls & Self::bit(field) != 0
    }
}

/// Takes `key` out of `map`: `Ok(None)` when absent or null (noting a null in `nulls`).
fn take<T: DeserializeOwned, E: serde::de::Error>(
    map: &mut Map<String, Value>,
    key: &str,
    nulls: &mut u8,
) -> Result<Option<T>, E> {
    match map.remove(key) {
        None => Ok(None),
        Some(Value::Null) => {
            *nulls |= Status::bit(key);
            Ok(None)
        }
        Some(value) => T::deserialize(value)
            .map(Some)
            .map_err(|e| E::custom(format_args!("`status.{key}`: {e}"))),
    }
}

/// Takes the required `key` out of `map`.
fn required<T: DeserializeOwned, E: serde::de::Error>(
    map: &mut Map<String, Value>,
    key: &'static str,
) -> Result<T, E> {
    let value = map.remove(key).ok_or_else(|| E::missing_field(key))?;
    T::deserialize(value).map_err(|e| E::custom(format_args!("`status.{key}`: {e}")))
}

/// An error code from a JSON number or numeric string; it must fit in a `u16`.
fn error_code<E: serde::de::Error>(value: &Value) -> Result<(u16, bool), E> {
    let invalid = || {
        E::custom(format_args!(
            "`status.error_code`: expected an error code from 0 to 65535 as a number or a numeric string, found {value}"
        ))
    };
    match value {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .map(|n| (n, false))
            .ok_or_else(invalid),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().map(|n| (n, true)).map_err(|_| invalid())
        }
        _ => Err(invalid()),
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut map = Map::deserialize(deserializer)?;
        let mut nulls = 0;
        let text = required(&mut map, "text")?;
        let status_code = required(&mut map, "status_code")?;
        let (error_code, error_code_as_string) = match map.remove("error_code") {
            None => (None, false),
            Some(Value::Null) => {
                nulls |= Status::bit("error_code");
                (None, false)
            }
            Some(value) => error_code::<D::Error>(&value).map(|(n, s)| (Some(n), s))?,
        };
        Ok(Self {
            text,
            status_code,
            description: take(&mut map, "description", &mut nulls)?,
            error_code,
            sort_field: take(&mut map, "sort_field", &mut nulls)?,
            sort_direction: take(&mut map, "sort_direction", &mut nulls)?,
            page: take(&mut map, "page", &mut nulls)?,
            page_size: take(&mut map, "page_size", &mut nulls)?,
            total_pages: take(&mut map, "total_pages", &mut nulls)?,
            total_records: take(&mut map, "total_records", &mut nulls)?,
            extra: map,
            nulls,
            error_code_as_string,
        })
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn field<M: SerializeMap, T: Serialize>(
            map: &mut M,
            status: &Status,
            key: &str,
            value: Option<&T>,
        ) -> Result<(), M::Error> {
            match value {
                Some(value) => map.serialize_entry(key, value),
                None if status.was_null(key) => map.serialize_entry(key, &()),
                None => Ok(()),
            }
        }
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("status_code", &self.status_code)?;
        field(&mut map, self, "description", self.description.as_ref())?;
        match self.error_code {
            Some(code) if self.error_code_as_string => {
                map.serialize_entry("error_code", &code.to_string())?
            }
            code => field(&mut map, self, "error_code", code.as_ref())?,
        }
        field(&mut map, self, "sort_field", self.sort_field.as_ref())?;
        field(
            &mut map,
            self,
            "sort_direction",
            self.sort_direction.as_ref(),
        )?;
        field(&mut map, self, "page", self.page.as_ref())?;
        field(&mut map, self, "page_size", self.page_size.as_ref())?;
        field(&mut map, self, "total_pages", self.total_pages.as_ref())?;
        field(&mut map, self, "total_records", self.total_records.as_ref())?;
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The error a status reports; `None` when it reports none.
pub fn from_status<C: Code>(status: &Status) -> Option<Repr<C>> {
    status.is_error().then(|| {
        // A status with no error code (a 4xx or 5xx from a proxy, say) gets code 0.
        let code = status.error_code.unwrap_or(0);
        Repr::reported(
            code,
            status.status_code,
            Some(&status.text),
            status.description.as_deref(),
        )
    })
}
