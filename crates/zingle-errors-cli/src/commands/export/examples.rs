//! `export --format examples`: per code, the error envelope Zingle sends and its RFC 9457
//! problem document, parameters filled with their own names.

use serde_json::Value;
use zingle_errors::{Problem, Response, Status};
use zingle_errors_catalog::{Catalog, Entry};

/// `CODE.envelope.json` and `CODE.problem.json` of every code, ascending.
pub fn files(catalog: &Catalog) -> Vec<(String, Value)> {
    let mut files = Vec::with_capacity(catalog.entries().len() * 2);
    for entry in catalog.entries() {
        files.push((format!("{}.envelope.json", entry.code), envelope(entry)));
        files.push((
            format!("{}.problem.json", entry.code),
            problem(catalog, entry),
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
/// `to_response` writes it.
pub fn envelope(entry: &Entry) -> Value {
    let status = Status::error(entry.status, Some(entry.code), placeholder_message(entry));
    // Serializing the library's envelope cannot fail: its keys are strings.
    serde_json::to_value(Response::<()>::with_status(status)).unwrap_or_default()
}

/// RFC 9457, as the library's `to_problem` writes it: typed by the documentation link
/// (else `about:blank`), titled with the reason phrase, the code as the extension
/// member `code`.
pub fn problem(catalog: &Catalog, entry: &Entry) -> Value {
    let doc_url = catalog.doc_url(entry);
    let problem = Problem::new(
        doc_url.as_deref(),
        entry.status,
        placeholder_message(entry),
        Some(entry.code),
    );
    serde_json::to_value(problem).unwrap_or_default()
}
