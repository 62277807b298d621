//! The table of change kinds: every row named, reached by a change, shown whole, and
//! agreed on by the diff and the lock check.

use super::settings::settings_shipped;
use super::{SHIPPED, as_lock, diff, edit, from, new_code};
use crate::baseline;
use crate::{Bump, Catalog};

/// A catalog pair with one change of every kind, for the table's tests.
fn every_change() -> (Catalog, Catalog) {
    let category = |name: &str, first: u16, last: u16| {
        format!(
            "[[category]]\nname = \"{name}\"\ntitle = \"{name}\"\nrange = [{first}, {last}]\nstatus = 400\n"
        )
    };
    let code = |code: u16, name: &str, category: &str, message: &str, extra: &str| {
        format!(
            "[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"{category}\"\nmessage = \"{message}\"\n{extra}"
        )
    };
    let old = [
        "[catalog]\nname = \"shop\"\n".to_owned(),
        category("A", 1, 49),
        category("B", 50, 99),
        category("C", 200, 299),
        category("D", 300, 399),
        code(1, "One", "A", "1", ""),
        code(2, "Two", "A", "2", ""),
        code(3, "Three", "A", "3", ""),
        code(5, "Five", "A", "5", ""),
        code(6, "Six", "A", "6", ""),
        code(7, "Seven", "A", "7", "aliases = [\"Sieben\"]\n"),
        code(8, "Eight", "A", "{a}", ""),
        code(9, "Nine", "A", "{a} {b}", ""),
        code(10, "Ten", "A", "{a}", ""),
        code(11, "Eleven", "A", "{a} {b}", ""),
        code(12, "Twelve", "A", "12", ""),
        code(13, "Thirteen", "A", "13", ""),
        code(14, "Fourteen", "A", "14", ""),
        code(45, "FortyFive", "A", "45", ""),
        code(16, "Sixteen", "A", "16", ""),
        code(17, "Seventeen", "A", "17", ""),
        code(200, "TwoHundred", "C", "200", ""),
        "[[retired]]\ncode = 30\nname = \"Thirty\"\nreason = \"old\"\n".to_owned(),
        "[[retired]]\ncode = 31\nname = \"ThirtyOne\"\nreason = \"old\"\n".to_owned(),
    ];
    let new = [
        "[catalog]\nname = \"store\"\n".to_owned(),
        category("A", 1, 39),
        category("B", 40, 99),
        category("Cc", 200, 299),
        category("E", 400, 499),
        code(3, "Drei", "A", "3", ""),
        code(4, "Three", "A", "3", ""),
        code(5, "Cinq", "A", "5", ""),
        code(6, "Sechs", "A", "6", "aliases = [\"Six\"]\n"),
        code(7, "Seven", "A", "7", ""),
        code(8, "Eight", "A", "{a} {b}", ""),
        code(9, "Nine", "A", "{a}", ""),
        code(10, "Ten", "A", "{b}", ""),
        code(11, "Eleven", "A", "{b} {a}", ""),
        code(12, "Twelve", "A", "12", "status = 404\n"),
        code(13, "Thirteen", "A", "Thirteen", ""),
        code(14, "Fourteen", "A", "14", "explanation = \"Why\"\n"),
        code(45, "FortyFive", "B", "45", ""),
        code(
            16,
            "Sixteen",
            "A",
            "16",
            "deprecated = \"use 17\"\nsince = \"0.1.0\"\n",
        ),
        code(17, "Seventeen", "A", "17", "retryable = true\n"),
        code(18, "Eighteen", "A", "18", ""),
        code(19, "Sieben", "A", "19", ""),
        code(31, "ThirtyOne", "A", "31", ""),
        code(200, "TwoHundred", "Cc", "200", ""),
        "[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"gone\"\n".to_owned(),
    ];
    (from(&old.concat()), from(&new.concat()))
}

#[test]
fn every_row_is_named_by_its_id_and_has_a_fix_when_major_or_never() {
    use super::rules::{ChangeRule, NAMED};
    let rows: Vec<ChangeRule> = NAMED.iter().map(|(_, rule)| *rule).collect();
    assert_eq!(rows, ChangeRule::ALL);
    let mut ids = std::collections::HashSet::new();
    for (name, rule) in NAMED {
        assert_eq!(rule.id, name.to_lowercase());
        assert!(crate::is_snake_case(rule.id), "{}", rule.id);
        assert!(ids.insert(rule.id), "{} twice", rule.id);
        assert_eq!(rule.breaking, rule.bump >= Bump::Major, "{}", rule.id);
        assert_eq!(rule.breaking, rule.fix.is_some(), "{}", rule.id);
        assert!(!rule.why.is_empty(), "{}", rule.id);
    }
    // The largest bump first: the help lists them so.
    assert!(
        ChangeRule::ALL.is_sorted_by_key(|r| std::cmp::Reverse(r.bump)),
        "rows from `never` to `patch`"
    );
}

#[test]
fn every_row_has_a_change_and_every_change_its_row() {
    let (old, new) = every_change();
    let mut seen: Vec<&str> = diff(&old, &new).iter().map(|c| c.rule().id).collect();
    // What no one pair of catalogs shows at once: exhaustiveness made, dropped, and a
    // code added while it holds.
    let exhaustive = format!("[catalog]\nexhaustive = true\n{SHIPPED}");
    let added = format!("{exhaustive}{}", new_code(5, "Five", ""));
    // And the settings: added to a catalog without them, then changed or dropped.
    let settings = settings_shipped();
    let with_settings = format!(
        "[catalog]\ndoc_url = \"https://example.com/{{code}}\"\ndefault_locale = \"de\"\n\
         locales = \"locales\"\n{}",
        edit(
            &edit(
                &edit(
                    SHIPPED,
                    "message = \"One {x}\"\n",
                    "message = \"One {x}\"\nsensitive = [\"x\"]\npublished_message = \"On {x}\"\n"
                ),
                "range = [50, 199]\nstatus = 400",
                "range = [50, 199]\nstatus = 404",
            ),
            "reason = \"gone\"",
            "reason = \"long gone\"",
        )
        .replace("aliases = [\"Uno\"]", "aliases = [\"Uno\", \"Ein\"]")
    );
    let settings_changed = edit(
        &edit(
            &edit(
                &edit(
                    &settings,
                    "https://example.com/e#",
                    "https://example.com/errors/",
                ),
                "sensitive = [\"a\"]\n",
                "",
            ),
            "Thre {a} {b}",
            "Three: {a} {b}",
        ),
        "\"Wy\"",
        "\"Why\"",
    );
    for (before, after) in [
        (SHIPPED, exhaustive.as_str()),
        (&exhaustive, SHIPPED),
        (&exhaustive, &added),
        (SHIPPED, &with_settings),
        (&settings, &settings_changed),
    ] {
        seen.extend(
            diff(&from(before), &from(after))
                .iter()
                .map(|c| c.rule().id),
        );
    }
    seen.sort_unstable();
    seen.dedup();
    let mut all: Vec<&str> = crate::ChangeRule::ALL.iter().map(|r| r.id).collect();
    all.sort_unstable();
    assert_eq!(seen, all);
}

#[test]
fn the_diff_and_the_lock_check_agree_on_every_change() {
    let (old, new) = every_change();
    let breaking: Vec<_> = diff(&old, &new)
        .into_iter()
        .filter(super::Change::is_breaking)
        .collect();
    let checked = baseline::check(&new, &as_lock(&old), None);
    let broken: Vec<_> = checked
        .breaks
        .iter()
        .filter_map(|b| b.kind.change().cloned())
        .collect();
    assert_eq!(broken, breaking);
    assert_eq!(checked.breaks.len(), breaking.len(), "no other break");
    for b in &checked.breaks {
        let fix = match &b.kind {
            baseline::BreakKind::Never { fix, .. } => Some(*fix),
            baseline::BreakKind::TooSmall { fix, .. } => *fix,
            other => panic!("{other}"),
        };
        assert_eq!(fix, b.kind.change().and_then(|c| c.rule().fix), "{b}");
    }
    // So does the check against the lock the old catalog writes.
    let locked = baseline::read(&baseline::lock(&old, None, None), "old.lock")
        .unwrap_or_else(|e| panic!("{e}"));
    let against_lock = baseline::check(&new, &locked, None);
    let broken: Vec<_> = against_lock
        .breaks
        .iter()
        .filter_map(|b| b.kind.change().cloned())
        .collect();
    // Explanations and `since` are documentation the lock does not keep.
    assert_eq!(broken, breaking);
}

#[test]
fn the_table_is_shown_whole_in_the_docs_and_the_help() {
    use super::rules::{change_rules, markdown};
    let markdown: &str = change_rules!(markdown);
    let rows: Vec<&str> = markdown.lines().skip(2).collect();
    assert_eq!(rows.len(), crate::ChangeRule::ALL.len());
    let text = crate::change_rules_text();
    for (row, rule) in rows.iter().zip(crate::ChangeRule::ALL) {
        assert!(
            row.starts_with(&format!("| `{}` | {} |", rule.id, rule.change)),
            "{row}"
        );
        assert!(row.contains(rule.why), "{row}");
        assert!(row.contains(rule.fix.unwrap_or_default()), "{row}");
        let line = format!("{}: {}", rule.change, rule.why);
        assert!(
            text.lines().any(|l| l
                .trim_start()
                .strip_prefix(rule.id)
                .is_some_and(|rest| rest.trim_start() == line)),
            "{text}"
        );
    }
}
