//! The diff's rules, case by case.

use super::diff;
use crate::baseline::{self, Lock};
use crate::{Bump, Catalog, Version, parse};

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

/// `old` as a lock with no version and no history, as `lock --check` reads a catalog.
fn as_lock(old: &Catalog) -> Lock {
    Lock {
        catalog: old.clone(),
        version: None,
        former: Vec::new(),
    }
}

/// The changes `lock --check` refuses, from `old` to `new`, with no version known.
fn refused(new: &Catalog, old: &Catalog) -> Vec<super::Change> {
    let checked = baseline::check(new, &as_lock(old), None);
    checked
        .breaks
        .iter()
        .filter_map(|b| b.kind.change().cloned())
        .collect()
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
    // Each number now means the other code: peers would misread both.
    let expected = [
        "! 1 Two: number shipped as One, used again",
        "! 1 Two: renumbered from 2",
        "! 2 One: number shipped as Two, used again",
        "! 2 One: renumbered from 1",
    ];
    assert_eq!(changes(&old, &new), expected);
}

#[test]
fn a_number_whose_name_moved_away_is_a_new_code() {
    let old = catalog(&[(1, "One", "1", "")]);
    let new = catalog(&[(1, "Uno", "1", ""), (2, "One", "1", "")]);
    let expected = [
        "1 Uno: added",
        "! 1 Uno: number shipped as One, used again",
        "! 2 One: renumbered from 1",
    ];
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
    let broken: Vec<String> = refused(&new, &old)
        .iter()
        .map(|c| format!("! {c}"))
        .collect();
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
        "[[retired]]\ncode = 30\nname = \"Thirty\"\nreason = \"old\"\n".to_owned(),
        "[[retired]]\ncode = 31\nname = \"ThirtyOne\"\nreason = \"old\"\n".to_owned(),
    ];
    let new = [
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
    for (before, after) in [
        (SHIPPED, exhaustive.as_str()),
        (&exhaustive, SHIPPED),
        (&exhaustive, &added),
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

/// The shipped catalog of the table of cases: code 1 with an alias, code 3 with two
/// parameters, a retired code 50, in two categories.
const SHIPPED: &str = r#"
[[category]]
name = "A"
title = "A"
range = [1, 49]
status = 400

[[category]]
name = "B"
title = "B"
range = [50, 199]
status = 400

[[code]]
code = 1
name = "One"
category = "A"
message = "One {x}"
aliases = ["Uno"]

[[code]]
code = 2
name = "Two"
category = "A"
message = "Two"

[[code]]
code = 3
name = "Three"
category = "A"
message = "Three {a} {b}"

[[code]]
code = 4
name = "Four"
category = "A"
message = "Four"

[[retired]]
code = 50
name = "Fifty"
reason = "gone"
"#;

/// A new code 5 of category A, named `name`, with `extra` lines.
fn new_code(code: u16, name: &str, extra: &str) -> String {
    format!(
        "\n[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"A\"\nmessage = \"New\"\n{extra}"
    )
}

/// `text` with `from` replaced by `to`, `from` being there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the catalog");
    text.replacen(from, to, 1)
}

const RETIRED_50: &str = "[[retired]]\ncode = 50\nname = \"Fifty\"\nreason = \"gone\"\n";
const CODE_2: &str = "[[code]]\ncode = 2\nname = \"Two\"\ncategory = \"A\"\nmessage = \"Two\"\n";

/// Every kind of change a maintainer makes, with the kinds `diff` reports and the bump the
/// release needs (`None`: nothing to release).
#[allow(clippy::type_complexity, reason = "a table")]
fn cases() -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    let s = SHIPPED;
    let added = |code, name| format!("{s}{}", new_code(code, name, ""));
    vec![
        ("nothing", s.to_owned(), vec![], None),
        (
            "a code added",
            added(5, "Five"),
            vec!["added"],
            Some(Bump::Minor),
        ),
        (
            "the catalog made exhaustive",
            format!("[catalog]\nexhaustive = true\n{s}"),
            vec!["made_exhaustive"],
            Some(Bump::Minor),
        ),
        (
            "a code removed",
            edit(s, CODE_2, ""),
            vec!["removed"],
            Some(Bump::Never),
        ),
        (
            "a code retired",
            format!(
                "{}[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"no more\"\n",
                edit(s, CODE_2, "")
            ),
            vec!["retired"],
            Some(Bump::Major),
        ),
        (
            "a [[retired]] table dropped",
            edit(s, RETIRED_50, ""),
            vec!["retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a retired code restored",
            format!(
                "{}{}",
                edit(s, RETIRED_50, ""),
                new_code(50, "Fifty", "").replace("\"A\"", "\"B\"")
            ),
            vec!["restored"],
            Some(Bump::Minor),
        ),
        (
            "a retired number reused (its [[retired]] dropped)",
            format!(
                "{}{}",
                edit(s, RETIRED_50, ""),
                new_code(50, "Cinquante", "").replace("\"A\"", "\"B\"")
            ),
            vec!["added", "number_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a retired name reused (its [[retired]] dropped)",
            format!("{}{}", edit(s, RETIRED_50, ""), new_code(5, "Fifty", "")),
            vec!["added", "name_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a former name reused",
            added(5, "Sixty"),
            vec!["added", "name_reused"],
            Some(Bump::Never),
        ),
        (
            "a former number reused",
            format!("{s}{}", new_code(60, "Neu", "").replace("\"A\"", "\"B\"")),
            vec!["added", "number_reused"],
            Some(Bump::Never),
        ),
        (
            "a code with an alias retired, and a new code named as the alias",
            format!(
                "{}[[retired]]\ncode = 1\nname = \"One\"\nreason = \"no more\"\n{}",
                edit(
                    s,
                    "[[code]]\ncode = 1\nname = \"One\"\ncategory = \"A\"\nmessage = \"One {x}\"\naliases = [\"Uno\"]\n",
                    ""
                ),
                new_code(5, "Uno", ""),
            ),
            vec!["added", "name_reused", "retired"],
            Some(Bump::Never),
        ),
        (
            "a code renumbered",
            edit(s, "code = 2\n", "code = 5\n"),
            vec!["renumbered"],
            Some(Bump::Major),
        ),
        (
            "two codes' numbers swapped",
            edit(
                &edit(s, "code = 2\nname = \"Two\"", "code = 2\nname = \"Three\""),
                "code = 3\nname = \"Three\"",
                "code = 3\nname = \"Two\"",
            ),
            vec![
                "number_reused",
                "renumbered",
                "number_reused",
                "renumbered",
                "message_changed",
                "param_removed",
                "param_removed",
                "param_added",
                "param_added",
                "message_changed",
            ],
            Some(Bump::Never),
        ),
        (
            "a code renamed",
            edit(s, "\"Two\"\ncat", "\"Deux\"\ncat"),
            vec!["renamed"],
            Some(Bump::Major),
        ),
        (
            "a code renamed, the old name kept as an alias",
            edit(s, "\"Two\"\ncat", "\"Deux\"\naliases = [\"Two\"]\ncat"),
            vec!["renamed_alias_kept"],
            Some(Bump::Minor),
        ),
        (
            "an alias removed",
            edit(s, "aliases = [\"Uno\"]\n", ""),
            vec!["alias_removed"],
            Some(Bump::Major),
        ),
        (
            "an alias added",
            edit(s, "aliases = [\"Uno\"]", "aliases = [\"Uno\", \"Ein\"]"),
            vec![],
            None,
        ),
        (
            "an alias that another code shipped as its name",
            edit(s, "aliases = [\"Uno\"]", "aliases = [\"Uno\", \"Fifty\"]")
                .replace(RETIRED_50, ""),
            vec!["name_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a parameter added",
            edit(s, "message = \"Two\"\n", "message = \"Two {y}\"\n"),
            vec!["param_added", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a parameter removed",
            edit(s, "Three {a} {b}", "Three {a}"),
            vec!["param_removed", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a parameter renamed",
            edit(s, "One {x}", "One {z}"),
            vec!["param_renamed", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "the parameters reordered",
            edit(s, "Three {a} {b}", "Three {b} {a}"),
            vec!["params_reordered", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a status changed",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nstatus = 404\n",
            ),
            vec!["status_changed"],
            Some(Bump::Major),
        ),
        (
            "a message reworded",
            edit(s, "message = \"Two\"\n", "message = \"Two!\"\n"),
            vec!["message_changed"],
            Some(Bump::Patch),
        ),
        (
            "an explanation added",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nexplanation = \"Why\"\n",
            ),
            vec!["explanation_changed"],
            Some(Bump::Patch),
        ),
        (
            "`since` added",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nsince = \"1.0.0\"\n",
            ),
            vec!["since_changed"],
            Some(Bump::Patch),
        ),
        (
            "a code deprecated",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\ndeprecated = \"use 4\"\n",
            ),
            vec!["deprecation_changed"],
            Some(Bump::Minor),
        ),
        (
            "a code made retryable",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nretryable = true\n",
            ),
            vec!["retryable_changed"],
            Some(Bump::Minor),
        ),
        (
            "a category added",
            format!(
                "{s}\n[[category]]\nname = \"C\"\ntitle = \"C\"\nrange = [200, 299]\nstatus = 400\n"
            ),
            vec!["category_added"],
            Some(Bump::Minor),
        ),
        (
            "a category removed",
            edit(
                s,
                "[[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [50, 199]\nstatus = 400\n",
                "",
            ),
            vec!["category_removed"],
            Some(Bump::Major),
        ),
        (
            "a category renamed",
            edit(
                s,
                "name = \"B\"\ntitle = \"B\"",
                "name = \"Bee\"\ntitle = \"B\"",
            ),
            vec!["category_renamed"],
            Some(Bump::Major),
        ),
        (
            "a code moved to another category",
            edit(
                &edit(&edit(s, "[1, 49]", "[1, 3]"), "[50, 199]", "[4, 199]"),
                "\"Four\"\ncategory = \"A\"",
                "\"Four\"\ncategory = \"B\"",
            ),
            vec!["recategorized"],
            Some(Bump::Minor),
        ),
        (
            "a code added and another deprecated: the larger bump",
            edit(
                &added(5, "Five"),
                "message = \"Two\"\n",
                "message = \"Two\"\ndeprecated = \"use 5\"\n",
            ),
            vec!["deprecation_changed", "added"],
            Some(Bump::Minor),
        ),
    ]
}

/// Changes of a catalog whose code enum users match exhaustively: `shipped` is
/// [`SHIPPED`] with `exhaustive = true`.
fn exhaustive_cases(shipped: &str) -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    vec![
        (
            "a code added to an exhaustive catalog",
            format!("{shipped}{}", new_code(5, "Five", "")),
            vec!["added_to_exhaustive"],
            Some(Bump::Major),
        ),
        (
            "the catalog no longer exhaustive",
            SHIPPED.to_owned(),
            vec!["no_longer_exhaustive"],
            Some(Bump::Major),
        ),
        (
            "an exhaustive catalog reworded",
            shipped.replacen("message = \"Two\"", "message = \"Two, again\"", 1),
            vec!["message_changed"],
            Some(Bump::Patch),
        ),
    ]
}

#[test]
fn every_kind_of_change_needs_its_bump_and_the_check_asks_for_it() {
    let exhaustive = format!("[catalog]\nexhaustive = true\n{SHIPPED}");
    let groups = [
        (SHIPPED.to_owned(), cases()),
        (exhaustive.clone(), exhaustive_cases(&exhaustive)),
    ];
    assert!(
        groups.iter().map(|(_, c)| c.len()).sum::<usize>() >= 30,
        "too few cases"
    );
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (shipped_text, cases) in groups {
        let shipped = from(&shipped_text);
        let locked: Version = "1.2.3".parse().unwrap_or_else(|e| panic!("{e}"));
        let lock = Lock {
            catalog: shipped.clone(),
            version: Some(locked.clone()),
            former: vec![baseline::Former {
                code: 60,
                name: "Sixty".to_owned(),
            }],
        };
        for (case, text, kinds, bump) in cases {
            let catalog = parse(&text, "case.toml").unwrap_or_else(|e| panic!("{case}: {e}"));
            let changes = super::compare(&shipped, &lock.former, &catalog);
            let mut seen: Vec<&str> = changes.iter().map(|c| c.rule().id).collect();
            let mut expected = kinds.clone();
            seen.sort_unstable();
            expected.sort_unstable();
            assert_eq!(seen, expected, "{case}");
            kinds_seen.extend(seen);
            assert_eq!(
                changes.iter().map(super::Change::bump).max(),
                bump,
                "{case}"
            );

            // The check: the smallest version that ships the changes passes, the one before
            // it fails; nothing ships a `never`. Explanations and `since` are documentation,
            // which the lock does not keep.
            let refused = |version: &Version| {
                let checked = baseline::check(&catalog, &lock, Some(version));
                checked.breaks.iter().any(|b| b.kind.change().is_some())
            };
            let documentation = kinds
                .iter()
                .all(|k| ["explanation_changed", "since_changed"].contains(k));
            match bump {
                None => assert!(!refused(&locked), "{case}"),
                Some(_) if documentation => assert!(!refused(&locked), "{case}"),
                Some(Bump::Never) => assert!(refused(&Version::new(99, 0, 0)), "{case}"),
                Some(bump) => {
                    let needed = bump.from(&locked);
                    assert!(!refused(&needed), "{case}: {needed}");
                    let checked = baseline::check(&catalog, &lock, Some(&locked));
                    assert_eq!(checked.requires.as_ref(), Some(&needed), "{case}");
                    let just_below = match bump {
                        Bump::Major => Version::new(1, 99, 0),
                        _ => locked.clone(),
                    };
                    assert!(refused(&just_below), "{case}: {just_below}");
                }
            }
        }
    }
    // Every row of the table is among the cases.
    let all: std::collections::BTreeSet<&str> =
        crate::ChangeRule::ALL.iter().map(|r| r.id).collect();
    assert_eq!(kinds_seen, all);
}

#[test]
fn a_too_small_version_is_told_the_smallest_that_would_do() {
    let lock = Lock {
        catalog: from(SHIPPED),
        version: "1.2.3".parse().ok(),
        former: Vec::new(),
    };
    let retired = from(&format!(
        "{}[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"no more\"\n",
        edit(SHIPPED, CODE_2, "")
    ));
    let at = |v: &str| baseline::check(&retired, &lock, v.parse().ok().as_ref());
    let checked = at("1.3.0");
    assert_eq!(checked.requires, "2.0.0".parse().ok());
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "test.toml:38:1: requires 2.0.0: 2 Two: retired: no more: retiring removes the variant: release it in a major version, or deprecate the code instead"
        ]
    );
    assert!(at("2.0.0").is_ok());
    // A version older than the lock's fails on its own.
    let older = baseline::check(&from(SHIPPED), &lock, "1.0.0".parse().ok().as_ref());
    let lines: Vec<String> = older.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["version 1.0.0 is older than 1.2.3, the version the lock was recorded at"]
    );
}

#[test]
fn since_is_a_version_not_later_than_the_crate_and_a_new_code_has_one() {
    let lock = Lock {
        catalog: from(SHIPPED),
        version: "1.2.3".parse().ok(),
        former: Vec::new(),
    };
    let text = format!(
        "{}{}{}",
        edit(
            SHIPPED,
            "message = \"Two\"\n",
            "message = \"Two\"\nsince = \"2.0.0\"\n"
        ),
        new_code(5, "Five", ""),
        new_code(6, "Six", "since = \"one\"\n"),
    );
    let catalog = from(&text);
    let checked = baseline::check(&catalog, &lock, "1.3.0".parse().ok().as_ref());
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "test.toml:21:1: 2 Two: since 2.0.0 is later than the crate's version, 1.3.0",
            "test.toml:45:1: 5 Five: new, without `since`: write since = \"1.3.0\"",
            "test.toml:51:1: 6 Six: since `one` is not a version MAJOR.MINOR.PATCH, such as 1.4.2",
        ]
    );
    // With the version not bumped yet, the version to write is the one the changes need.
    let checked = baseline::check(&catalog, &lock, "1.2.3".parse().ok().as_ref());
    let five = "5 Five: new, without `since`: write since = \"1.3.0\"";
    assert!(
        checked.breaks.iter().any(|b| b.kind.to_string() == five),
        "{:?}",
        checked.breaks
    );
}

#[test]
fn the_lock_keeps_every_name_ever_shipped_and_reads_back() {
    let shipped = from(SHIPPED);
    let v1: Version = "1.2.3".parse().unwrap_or_else(|e| panic!("{e}"));
    let first = baseline::read(&baseline::lock(&shipped, Some(&v1), None), "codes.lock")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.version.as_ref(), Some(&v1));
    assert!(baseline::check(&shipped, &first, Some(&v1)).is_ok());
    // 2.0.0 retires code 1, whose alias `Uno` the catalog then no longer shows, and
    // renames 2 without keeping its name: the lock recorded again remembers both.
    let v2: Version = "2.0.0".parse().unwrap_or_else(|e| panic!("{e}"));
    let retire_one = |text: &str| {
        format!(
            "{}[[retired]]\ncode = 1\nname = \"One\"\nreason = \"no more\"\n",
            edit(
                &edit(text, "\"Two\"\ncat", "\"Deux\"\ncat"),
                "[[code]]\ncode = 1\nname = \"One\"\ncategory = \"A\"\nmessage = \"One {x}\"\naliases = [\"Uno\"]\n",
                ""
            )
        )
    };
    let next = from(&retire_one(SHIPPED));
    assert!(baseline::check(&next, &first, Some(&v2)).is_ok());
    let text = baseline::lock(&next, Some(&v2), Some(&first));
    assert!(
        text.contains(
            "former = [\n    { code = 1, name = \"Uno\" },\n    { code = 2, name = \"Two\" },\n]\n"
        ),
        "{text}"
    );
    let second = baseline::read(&text, "codes.lock").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(second.former.len(), 2);
    // In 2.1.0, a new code named as the retired code's alias, and one named as 2 was:
    // refused, each naming the code that shipped the name.
    let v3: Version = "2.1.0".parse().unwrap_or_else(|e| panic!("{e}"));
    let reuse = from(&format!(
        "{}{}{}",
        retire_one(SHIPPED),
        new_code(5, "Uno", "since = \"2.1.0\"\n"),
        new_code(6, "Two", "since = \"2.1.0\"\n"),
    ));
    let checked = baseline::check(&reuse, &second, Some(&v3));
    let lines: Vec<String> = checked.breaks.iter().map(|b| b.kind.to_string()).collect();
    assert_eq!(
        lines,
        [
            "no release ships it: 5 Uno: name Uno shipped by code 1, used again: a shipped name keeps its meaning: give this code a name never shipped",
            "no release ships it: 6 Two: name Two shipped by code 2, used again: a shipped name keeps its meaning: give this code a name never shipped",
        ]
    );
    // Recorded once more, the lock keeps its former names still.
    let third = baseline::lock(&next, Some(&v2), Some(&second));
    assert_eq!(third, text);
}

#[test]
fn a_lock_table_with_faults_is_refused_at_their_places() {
    let text = format!(
        "[lock]\nversion = \"one\"\nformer = [{{ code = 70000, nam = \"X\" }}]\nextra = 1\n{SHIPPED}"
    );
    let errors = baseline::read(&text, "codes.lock").expect_err("faults");
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "codes.lock:2:11: `version` must be a version MAJOR.MINOR.PATCH, such as \"1.4.2\", found another string",
            "codes.lock:3:11: missing key `name` in [lock] former",
            "codes.lock:3:20: code out of range: 70000 is not from 0 to 65535",
            "codes.lock:3:27: unknown key `nam` in [lock] former; did you mean `name`?",
            "codes.lock:4:1: unknown key `extra` in [lock]; expected one of version, former",
        ]
    );
}
