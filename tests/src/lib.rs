//! Tests only; and the oracle that the round-trip tests and the fuzz target share.

/// `json` without its insignificant whitespace (what lies between tokens): reading an
/// envelope and writing it back gives a text that is the input's, to the byte, once both
/// are stripped so, as "lossless" means it (see the `zingle_errors::Response` docs).
/// Strings, escapes included, are kept as they are; the text is assumed to be JSON that
/// was read.
///
/// ```
/// assert_eq!(
///     zingle_errors_tests::without_insignificant_whitespace("{ \"a b\" : [1 , 2e0] }\n"),
///     "{\"a b\":[1,2e0]}"
/// );
/// ```
#[must_use]
pub fn without_insignificant_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
