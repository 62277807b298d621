//! `explain`: everything the catalog says of a code, for a person with the error in
//! front of them.

use serde_json::json;
use zingle_errors_catalog::{Catalog, Entry, Names, Retired};
use zingle_errors_core::counted;

use crate::cli::{ExplainArgs, Global};
use crate::describe::{entry_json, rust, same_message, summary_row};
use crate::failure::Failure;
use crate::lookup::{Found, find};
use crate::output::{Report, fields, table};
use crate::{reason, source};

/// Runs `explain`: every query's answer, or every query that names nothing.
pub fn run(args: &ExplainArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let view = source::locale_view(&catalog, global)?;
    let mut found = Vec::with_capacity(args.codes.len());
    let mut failures = Vec::new();
    for query in &args.codes {
        match find(&catalog, query) {
            Ok(f) => found.push((query.trim(), f)),
            Err(failure) => failures.push(failure),
        }
    }
    if !failures.is_empty() {
        return Err(Failure::all(failures));
    }
    if global.json {
        let mut seen = std::collections::HashSet::new();
        let mut objects = Vec::new();
        for (_, f) in &found {
            match f {
                Found::One(entry, _) => {
                    if seen.insert(entry.code) {
                        objects.push(entry_json(&catalog, entry, names));
                    }
                }
                Found::Retired(r) => {
                    if seen.insert(r.code) {
                        objects.push(retired_json(r));
                    }
                }
                Found::Many(entries) => {
                    for entry in entries {
                        if seen.insert(entry.code) {
                            objects.push(entry_json(&catalog, entry, names));
                        }
                    }
                }
            }
        }
        return Ok(Report::json(&serde_json::Value::Array(objects)));
    }
    let texts: Vec<String> = found
        .into_iter()
        .map(|(query, f)| match f {
            Found::One(entry, alias) => {
                let localized = view
                    .as_ref()
                    .map(|v| localized(v, entry))
                    .unwrap_or_default();
                explain_with(&catalog, entry, alias, names, &localized)
            }
            Found::Retired(r) => retired_text(r, &[]),
            Found::Many(entries) => {
                let rows: Vec<Vec<String>> = entries.iter().map(|e| summary_row(e)).collect();
                let matching = counted(entries.len(), "code matches", "codes match");
                format!("{matching} `{query}`:\n{}", table(&rows))
            }
        })
        .collect();
    Ok(Report::text(texts.join("\n")))
}

/// The code's message template and explanation in the locale `--locale` asks for: what
/// `message_in` and `explanation_in` give in the library; the default locale's own text
/// where the locale does not translate the code.
fn localized(view: &source::LocaleView<'_>, entry: &Entry) -> Vec<(&'static str, String)> {
    let tag = view.tag();
    if view.locale.is_none() {
        return vec![("locale", format!("{tag} (the catalog's own messages)"))];
    }
    // The labels name the locale; the tool runs once, so they live as long as it does.
    let label =
        |what: &str| -> &'static str { Box::leak(format!("{what} ({tag})").into_boxed_str()) };
    let message = view
        .template(entry)
        .unwrap_or_else(|| "not translated".to_owned());
    let mut pairs = vec![(label("message"), message)];
    if let Some(explanation) = view.explanation(entry) {
        pairs.push((label("explanation"), explanation));
    }
    pairs
}

/// A retired code: its heading line, then `extra` and why it was retired.
pub fn retired_text(r: &Retired, extra: &[(&str, String)]) -> String {
    let mut pairs = extra.to_vec();
    pairs.push(("retired", r.reason.clone()));
    format!("{} {}\n{}", r.code, r.name, fields(&pairs))
}

/// A retired code as JSON: `{"code", "name", "retired": reason}`.
pub fn retired_json(r: &Retired) -> serde_json::Value {
    json!({ "code": r.code, "name": r.name, "retired": r.reason })
}

/// The text of `explain` for one code: a heading line, then aligned fields; its Rust
/// in `names`.
pub fn explain(catalog: &Catalog, entry: &Entry, alias: Option<&str>, names: &Names) -> String {
    explain_with(catalog, entry, alias, names, &[])
}

/// [`explain`], with `extra` fields first.
pub fn explain_with(
    catalog: &Catalog,
    entry: &Entry,
    alias: Option<&str>,
    names: &Names,
    extra: &[(&str, String)],
) -> String {
    let category = catalog.category(entry);
    let mut pairs: Vec<(&str, String)> = extra.to_vec();
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
