//! What is said of a code, once, for every command: its JSON object, its Rust, and the
//! codes that share its message.

use serde_json::{Value, json};
use zingle_errors_catalog::{Catalog, Entry, Names};

use crate::reason;

/// Every field of an entry, as one JSON object; `rust` is the Rust that names the code
/// and builds its error, in `names`.
pub fn entry_json(catalog: &Catalog, entry: &Entry, names: &Names) -> Value {
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
        "rust": {
            "variant": names.variant_path(&entry.name),
            "code_macro": names.code_call(&entry.name),
            "error_macro": names.error_call(error_args(entry)),
            "constructor": constructor_call(entry, names),
        },
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

/// The Rust that names the code and builds its error, in `names`:
/// `code!(InvalidLabel)`, `zingle_error!(InvalidLabel, correspondent_id = ..)`,
/// `ZingleError::invalid_label(correspondent_id)`.
pub fn rust(entry: &Entry, names: &Names) -> Vec<String> {
    vec![
        names.code_call(&entry.name),
        names.error_call(error_args(entry)),
        constructor_call(entry, names),
    ]
}

/// The error macro's arguments: `InvalidLabel, correspondent_id = ..`.
pub fn error_args(entry: &Entry) -> String {
    let mut args = entry.name.clone();
    for param in entry.message.params() {
        args.push_str(&format!(", {param} = .."));
    }
    args
}

/// `ZingleError::invalid_label(correspondent_id)`.
pub fn constructor_call(entry: &Entry, names: &Names) -> String {
    format!(
        "{}({})",
        names.constructor_path(&entry.name),
        entry.message.params().join(", ")
    )
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
