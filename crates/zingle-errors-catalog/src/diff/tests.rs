//! The diff's rules, case by case.

use super::diff;
use crate::{Catalog, parse};

const HEAD: &str = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 99]\nstatus = 400\n\
                    [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [100, 199]\nstatus = 400\n";

/// The catalog of `text`.
fn from(text: &str) -> Catalog {
    parse(text, "test.toml").unwrap_or_else(|e| panic!("{e}"))
}

/// Categories A (1..=99) and B (100..=199), and the codes `(code, name, message)`,
/// each followed by its `extra` TOML lines.
fn catalog(codes: &[(u16, &str, &str, &str)]) -> Catalog {
    let mut text = HEAD.to_owned();
    for (code, name, message, extra) in codes {
        let category = if *code < 100 { "A" } else { "B" };
        text.push_str(&format!(
            "[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"{category}\"\nmessage = \"{message}\"\n{extra}"
        ));
    }
    from(&text)
}

/// Each change as its `Display`, a breaking one marked `!`.
fn changes(old: &Catalog, new: &Catalog) -> Vec<String> {
    diff(old, new)
        .iter()
        .map(|c| format!("{}{c}", if c.is_breaking() { "! " } else { "" }))
        .collect()
}

#[test]
fn the_same_catalog_has_no_changes() {
    let a = catalog(&[(1, "One", "One {x}", ""), (2, "Two", "Two", "")]);
    assert_eq!(diff(&a, &a), []);
}

#[test]
fn added_removed_and_renumbered_codes() {
    let old = catalog(&[
        (1, "One", "1", ""),
        (2, "Two", "2", ""),
        (3, "Three", "3", ""),
    ]);
    let new = catalog(&[
        (1, "One", "1", ""),
        (4, "Four", "4", ""),
        (5, "Two", "2", ""),
    ]);
    let expected = [
        "! 3 Three: removed",
        "4 Four: added",
        "! 5 Two: renumbered from 2",
    ];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn swapped_numbers_are_two_renumberings() {
    let old = catalog(&[(1, "One", "1", ""), (2, "Two", "2", "")]);
    let new = catalog(&[(1, "Two", "2", ""), (2, "One", "1", "")]);
    let expected = ["! 1 Two: renumbered from 2", "! 2 One: renumbered from 1"];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn a_number_whose_name_moved_away_is_a_new_code() {
    let old = catalog(&[(1, "One", "1", "")]);
    let new = catalog(&[(1, "Uno", "1", ""), (2, "One", "1", "")]);
    let expected = ["1 Uno: added", "! 2 One: renumbered from 1"];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn renamed_and_reworded() {
    let old = catalog(&[(1, "One", "One {x}", "")]);
    let new = catalog(&[(1, "Uno", "Uno {x}", "")]);
    let expected = [
        "! 1 Uno: renamed from One",
        "1 Uno: message \"One {x}\" -> \"Uno {x}\"",
    ];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn parameters_renamed_added_removed_and_reordered() {
    let old = catalog(&[
        (1, "One", "{a} {b}", ""),
        (2, "Two", "{a} {b}", ""),
        (3, "Three", "{a} {b}", ""),
    ]);
    let new = catalog(&[
        (1, "One", "{a} {c} {d}", ""),
        (2, "Two", "{b}", ""),
        (3, "Three", "{b} {a}", ""),
    ]);
    let breaking: Vec<String> = changes(&old, &new)
        .into_iter()
        .filter(|c| c.starts_with('!'))
        .collect();
    let expected = [
        "! 1 One: parameter `b` renamed to `c`",
        "! 1 One: parameter `d` added",
        "! 2 Two: parameter `a` removed",
        "! 3 Three: parameters reordered from (a, b) to (b, a)",
    ];
    assert_eq!(breaking, expected);
}

#[test]
fn aliases_deprecations_and_retirements() {
    let old = catalog(&[
        (1, "One", "1", "aliases = [\"Ein\"]\n"),
        (2, "Two", "2", ""),
    ]);
    let new = catalog(&[(
        1,
        "Uno",
        "1",
        "aliases = [\"One\"]\ndeprecated = \"use 3\"\n\
         [[retired]]\ncode = 2\nname = \"Two\"\nreason = \"gone\"\n",
    )]);
    let expected = [
        "1 Uno: renamed from One, kept as an alias",
        "! 1 Uno: alias Ein removed",
        "1 Uno: deprecated: use 3",
        "! 2 Two: retired: gone",
    ];
    assert_eq!(changes(&old, &new), expected);
    // The lock check gives the same verdict: a retirement breaks.
    let breaks = crate::baseline::check(&new, &old).expect_err("breaking changes");
    let broken: Vec<String> = breaks.iter().map(|b| format!("! {}", b.change)).collect();
    assert_eq!(
        broken,
        ["! 1 Uno: alias Ein removed", "! 2 Two: retired: gone"]
    );
}

#[test]
fn statuses_explanations_retryable_and_a_renamed_category() {
    let old = catalog(&[(1, "One", "1", "")]);
    let new = from(&format!(
        "{}[[code]]\ncode = 1\nname = \"One\"\ncategory = \"Aa\"\nmessage = \"1\"\n\
         explanation = \"Why\"\nstatus = 404\nretryable = true\n",
        HEAD.replace("name = \"A\"", "name = \"Aa\"")
    ));
    let expected = [
        "! category Aa: category renamed from A",
        "! 1 One: HTTP status 400 -> 404",
        "1 One: explanation added",
        "1 One: now retryable",
    ];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn a_code_moved_to_another_category() {
    let old = catalog(&[(1, "One", "1", "")]);
    let new = from(
        "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [50, 99]\nstatus = 400\n\
         [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [1, 49]\nstatus = 400\n\
         [[code]]\ncode = 1\nname = \"One\"\ncategory = \"B\"\nmessage = \"1\"\n",
    );
    assert_eq!(changes(&old, &new), ["1 One: category A -> B"]);
}

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
    ];
    let new = [
        category("A", 1, 39),
        category("B", 40, 99),
        category("Cc", 200, 299),
        category("E", 400, 499),
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
        code(16, "Sixteen", "A", "16", "deprecated = \"use 17\"\n"),
        code(17, "Seventeen", "A", "17", "retryable = true\n"),
        code(18, "Eighteen", "A", "18", ""),
        code(200, "TwoHundred", "Cc", "200", ""),
        "[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"gone\"\n".to_owned(),
    ];
    (from(&old.concat()), from(&new.concat()))
}

#[test]
fn every_row_is_named_by_its_id_and_has_a_fix_when_breaking() {
    use super::rules::{ChangeRule, NAMED};
    let rows: Vec<ChangeRule> = NAMED.iter().map(|(_, rule)| *rule).collect();
    assert_eq!(rows, ChangeRule::ALL);
    let mut ids = std::collections::HashSet::new();
    for (name, rule) in NAMED {
        assert_eq!(rule.id, name.to_lowercase());
        assert!(crate::is_snake_case(rule.id), "{}", rule.id);
        assert!(ids.insert(rule.id), "{} twice", rule.id);
        assert_eq!(rule.breaking, rule.fix.is_some(), "{}", rule.id);
        assert!(!rule.why.is_empty(), "{}", rule.id);
    }
    // Breaking kinds first: the help lists them so.
    assert!(ChangeRule::ALL.is_sorted_by_key(|r| !r.breaking));
}

#[test]
fn every_row_has_a_change_and_every_change_its_row() {
    let (old, new) = every_change();
    let mut seen: Vec<&str> = diff(&old, &new).iter().map(|c| c.rule().id).collect();
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
    let breaks = crate::baseline::check(&new, &old).expect_err("breaking changes");
    let broken: Vec<_> = breaks.iter().map(|b| b.change.clone()).collect();
    assert_eq!(broken, breaking);
    for b in &breaks {
        assert_eq!(Some(b.fix), b.change.rule().fix, "{b}");
    }
    // So does the check against the lock the old catalog writes.
    let locked = from(&crate::baseline::lock(&old));
    let against_lock = crate::baseline::check(&new, &locked).expect_err("breaking changes");
    let broken: Vec<_> = against_lock.iter().map(|b| b.change.clone()).collect();
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
