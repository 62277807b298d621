//! `docs`: the published table, row for row, then the index by category.

mod common;

use std::collections::BTreeMap;

use common::{check, run};

/// Rows `code | description | explanation` of a Markdown table, each cell as Markdown
/// shows it: split at each `|` that is not escaped, and a backslash before punctuation
/// dropped.
fn rows(table: &str) -> BTreeMap<u16, (String, String)> {
    let mut rows = BTreeMap::new();
    for line in table.lines() {
        let Some((code, rest)) = line.split_once(" |") else {
            continue;
        };
        let Ok(code) = code.parse::<u16>() else {
            continue;
        };
        let mut cells = vec![String::new()];
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                ('\\', Some(&next)) if next.is_ascii_punctuation() => {
                    cells.last_mut().expect("a cell").push(next);
                    chars.next();
                }
                ('|', _) => cells.push(String::new()),
                _ => cells.last_mut().expect("a cell").push(c),
            }
        }
        let mut cells = cells.into_iter().map(|cell| cell.trim().to_owned());
        let description = cells.next().unwrap_or_default();
        let explanation = cells.next().unwrap_or_default();
        rows.entry(code).or_insert((description, explanation));
    }
    rows
}

/// What codes.toml does to the published text besides fixing typos (as the tests
/// crate's `test_catalog_table` says): runs of spaces collapsed, backticks dropped.
fn normalize(text: &str) -> String {
    text.replace('`', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_table_carries_the_published_codes_and_texts() {
    let published =
        std::fs::read_to_string(common::dir().join("../../tests/fixtures/error_codes.md"))
            .expect("the published table");
    let published = rows(&published);
    let run = run(&["docs"]);
    run.status(0);
    let (table, _index) = run
        .stdout
        .split_once("## Codes by category")
        .expect("an index");
    let ours = rows(table);
    assert_eq!(ours.len(), 201);
    assert_eq!(
        ours.keys().collect::<Vec<_>>(),
        published.keys().collect::<Vec<_>>()
    );
    let source = std::fs::read_to_string(common::dir().join("codes.toml")).expect("codes.toml");
    let catalog = zingle_errors_catalog::parse(&source, "codes.toml").expect("a valid catalog");
    for (code, (description, explanation)) in &published {
        let entry = catalog.get(*code).expect("every published code");
        let (our_description, our_explanation) = &ours[code];
        // Where a typo is corrected, the published text is kept beside it, verbatim.
        match &entry.published_message {
            Some(verbatim) => assert_eq!(verbatim, description, "{code}"),
            None => assert_eq!(our_description, &normalize(description), "{code}"),
        }
        match &entry.published_explanation {
            Some(verbatim) => assert_eq!(verbatim, explanation, "{code}"),
            None => assert_eq!(our_explanation, &normalize(explanation), "{code}"),
        }
    }
}

#[test]
fn docs_snapshot() {
    let run = check("docs", &["docs"], 0);
    assert_eq!(
        run.stdout,
        common::run(&["docs", "--format", "markdown"]).stdout
    );
    assert_eq!(run.stdout.matches("\n### ").count(), 20);
}

#[test]
fn docs_of_an_own_catalog_lists_deprecated_and_retired_codes() {
    check(
        "docs-own",
        &["docs", "--catalog", "tests/fixtures/new.toml"],
        0,
    );
}
