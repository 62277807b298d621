//! A serde_json error as the envelope's own errors quote it.

/// `error`'s message without its position, for a text read again on its own (a value
/// of the input), whose positions are not the input's: the reader of the whole input
/// adds its own, or the caller says where the text lies.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => text[..at].to_owned(),
        _ => text,
    }
}
