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
///     r#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid label 'abc'","code":3612}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the problem type: `about:blank`, as the HTTP status says it all.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// The HTTP reason phrase, as RFC 9457 asks with `about:blank`.
    pub title: String,
    /// The HTTP status code answered with, such as 400.
    pub status: u16,
    /// The error's message.
    pub detail: String,
    /// The Zingle error code.
    pub code: u16,
}

impl Problem {
    /// The media type of a serialized problem.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";
}

/// The error as a problem: `about:blank`, titled with its status text.
pub fn to_problem<C: Code>(error: &Repr<C>) -> Problem {
    Problem {
        type_uri: "about:blank".to_owned(),
        title: error.status_text().to_owned(),
        status: error.http_status(),
        detail: error.message(),
        code: error.error_code(),
    }
}
