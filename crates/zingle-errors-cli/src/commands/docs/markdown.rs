//! `docs --format markdown`: the published table (`Error Code | Description |
//! Explanation`), then an index by category, then the retired codes.

use std::fmt::Write;

use super::Document;

/// The document as GitHub-flavoured Markdown.
pub(super) fn write(doc: &Document) -> String {
    let mut out = String::from("# Error Codes\n");
    let _ = write!(
        out,
        "Every error code of the catalog, generated from its `{}` by `zingle-errors docs`.\n\n",
        doc.file
    );
    if let Some(rust) = &doc.rust {
        let _ = write!(
            out,
            "In Rust, code {} is `{}`, or `{}`; its error is built with `{}` or `{}`.\n\n",
            rust.code, rust.variant, rust.code_call, rust.error_call, rust.constructor,
        );
    }
    if let Some(locale) = doc.locale {
        let _ = write!(
            out,
            "Messages in locale `{locale}`, where it translates them.\n\n"
        );
    }
    out.push_str("Error Code | Description | Explanation\n--- | --- | ---\n");
    for code in doc.codes() {
        let row = format!(
            "{} | {} | {}",
            code.entry.code,
            cell(&code.description.text),
            cell(&code.explanation.text)
        );
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out.push_str("\n## Codes by category\n");
    for (i, category) in doc.catalog.categories().iter().enumerate() {
        let _ = write!(
            out,
            "\n### {} ({}-{})\n\nCode | Name | HTTP status | Retryable\n--- | --- | --- | ---\n",
            cell(&category.title),
            category.first,
            category.last
        );
        for code in doc.codes_of(i) {
            let entry = code.entry;
            let name = match &entry.deprecated {
                Some(note) => format!("{} (deprecated: {})", entry.name, cell(note)),
                None => entry.name.clone(),
            };
            let retryable = if entry.retryable { "yes" } else { "no" };
            let _ = writeln!(
                out,
                "{} | {name} | {} | {retryable}",
                entry.code, code.status
            );
        }
    }
    let retired = doc.catalog.retired();
    if !retired.is_empty() {
        out.push_str("\n## Retired codes\n\nCode | Name | Reason\n--- | --- | ---\n");
        for r in retired {
            let _ = writeln!(out, "{} | {} | {}", r.code, r.name, cell(&r.reason));
        }
    }
    out
}

/// Text safe in a Markdown table cell: [`literal`], lines joined.
fn cell(text: &str) -> String {
    literal(text).replace('\n', " ")
}

/// The catalog's text as Markdown shows it literally: each character Markdown would
/// interpret within a line (emphasis, code, links, raw HTML, an entity, a table's bar)
/// escaped with a backslash, so that a catalog's text cannot write markup or HTML.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn a_cell_cannot_write_markup_or_html() {
        assert_eq!(
            cell("<script>alert(1)</script> *bold* [x](y) `c` a|b &amp;\nnext"),
            "\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y) \\`c\\` a\\|b \\&amp; next"
        );
    }
}
