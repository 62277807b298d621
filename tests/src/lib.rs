//! Tests only; and the oracle that the round-trip tests and the fuzz target share.

/// The text that reading an envelope from `json` and writing it back must give, as
/// "lossless" means it (see the `zingle_errors::Response` docs): `json` itself, but for
/// its insignificant whitespace (what lies between tokens), dropped, and its keys, each as
/// the text it decodes to (a key is kept as its text, not its escapes). String values,
/// escapes included, are kept as they are. The text is assumed to be JSON that was read.
///
/// ```
/// assert_eq!(
///     zingle_errors_tests::lossless_form("{ \"a\\u0062\" : [1 , \"\\u0063 d\", 2e0] }\n"),
///     "{\"ab\":[1,\"\\u0063 d\",2e0]}"
/// );
/// ```
#[must_use]
pub fn lossless_form(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut chars = json.char_indices();
    while let Some((at, c)) = chars.next() {
        if c == '"' {
            let mut escaped = false;
            let mut end = json.len();
            for (i, c) in chars.by_ref() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    _ => {}
                }
            }
            let string = &json[at..end];
            let rest = json[end..].trim_start_matches([' ', '\t', '\n', '\r']);
            let is_escaped_key = rest.starts_with(':') && string.contains('\\');
            match serde_json::from_str::<String>(string) {
                Ok(key) if is_escaped_key => {
                    out.push_str(&serde_json::to_string(&key).unwrap_or_default());
                }
                _ => out.push_str(string),
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}
