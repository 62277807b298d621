//! A whole Zingle response, `{"status": {...}, "result": ...}`, and an error's.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeOwned, Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::Status;
use crate::code::Code;
use crate::error::Repr;

/// A whole Zingle response: `status`, and `result` on success.
///
/// Like [`Status`], it keeps what it does not know, and a `result` sent as `null`.
///
/// ```
/// use zingle_errors::{Response, code};
///
/// let json = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":3612}}"#;
/// let response: Response<serde_json::Value> = serde_json::from_str(json)?;
/// let err = response.into_result().unwrap_err();
/// assert_eq!(err.kind(), Some(code!(InvalidLabel)));
/// assert_eq!(err.arg("correspondent_id"), Some("vip"));
/// assert_eq!(err.to_string(), "Invalid label 'vip'");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response<T> {
    /// The HTTP status and, for an error, its code and description; for a list, the
    /// pagination.
    pub status: Status,
    /// The result, on success: an object, or an array for lists.
    pub result: Option<T>,
    /// Top-level fields this type does not know, kept as they came.
    pub extra: Map<String, Value>,
    result_null: bool,
}

impl<T> Response<T> {
    /// A successful response carrying `result`.
    ///
    /// ```
    /// let response = zingle_errors::Response::ok(200, vec![1, 2]);
    /// assert_eq!(serde_json::to_string(&response)?, r#"{"status":{"text":"OK","status_code":200},"result":[1,2]}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn ok(status_code: u16, result: T) -> Self {
        Self {
            status: Status::new(status_code),
            result: Some(result),
            extra: Map::new(),
            result_null: false,
        }
    }

    /// A response with this status and no result.
    #[must_use]
    pub fn with_status(status: Status) -> Self {
        Self {
            status,
            result: None,
            extra: Map::new(),
            result_null: false,
        }
    }

    /// The result, or the error the status reports, as the error type of any catalog:
    /// [`into_result`](Self::into_result) for a catalog of one's own.
    ///
    /// ```
    /// mod billing {
    ///     zingle_errors::zingle_errors!("codes.toml", module = billing, error = BillingError,
    ///         code_macro = billing_code, error_macro = billing_error);
    /// }
    ///
    /// let body = r#"{"status":{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}}"#;
    /// let response: zingle_errors::Response<()> = serde_json::from_str(body)?;
    /// let err = response.into_result_as::<billing::BillingError>().unwrap_err();
    /// assert_eq!(err.kind(), Some(billing::ErrorCode::ContactNotFound));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The error the status reports (see [`Status::is_error`]), with its code (known to
    /// the catalog or not), description, HTTP status and text.
    pub fn into_result_as<E: FromStatus>(self) -> Result<Option<T>, E> {
        match E::from_status(&self.status) {
            Some(error) => Err(error),
            None => Ok(self.result),
        }
    }
}

/// An error type that reads the error a Zingle status reports: every error type that
/// `zingle_errors!` generates.
pub trait FromStatus: Sized {
    /// The error the status reports, or `None` when it reports none.
    fn from_status(status: &Status) -> Option<Self>;
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Response<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

/// Reads the envelope's keys once each: `status` straight from the input (so that its
/// own keys are checked once each too), `result` and the rest as values.
struct ResponseVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for ResponseVisitor<T> {
    type Value = Response<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Zingle response: an object with a `status`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut status: Option<Status> = None;
        let mut result: Option<Value> = None;
        let mut extra = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            let duplicate = match key.as_str() {
                "status" => status.replace(access.next_value()?).is_some(),
                "result" => result.replace(access.next_value()?).is_some(),
                _ => {
                    let value = access.next_value()?;
                    extra.insert(key.clone(), value).is_some()
                }
            };
            if duplicate {
                return Err(A::Error::custom(format_args!(
                    "duplicate key `{key}` in the response"
                )));
            }
        }
        let status = status.ok_or_else(|| A::Error::missing_field("status"))?;
        let (result, result_null) = match result {
            None => (None, false),
            Some(Value::Null) => (None, true),
            Some(value) => (
                Some(
                    T::deserialize(value)
                        .map_err(|e| A::Error::custom(format_args!("`result`: {e}")))?,
                ),
                false,
            ),
        };
        Ok(Response {
            status,
            result,
            extra,
            result_null,
        })
    }
}

impl<T: Serialize> Serialize for Response<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("status", &self.status)?;
        match &self.result {
            Some(result) => map.serialize_entry("result", result)?,
            None if self.result_null => map.serialize_entry("result", &())?,
            None => {}
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The envelope answering with the error: its status, status text, message and code.
pub fn to_response<C: Code>(error: &Repr<C>) -> Response<()> {
    let mut status = Status::error(error.http_status(), error.code(), error.message());
    status.text = error.status_text().to_owned();
    Response::with_status(status)
}
