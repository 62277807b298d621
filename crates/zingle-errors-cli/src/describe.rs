//! What is said of a code, once, for every command: its JSON object, its Rust, and the
//! codes that share its message.

use serde_json::{Value, json};
use zingle_errors_catalog::{Catalog, Entry};

use crate::reason;

/// Every field of an entry, as one JSON object.
pub fn entry_json(catalog: &Catalog, entry: &Entry) -> Value {
    let category = catalog.category(entry);
    json!({
        "code": entry.code,
        "name": entry.name,
        "constructor": entry.snake_name(),
        "category": { "name": category.name, "title": category.title },
        "status": entry.status,
        "status_text": reason::phrase(entry.status),
        "retryable": entry.retryable,
        "message": entry.message.source(),
        "params": entry.message.params(),
        "explanation": entry.explanation,
        "published_message": entry.published_message,
        "published_explanation": entry.published_explanation,
        "deprecated": entry.deprecated,
        "aliases": entry.aliases,
        "since": entry.since,
        "doc_url": catalog.doc_url(entry),
        "same_message": same_message(catalog, entry).iter().map(|e| e.code).collect::<Vec<_>>(),
    })
}

/// The other codes whose message is the same template.
pub fn same_message<'a>(catalog: &'a Catalog, entry: &Entry) -> Vec<&'a Entry> {
    catalog
        .entries()
        .iter()
        .filter(|e| e.code != entry.code && e.message.source() == entry.message.source())
        .collect()
}

/// The Rust that names the code and builds its error, with the default type names:
/// `code!(InvalidLabel)`, `ZingleError::invalid_label(correspondent_id)`.
pub fn rust(entry: &Entry) -> Vec<String> {
    let params = entry.message.params();
    let named: Vec<String> = params.iter().map(|p| format!("{p} = ..")).collect();
    let args = if named.is_empty() {
        String::new()
    } else {
        format!(", {}", named.join(", "))
    };
    vec![
        format!("code!({})", entry.name),
        format!("zingle_error!({}{args})", entry.name),
        format!("ZingleError::{}({})", entry.snake_name(), params.join(", ")),
    ]
}

/// A code's line in a listing: code, name, HTTP status, message.
pub fn summary_row(entry: &Entry) -> Vec<String> {
    vec![
        entry.code.to_string(),
        entry.name.clone(),
        entry.status.to_string(),
        entry.message.source().to_owned(),
    ]
}
