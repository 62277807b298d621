//! `docs`: the catalog as the published Markdown table, then an index by category.

use std::fmt::Write;

use zingle_errors_catalog::{Catalog, Entry, Names, Template};

use crate::cli::{DocsArgs, DocsFormat, Global};
use crate::describe::{constructor_call, error_args};
use crate::failure::Failure;
use crate::output::Report;
use crate::{reason, source};

/// Runs `docs`.
pub fn run(args: &DocsArgs, global: &Global) -> Result<Report, Failure> {
    let names = &global.names();
    let catalog = source::catalog(global.catalog.as_deref())?;
    let view = source::locale_view(&catalog, global)?;
    Ok(Report::text(match args.format {
        DocsFormat::Markdown => markdown(&catalog, names, view.as_ref()),
    }))
}

/// An entry's description and explanation, in the locale `--locale` asks for where it
/// translates them (its templates as `message_in` gives them), else the catalog's own.
fn texts(entry: &Entry, view: Option<&source::LocaleView>) -> (String, String) {
    let own_explanation = || entry.explanation.clone().unwrap_or_default();
    (
        view.and_then(|v| v.template(entry))
            .unwrap_or_else(|| text(&entry.message)),
        view.and_then(|v| v.explanation(entry))
            .unwrap_or_else(own_explanation),
    )
}

fn markdown(catalog: &Catalog, names: &Names, view: Option<&source::LocaleView>) -> String {
    let mut out = String::from("# Error Codes\n");
    out.push_str("Every error code of the catalog, generated from its `codes.toml` by `zingle-errors docs`.\n\n");
    if let Some(entry) = catalog.entries().first() {
        let _ = write!(
            out,
            "In Rust, code {} is `{}`, or `{}`; its error is built with `{}` or `{}`.\n\n",
            entry.code,
            names.variant_path(&entry.name),
            names.code_call(entry.code),
            names.error_call(error_args(entry)),
            constructor_call(entry, names),
        );
    }
    if let Some(view) = view {
        let _ = write!(
            out,
            "Messages in locale `{}`, where it translates them.\n\n",
            view.tag()
        );
    }
    out.push_str("Error Code | Description | Explanation\n--- | --- | ---\n");
    for entry in catalog.entries() {
        let (description, explanation) = texts(entry, view);
        let row = format!(
            "{} | {} | {}",
            entry.code,
            cell(&description),
            cell(&explanation)
        );
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out.push_str("\n## Codes by category\n");
    for (i, category) in catalog.categories().iter().enumerate() {
        let _ = write!(
            out,
            "\n### {} ({}-{})\n\nCode | Name | HTTP status | Retryable\n--- | --- | --- | ---\n",
            category.title, category.first, category.last
        );
        for entry in catalog.entries_of(i) {
            let name = match &entry.deprecated {
                Some(note) => format!("{} (deprecated: {})", entry.name, cell(note)),
                None => entry.name.clone(),
            };
            let retryable = if entry.retryable { "yes" } else { "no" };
            let _ = writeln!(
                out,
                "{} | {name} | {} | {retryable}",
                entry.code,
                reason::status_line(entry.status)
            );
        }
    }
    if !catalog.retired().is_empty() {
        out.push_str("\n## Retired codes\n\nCode | Name | Reason\n--- | --- | ---\n");
        for r in catalog.retired() {
            let _ = writeln!(out, "{} | {} | {}", r.code, r.name, cell(&r.reason));
        }
    }
    out
}

/// A template as people read it: literal braces single, parameters as `{name}`.
fn text(template: &Template) -> String {
    let params = template.params();
    template.fill(|i| Some(format!("{{{}}}", params.get(i)?)))
}

/// Text safe in a Markdown table cell: `|` escaped, lines joined.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
