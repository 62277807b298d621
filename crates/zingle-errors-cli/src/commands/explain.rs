//! `explain`: everything the catalog says of a code, for a person with the error in
//! front of them.

use serde_json::json;
use zingle_errors_catalog::{Catalog, Entry, Names, Retired};

use crate::cli::{ExplainArgs, Global};
use crate::describe::{entry_json, rust, same_message, summary_row};
use crate::failure::Failure;
use crate::lookup::{Found, find};
use crate::output::{Report, fields, table};
use crate::{reason, source};

/// Runs `explain`.
pub fn run(args: &ExplainArgs, global: &Global) -> Result<Report, Failure> {
    let names = &global.names();
    let catalog = source::catalog(global.catalog.as_deref())?;
    let found = find(&catalog, &args.code)?;
    if global.json {
        let value = match &found {
            Found::One(entry, _) => entry_json(&catalog, entry, names),
            Found::Retired(r) => retired_json(r),
            Found::Many(entries) => entries
                .iter()
                .map(|e| entry_json(&catalog, e, names))
                .collect(),
        };
        return Ok(Report::json(&value));
    }
    Ok(Report::text(match found {
        Found::One(entry, alias) => explain(&catalog, entry, alias, names),
        Found::Retired(r) => format!(
            "{} {}\n{}",
            r.code,
            r.name,
            fields(&[("retired", r.reason.clone())])
        ),
        Found::Many(entries) => {
            let rows: Vec<Vec<String>> = entries.iter().map(|e| summary_row(e)).collect();
            format!(
                "{} codes match `{}`:\n{}",
                entries.len(),
                args.code.trim(),
                table(&rows)
            )
        }
    }))
}

fn retired_json(r: &Retired) -> serde_json::Value {
    json!({ "code": r.code, "name": r.name, "retired": r.reason })
}

/// The text of `explain` for one code: a heading line, then aligned fields; its Rust
/// in `names`.
pub fn explain(catalog: &Catalog, entry: &Entry, alias: Option<&str>, names: &Names) -> String {
    let category = catalog.category(entry);
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(alias) = alias {
        pairs.push(("alias", format!("{alias} is an old name of {}", entry.name)));
    }
    if let Some(note) = &entry.deprecated {
        pairs.push(("deprecated", note.clone()));
    }
    pairs.push((
        "category",
        format!(
            "{} ({}..={})",
            category.title, category.first, category.last
        ),
    ));
    pairs.push(("HTTP status", reason::status_line(entry.status)));
    let retry = if entry.retryable {
        "yes: the same request may succeed later"
    } else {
        "no: the same request fails the same way"
    };
    pairs.push(("retryable", retry.to_owned()));
    pairs.push(("message", entry.message.source().to_owned()));
    if let Some(published) = &entry.published_message {
        pairs.push(("published as", published.clone()));
    }
    let params = entry.message.params();
    if !params.is_empty() {
        pairs.push(("parameters", params.join(", ")));
    }
    if let Some(explanation) = &entry.explanation {
        pairs.push(("explanation", explanation.clone()));
    }
    if let Some(url) = catalog.doc_url(entry) {
        pairs.push(("documentation", url));
    }
    let same = same_message(catalog, entry);
    if !same.is_empty() {
        let list: Vec<String> = same
            .iter()
            .map(|e| format!("{} ({})", e.code, e.name))
            .collect();
        pairs.push(("same message", list.join(", ")));
    }
    if !entry.aliases.is_empty() {
        pairs.push(("old names", entry.aliases.join(", ")));
    }
    if let Some(since) = &entry.since {
        pairs.push(("since", since.clone()));
    }
    pairs.push(("Rust", rust(entry, names).join("\n")));
    format!("{} {}\n{}", entry.code, entry.name, fields(&pairs))
}
