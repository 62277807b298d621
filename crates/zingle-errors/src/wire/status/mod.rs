//! The `status` object of every Zingle response, and the error it reports.

mod as_read;
mod codec;
mod fields;
mod read;
mod write;

use crate::code::Code;
use crate::error::Repr;
use zingle_errors_core::reason_phrase;

use self::as_read::AsRead;
pub use self::fields::StatusField;
use self::fields::field_doc;
use super::{Envelope, ExtraFields};

/// The `status` object of every Zingle response.
///
/// Reading and writing loses nothing, as [`Envelope`'s lossless
/// promise](crate::Envelope#lossless) says: a field sent as `null` is left `None` and
/// written as `null`, a number sent as a string (`"error_code": "03612"`, `"page":
/// "1"`) is written as that string, a pagination field of another type is left `None`
/// and written back as it came, and fields this type does not know are kept in
/// [`extra`](Self::extra), each in its place. A key given twice is refused, as serde's
/// derive refuses it.
///
/// ```
/// use zingle_errors::Status;
///
/// let json = r#"{"text":"Bad Request","status_code":400,"description":"Label display name is already in use","error_code":"3402","trace":"x1"}"#;
/// let status: Status = serde_json::from_str(json)?;
/// assert_eq!(status.error_code, Some(3402));
/// assert_eq!(status.extra["trace"].get(), r#""x1""#);
/// assert_eq!(serde_json::to_string(&status)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    #[doc = field_doc!(text)]
    pub text: String,
    #[doc = field_doc!(status_code)]
    pub status_code: u16,
    #[doc = field_doc!(description)]
    pub description: Option<String>,
    #[doc = field_doc!(error_code)]
    pub error_code: Option<u16>,
    #[doc = field_doc!(sort_field)]
    pub sort_field: Option<String>,
    #[doc = field_doc!(sort_direction)]
    pub sort_direction: Option<String>,
    #[doc = field_doc!(page)]
    pub page: Option<u64>,
    #[doc = field_doc!(page_size)]
    pub page_size: Option<u64>,
    #[doc = field_doc!(total_pages)]
    pub total_pages: Option<u64>,
    #[doc = field_doc!(total_records)]
    pub total_records: Option<u64>,
    /// Fields this type does not know, kept as the text they came in, in order.
    pub extra: ExtraFields,
    /// How it came, where it was read and came otherwise than it is written.
    as_read: AsRead,
}

impl Status {
    /// A status with no error and no pagination: `text` is the reason phrase, empty
    /// for a status with none.
    ///
    /// ```
    /// let status = zingle_errors::Status::new(200);
    /// assert_eq!(serde_json::to_string(&status)?, r#"{"text":"OK","status_code":200}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(status_code: u16) -> Self {
        Self {
            text: reason_phrase(status_code).unwrap_or_default().to_owned(),
            status_code,
            ..Self::default()
        }
    }

    /// The status of an error answered with `status_code`: `text` is its reason phrase,
    /// and the description and the code are given. What a generated error's
    /// `to_envelope` writes, for a code known only at run time (as the command-line
    /// tool's catalogs are).
    ///
    /// ```
    /// let status = zingle_errors::Status::error(404, Some(3000), "Contact not found".to_owned());
    /// assert_eq!(
    ///     serde_json::to_string(&status)?,
    ///     r#"{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn error(status_code: u16, error_code: Option<u16>, description: String) -> Self {
        Self {
            description: Some(description),
            error_code,
            ..Self::new(status_code)
        }
    }

    /// Whether this status reports an error: it has an `error_code` or its
    /// `status_code` is 400 or more.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.error_code.is_some() || self.status_code >= 400
    }
}

/// The error a status reports; `None` when it reports none. Its parameters are found in
/// the description as the generated `from_status` says (`Repr::reported`).
pub fn from_status<C: Code>(status: &Status) -> Option<Repr<C>> {
    status.is_error().then(|| {
        let (text, description) = (status.text.clone(), status.description.clone());
        Repr::reported(
            status.error_code,
            status.status_code,
            Some(text),
            description,
        )
    })
}

/// The result of an envelope, or the error its status reports, as [`from_status`]
/// reads it, taking the status's texts where it copies them.
///
/// # Errors
///
/// The error the status reports.
pub fn from_response<C: Code, T>(response: Envelope<T>) -> Result<Option<T>, Repr<C>> {
    let status = response.status;
    if !status.is_error() {
        return Ok(response.result);
    }
    // A status with no error code (a 4xx or 5xx from a proxy, say) is no code of the
    // catalog, whatever codes it has.
    let (text, description) = (Some(status.text), status.description);
    Err(Repr::reported(
        status.error_code,
        status.status_code,
        text,
        description,
    ))
}
