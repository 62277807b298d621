//! RFC 9457 Problem Details, and an error's.

use serde::{Deserialize, Deserializer, Serialize};

use zingle_errors_core::reason_phrase;

use crate::code::Code;
use crate::error::Repr;

/// An RFC 9457 Problem Details object (`application/problem+json`), with the catalog's
/// code as the extension member `code`.
///
/// Written, every member is there but `code` and `status` where the problem has none;
/// `type` is the code's documentation link without its `#fragment`, so that readers
/// which keep `type` as an `http::Uri` (which has no fragment) read back the same problem.
///
/// ```
/// let problem = zingle_errors::ZingleError::invalid_label("abc").to_problem();
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     r#"{"type":"https://github.com/Zingle/rest-api-documentation/blob/master/error_codes.md","title":"Bad Request","status":400,"detail":"Invalid label 'abc'","code":3612}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Read, every member is optional (RFC 9457 §3.1): an absent `type` is `about:blank`
/// (§3.1.1), an absent `title` or `detail` the empty string, an absent `status` `None`
/// (the response's own status is the one that counts, §3.1.2). Members other than these
/// and `code` (`instance`, other extensions) are not kept.
///
/// ```
/// let problem: zingle_errors::Problem = serde_json::from_str(r#"{"status":404}"#)?;
/// assert_eq!(problem.type_uri, "about:blank");
/// assert_eq!((problem.title.as_str(), problem.detail.as_str()), ("", ""));
/// assert_eq!((problem.status, problem.code), (Some(404), None));
/// let empty: zingle_errors::Problem = serde_json::from_str("{}")?;
/// assert_eq!(empty.status, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// A member whose value is of another type is ignored, read as if it were absent
/// (§3.1): a `type`, `title` or `detail` that is no string (`null`, `42`, `[]`); a
/// `status` or `code` that is no integer in 0..=65535 (`"404"`, another server's
/// `"E42"`, `-1`, `404.0`). Malformed JSON and a member given twice still fail to read.
///
/// ```
/// let problem: zingle_errors::Problem = serde_json::from_str(
///     r#"{"type":42,"title":null,"status":"404","detail":"Contact not found","code":"E42"}"#,
/// )?;
/// assert_eq!(problem.type_uri, "about:blank");
/// assert_eq!((problem.title.as_str(), problem.detail.as_str()), ("", "Contact not found"));
/// assert_eq!((problem.status, problem.code), (None, None));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the problem type: the code's documentation link without its
    /// fragment, else `about:blank` (the HTTP status then says it all).
    #[serde(
        rename = "type",
        default = "about_blank",
        deserialize_with = "or_about_blank"
    )]
    pub type_uri: String,
    /// A short summary of the problem type: the HTTP status text.
    #[serde(default, deserialize_with = "or_default")]
    pub title: String,
    /// The HTTP status code answered with, such as 400; `None` only for a problem read
    /// without one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "if_typed"
    )]
    pub status: Option<u16>,
    /// The error's message.
    #[serde(default, deserialize_with = "or_default")]
    pub detail: String,
    /// The catalog's error code, where the error has one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "if_typed"
    )]
    pub code: Option<u16>,
}

/// A member's value, or `None` where it is not a `T`: RFC 9457 §3.1 has a member of
/// another type ignored, "as if the member had not been present". The value is read
/// whole first, so that a mismatch leaves the rest of the problem to read.
fn if_typed<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(T::deserialize(value).ok())
}

/// A member's value, or what its absence reads as where it is not a `T`.
fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(if_typed(deserializer)?.unwrap_or_default())
}

/// `type`, or `about:blank` where it is not a string, as where it is absent.
fn or_about_blank<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(if_typed(deserializer)?.unwrap_or_else(about_blank))
}

/// The problem type of a problem that names none (RFC 9457 §4.2.1).
const ABOUT_BLANK: &str = "about:blank";

fn about_blank() -> String {
    ABOUT_BLANK.to_owned()
}

impl Problem {
    /// The media type of a serialized problem.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem of an error answered with `status`: typed by `doc_url` without its
    /// `#fragment` (else `about:blank`), titled with the status's reason phrase. What a
    /// generated error's `to_problem` writes, for a code known only at run time (as the
    /// command-line tool's catalogs are).
    ///
    /// The fragment goes because readers that keep `type` as an `http::Uri` (the
    /// `problem_details` crate) drop it, and a problem must read back as it was written;
    /// `code` still says which code it is. The price: codes documented on one page share
    /// one problem type. A catalog that wants a type per code gives links without a
    /// fragment, such as `https://docs.example.com/errors/3000`, which are kept whole.
    ///
    /// ```
    /// use zingle_errors::Problem;
    ///
    /// let problem = Problem::new(None, 404, "Contact not found".to_owned(), Some(3000));
    /// assert_eq!(
    ///     serde_json::to_string(&problem)?,
    ///     r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Contact not found","code":3000}"#
    /// );
    /// let linked = |doc_url| Problem::new(Some(doc_url), 404, String::new(), Some(3000)).type_uri;
    /// assert_eq!(linked("https://docs.example.com/errors.md#3000"), "https://docs.example.com/errors.md");
    /// assert_eq!(linked("https://docs.example.com/errors/3000"), "https://docs.example.com/errors/3000");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(doc_url: Option<&str>, status: u16, detail: String, code: Option<u16>) -> Self {
        let type_uri = doc_url
            .map(|url| url.split_once('#').map_or(url, |(uri, _fragment)| uri))
            .filter(|uri| !uri.is_empty())
            .unwrap_or(ABOUT_BLANK);
        Self {
            type_uri: type_uri.to_owned(),
            title: reason_phrase(status).unwrap_or_default().to_owned(),
            status: Some(status),
            detail,
            code,
        }
    }
}

/// The error as a problem: typed by its code's documentation link (else
/// `about:blank`), as [`Problem::new`] types it, titled with its status text.
pub fn to_problem<C: Code>(error: &Repr<C>) -> Problem {
    let doc_url = error.kind().and_then(|k| k.record().doc_url);
    Problem {
        title: error.status_text().to_owned(),
        ..Problem::new(doc_url, error.http_status(), error.message(), error.code())
    }
}
