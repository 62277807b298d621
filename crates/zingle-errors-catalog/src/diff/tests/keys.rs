//! Every key of every table of `codes.toml` (the parser's own list): changing its value
//! is a change the diff reports as itself, and the lock check too, but for the keys the
//! lock does not keep. A new key without its change kind fails here.

use super::{edit, from};
use crate::baseline;
use crate::parse::TABLE_KEYS;

/// A catalog that writes every key of every table.
const EVERY_KEY: &str = r#"
[catalog]
name = "shop"
doc_url = "https://example.com/e#{code}"
locales = "locales"
default_locale = "en"
exhaustive = false

[[category]]
name = "Orders"
title = "Orders"
range = [100, 199]
status = 400

[[category]]
name = "Payments"
title = "Payments"
range = [200, 299]

[[code]]
code = 100
name = "OrderNotFound"
category = "Orders"
message = "Order {order_id} of {owner} not found"
explanation = "No order has that id."
published_message = "Order {order_id} of {owner} not founnd"
published_explanation = "No order has that idd."
status = 404
retryable = false
deprecated = "use 101"
aliases = ["NoOrder"]
since = "0.1.0"
sensitive = ["owner"]

[[code]]
code = 200
name = "CardDeclined"
category = "Payments"
message = "Card declined"
status = 402

[[retired]]
code = 150
name = "OrderExploded"
reason = "orders no longer explode"
"#;

/// The edits that change `key` of `table` in [`EVERY_KEY`], and the change kind that
/// says so. A key without a row here fails the test: give it one, and a change kind.
fn change_of(table: &str, key: &str) -> (Vec<(&'static str, &'static str)>, &'static str) {
    let (edits, kind) = match (table, key) {
        ("catalog", "name") => (vec![("\"shop\"", "\"store\"")], "catalog_renamed"),
        ("catalog", "doc_url") => (vec![("e#{code}", "errors/{code}")], "doc_url_changed"),
        ("catalog", "locales") => (
            vec![("locales = \"locales\"", "locales = \"i18n\"")],
            "locales_changed",
        ),
        ("catalog", "default_locale") => (
            vec![("default_locale = \"en\"", "default_locale = \"de\"")],
            "default_locale_changed",
        ),
        ("catalog", "exhaustive") => (
            vec![("exhaustive = false", "exhaustive = true")],
            "made_exhaustive",
        ),
        ("category", "name") => (
            vec![
                ("name = \"Payments\"", "name = \"Cards\""),
                ("category = \"Payments\"", "category = \"Cards\""),
            ],
            "category_renamed",
        ),
        ("category", "title") => (
            vec![("title = \"Payments\"", "title = \"Card payments\"")],
            "category_title_changed",
        ),
        ("category", "range") => (vec![("[200, 299]", "[200, 399]")], "category_range_widened"),
        ("category", "status") => (
            vec![(
                "range = [100, 199]\nstatus = 400",
                "range = [100, 199]\nstatus = 409",
            )],
            "category_status_changed",
        ),
        ("code", "code") => (vec![("code = 200", "code = 201")], "renumbered"),
        ("code", "name") => (
            vec![("name = \"CardDeclined\"", "name = \"CardRefused\"")],
            "renamed",
        ),
        ("code", "category") => (
            vec![
                ("[100, 199]", "[100, 249]"),
                ("[200, 299]", "[250, 299]"),
                ("category = \"Payments\"", "category = \"Orders\""),
            ],
            "recategorized",
        ),
        ("code", "message") => (vec![("Card declined", "Card refused")], "message_changed"),
        ("code", "explanation") => (
            vec![("has that id.", "has that number.")],
            "explanation_changed",
        ),
        ("code", "published_message") => (
            vec![("not founnd", "not fonud")],
            "published_message_changed",
        ),
        ("code", "published_explanation") => (
            vec![("that idd.", "that iid.")],
            "published_explanation_changed",
        ),
        ("code", "status") => (vec![("status = 402", "status = 403")], "status_changed"),
        ("code", "retryable") => (
            vec![("retryable = false", "retryable = true")],
            "retryable_changed",
        ),
        ("code", "deprecated") => (vec![("use 101", "use 200")], "deprecation_changed"),
        ("code", "aliases") => (
            vec![("[\"NoOrder\"]", "[\"NoOrder\", \"OrderMissing\"]")],
            "alias_added",
        ),
        ("code", "since") => (vec![("\"0.1.0\"", "\"0.2.0\"")], "since_changed"),
        ("code", "sensitive") => (
            vec![("[\"owner\"]", "[\"owner\", \"order_id\"]")],
            "sensitive_added",
        ),
        ("retired", "code") => (vec![("code = 150", "code = 151")], "retired_dropped"),
        ("retired", "name") => (
            vec![("\"OrderExploded\"", "\"OrderImploded\"")],
            "retired_edited",
        ),
        ("retired", "reason") => (
            vec![("no longer explode", "never explode")],
            "retired_edited",
        ),
        _ => panic!(
            "no change of `{key}` in [{table}]: add one here, and a change kind that sees it"
        ),
    };
    (edits, kind)
}

/// The keys the lock does not keep: documentation, and where translations are read.
const NOT_LOCKED: &[(&str, &str)] = &[
    ("catalog", "locales"),
    ("code", "explanation"),
    ("code", "published_explanation"),
    ("code", "since"),
];

#[test]
fn a_change_to_any_key_is_a_change_of_its_own_kind() {
    let base = from(EVERY_KEY);
    let lock = baseline::read(&baseline::lock(&base, None, None), "codes.lock")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut keys = 0;
    for (table, table_keys) in TABLE_KEYS {
        for key in *table_keys {
            keys += 1;
            let (edits, kind) = change_of(table, key);
            let text = edits.iter().fold(EVERY_KEY.to_owned(), |text, (from, to)| {
                edit(&text, from, to)
            });
            let changed = from(&text);
            let seen: Vec<&str> = super::diff(&base, &changed)
                .iter()
                .map(|c| c.rule().id)
                .collect();
            assert!(
                seen.contains(&kind),
                "[{table}] {key}: {kind} not in {seen:?}"
            );
            let checked = baseline::check(&changed, &lock, None);
            let locked: Vec<&str> = checked.changes.iter().map(|c| c.rule().id).collect();
            if NOT_LOCKED.contains(&(table, key)) {
                assert!(
                    !locked.contains(&kind),
                    "[{table}] {key} is locked: {locked:?}"
                );
            } else {
                assert!(
                    locked.contains(&kind),
                    "[{table}] {key}: {kind} not in {locked:?}"
                );
            }
        }
    }
    assert!(keys >= 25, "the tables' keys were not all walked: {keys}");
}
