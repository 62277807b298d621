//! HTTP reason phrases: what Zingle writes as an error envelope's `status.text`, and a
//! problem document's `title`. The table is the runtime crate's, so that the tool and
//! the library write the same text.

pub use zingle_errors::reason_phrase as phrase;

/// `400 Bad Request`, or `599` for a status without a phrase.
pub fn status_line(status: u16) -> String {
    match phrase(status) {
        Some(phrase) => format!("{status} {phrase}"),
        None => status.to_string(),
    }
}
