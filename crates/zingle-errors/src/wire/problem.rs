//! RFC 9457 Problem Details, and an error's.

use serde::{Deserialize, Serialize};

use zingle_errors_core::reason_phrase;

use crate::code::Code;
use crate::error::Repr;

/// An RFC 9457 Problem Details object (`application/problem+json`), with the Zingle
/// code as the extension member `code`.
///
/// ```
/// let problem = zingle_errors::ZingleError::invalid_label("abc").to_problem();
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     r#"{"type":"https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md#3612","title":"Bad Request","status":400,"detail":"Invalid label 'abc'","code":3612}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the problem type: the code's documentation link, else
    /// `about:blank` (the HTTP status then says it all).
    #[serde(rename = "type")]
    pub type_uri: String,
    /// A short summary of the problem type: the HTTP status text.
    pub title: String,
    /// The HTTP status code answered with, such as 400.
    pub status: u16,
    /// The error's message.
    pub detail: String,
    /// The Zingle error code, where the error has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
}

impl Problem {
    /// The media type of a serialized problem.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem of an error answered with `status`: typed by `doc_url` (else
    /// `about:blank`), titled with the status's reason phrase. What a generated error's
    /// `to_problem` writes, for a code known only at run time (as the command-line
    /// tool's catalogs are).
    ///
    /// ```
    /// let problem = zingle_errors::Problem::new(None, 404, "Contact not found".to_owned(), Some(3000));
    /// assert_eq!(
    ///     serde_json::to_string(&problem)?,
    ///     r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Contact not found","code":3000}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(doc_url: Option<&str>, status: u16, detail: String, code: Option<u16>) -> Self {
        Self {
            type_uri: doc_url.unwrap_or("about:blank").to_owned(),
            title: reason_phrase(status).unwrap_or_default().to_owned(),
            status,
            detail,
            code,
        }
    }
}

/// The error as a problem: typed by its code's documentation link (else
/// `about:blank`), titled with its status text.
pub fn to_problem<C: Code>(error: &Repr<C>) -> Problem {
    let doc_url = error.kind().and_then(C::doc_url);
    Problem {
        title: error.status_text().to_owned(),
        ..Problem::new(doc_url, error.http_status(), error.message(), error.code())
    }
}
