//! Tests only; and the oracle that the round-trip tests and the fuzz target share.

/// The text that reading an envelope from `json` and writing it back must give, as
/// "lossless" means it (see the `zingle_errors::Envelope` docs): `json` itself, but for
/// its insignificant whitespace (what lies between tokens), dropped, and the keys the
/// envelope reads (those of the top level and of `status`), each as the text it decodes
/// to (such a key is kept as its text, not its escapes). Everything else, keys inside
/// `result` or inside an unknown field's value included, is kept as it is, escapes and
/// all. The text is assumed to be JSON that was read.
///
/// ```
/// assert_eq!(
///     zingle_errors_tests::lossless_form(
///         "{ \"a\\u0062\" : [1 , \"\\u0063 d\", 2e0], \"status\": {\"\\u0074ext\": {\"\\u0078\": 1}} }\n"
///     ),
///     "{\"ab\":[1,\"\\u0063 d\",2e0],\"status\":{\"text\":{\"\\u0078\":1}}}"
/// );
/// ```
#[must_use]
pub fn lossless_form(json: &str) -> String {
    /// An open object (whether the envelope reads its keys) or array.
    enum Open {
        Object { reads_keys: bool },
        Array,
    }
    let mut out = String::with_capacity(json.len());
    let mut open: Vec<Open> = Vec::new();
    // The last key of the top level, which says whether the object after it is `status`.
    let mut top_key = String::new();
    let mut chars = json.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
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
                let read_key = rest.starts_with(':')
                    && matches!(open.last(), Some(Open::Object { reads_keys: true }));
                match serde_json::from_str::<String>(string) {
                    Ok(key) if read_key => {
                        if open.len() == 1 {
                            top_key.clone_from(&key);
                        }
                        out.push_str(&serde_json::to_string(&key).unwrap_or_default());
                    }
                    _ => out.push_str(string),
                }
            }
            '{' => {
                let reads_keys = open.is_empty() || (open.len() == 1 && top_key == "status");
                open.push(Open::Object { reads_keys });
                out.push(c);
            }
            '[' => {
                open.push(Open::Array);
                out.push(c);
            }
            '}' | ']' => {
                open.pop();
                out.push(c);
            }
            ' ' | '\t' | '\n' | '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The template text that `pieces` (with the parameters' names `params`) are the parse
/// of: each literal with its braces doubled, each parameter as `{name}`. A parser whose
/// pieces give back another text than the one it read (a `{{id}}` taken for a
/// parameter, a literal lost) fails the template oracle, which compares the two.
///
/// ```
/// use zingle_errors_core::Piece;
///
/// let pieces = [Piece::Lit("Label {"), Piece::Param(0), Piece::Lit("}")];
/// assert_eq!(zingle_errors_tests::template_text(&pieces, &["id"]), "Label {{{id}}}");
/// ```
#[must_use]
pub fn template_text<S: AsRef<str>, N: AsRef<str>>(
    pieces: &[zingle_errors_core::Piece<S>],
    params: &[N],
) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            zingle_errors_core::Piece::Lit(text) => {
                out.push_str(&text.as_ref().replace('{', "{{").replace('}', "}}"));
            }
            zingle_errors_core::Piece::Param(i) => {
                let name = params.get(*i).map_or("", AsRef::as_ref);
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    out
}
