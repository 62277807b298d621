//! `export --format examples`: per code, the error envelope Zingle sends and its RFC 9457
//! problem document, parameters filled with their own names.

use serde_json::{Value, json};
use zingle_errors_catalog::{Catalog, Entry};

use crate::reason;
use crate::recover::fill;

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
    fill(&entry.message, entry.message.params())
}

/// The status text: the reason phrase, as Zingle writes it.
fn text(entry: &Entry) -> &'static str {
    reason::phrase(entry.status).unwrap_or_default()
}

/// `{"status": {"text", "status_code", "description", "error_code"}}`.
pub fn envelope(entry: &Entry) -> Value {
    json!({
        "status": {
            "text": text(entry),
            "status_code": entry.status,
            "description": placeholder_message(entry),
            "error_code": entry.code,
        }
    })
}

/// RFC 9457: typed by the documentation link (else `about:blank`), titled with the
/// reason phrase, the Zingle code as the extension member `code`.
pub fn problem(catalog: &Catalog, entry: &Entry) -> Value {
    json!({
        "type": catalog.doc_url(entry).unwrap_or_else(|| "about:blank".to_owned()),
        "title": text(entry),
        "status": entry.status,
        "detail": placeholder_message(entry),
        "code": entry.code,
    })
}
