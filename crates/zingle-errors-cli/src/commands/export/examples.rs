//! `export --format examples`: per code, the error envelope Zingle sends and its RFC 9457
//! problem document, parameters filled with their own names.

use serde_json::Value;

use crate::output::json;
use zingle_errors::{Envelope, Problem, Status};
use zingle_errors_catalog::{Catalog, Entry};

/// `CODE.envelope.json` and `CODE.problem.json` of every code, ascending, each as the
/// library writes it (its keys in the library's order), pretty-printed.
pub fn files(catalog: &Catalog) -> Vec<(String, String)> {
    let mut files = Vec::with_capacity(catalog.entries().len() * 2);
    for entry in catalog.entries() {
        files.push((
            format!("{}.envelope.json", entry.code),
            json(&envelope_of(entry)),
        ));
        files.push((
            format!("{}.problem.json", entry.code),
            json(&problem_of(catalog, entry)),
        ));
    }
    files
}

/// The message with each parameter's name as its value: `Invalid label
/// 'correspondent_id'`.
pub fn placeholder_message(entry: &Entry) -> String {
    let params = entry.message.params();
    entry.message.fill(|i| params.get(i))
}

/// `{"status": {"text", "status_code", "description", "error_code"}}`, as the library's
/// `to_envelope` writes it.
pub fn envelope(entry: &Entry) -> Value {
    // Serializing the library's envelope cannot fail: its keys are strings.
    serde_json::to_value(envelope_of(entry)).unwrap_or_default()
}

/// The envelope of [`envelope`], as the library's type.
fn envelope_of(entry: &Entry) -> Envelope<()> {
    let status = Status::error(entry.status, Some(entry.code), placeholder_message(entry));
    Envelope::with_status(status)
}

/// RFC 9457, as the library's `to_problem` writes it: typed by the documentation link
/// (else `about:blank`), titled with the reason phrase, the code as the extension
/// member `code`.
pub fn problem(catalog: &Catalog, entry: &Entry) -> Value {
    serde_json::to_value(problem_of(catalog, entry)).unwrap_or_default()
}

/// The problem document of [`problem`], as the library's type.
fn problem_of(catalog: &Catalog, entry: &Entry) -> Problem {
    let doc_url = catalog.doc_url(entry);
    Problem::new(
        doc_url.as_deref(),
        entry.status,
        placeholder_message(entry),
        Some(entry.code),
    )
}
