//! How a code's name is spelt in other places: its constructor's snake_case, and its
//! translations' message id in kebab-case.

use alloc::string::String;
use alloc::vec::Vec;

/// `UpperCamelCase` to `snake_case`: `InvalidLabel` → `invalid_label`,
/// `HotSosIssue` → `hot_sos_issue`, `HTTPStatus` → `http_status`.
///
/// ```
/// assert_eq!(zingle_errors_core::to_snake_case("InvalidBase64"), "invalid_base64");
/// assert_eq!(zingle_errors_core::to_snake_case("HTTPStatus"), "http_status");
/// ```
#[must_use]
pub fn to_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The Fluent message id of a code's name: its kebab-case (`InvalidLabel` →
/// `invalid-label`), by which a catalog's translations name it.
///
/// ```
/// assert_eq!(zingle_errors_core::message_id("InvalidLabel"), "invalid-label");
/// assert_eq!(zingle_errors_core::message_id("Http2Error"), "http2-error");
/// ```
#[must_use]
pub fn message_id(name: &str) -> String {
    to_snake_case(name).replace('_', "-")
}
