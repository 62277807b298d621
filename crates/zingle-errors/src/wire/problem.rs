//! RFC 9457 Problem Details, and an error's.

use serde::{Deserialize, Serialize};

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
}

/// The error as a problem: typed by its code's documentation link (else
/// `about:blank`), titled with its status text.
pub fn to_problem<C: Code>(error: &Repr<C>) -> Problem {
    let type_uri = error.kind().and_then(C::doc_url).unwrap_or("about:blank");
    Problem {
        type_uri: type_uri.to_owned(),
        title: error.status_text().to_owned(),
        status: error.http_status(),
        detail: error.message(),
        code: error.code(),
    }
}
