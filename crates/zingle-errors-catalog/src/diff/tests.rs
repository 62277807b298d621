//! The diff's rules, case by case.

use super::{ChangeKind, diff};
use crate::{Catalog, parse};

const HEAD: &str = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 99]\nstatus = 400\n\
                    [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [100, 199]\nstatus = 400\n";

fn catalog(codes: &[(u16, &str, &str)]) -> Catalog {
    catalog_with(HEAD, codes)
}

fn catalog_with(head: &str, codes: &[(u16, &str, &str)]) -> Catalog {
    let mut text = head.to_owned();
    for (code, name, message) in codes {
        let category = if *code < 100 { "A" } else { "B" };
        text.push_str(&format!(
            "[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"{category}\"\nmessage = \"{message}\"\n"
        ));
    }
    parse(&text, "test.toml").unwrap_or_else(|e| panic!("{e}"))
}

fn kinds(old: &Catalog, new: &Catalog) -> Vec<(Option<u16>, ChangeKind, bool)> {
    diff(old, new)
        .into_iter()
        .map(|c| (c.code, c.kind.clone(), c.is_breaking()))
        .collect()
}

#[test]
fn the_same_catalog_has_no_changes() {
    let a = catalog(&[(1, "One", "One {x}"), (2, "Two", "Two")]);
    assert_eq!(diff(&a, &a), []);
}

#[test]
fn added_and_removed_codes() {
    let old = catalog(&[(1, "One", "One"), (2, "Two", "Two")]);
    let new = catalog(&[(1, "One", "One"), (3, "Three", "Three")]);
    assert_eq!(
        kinds(&old, &new),
        [
            (Some(2), ChangeKind::Removed, true),
            (Some(3), ChangeKind::Added, false)
        ]
    );
}

#[test]
fn renumbered_is_the_same_name_under_another_number() {
    let old = catalog(&[(1, "One", "One"), (2, "Two", "Two")]);
    let new = catalog(&[(1, "One", "One"), (5, "Two", "Two")]);
    assert_eq!(
        kinds(&old, &new),
        [(Some(5), ChangeKind::Renumbered { old: 2 }, true)]
    );
}

#[test]
fn swapped_numbers_are_two_renumberings() {
    let old = catalog(&[(1, "One", "One"), (2, "Two", "Two")]);
    let new = catalog(&[(1, "Two", "Two"), (2, "One", "One")]);
    assert_eq!(
        kinds(&old, &new),
        [
            (Some(1), ChangeKind::Renumbered { old: 2 }, true),
            (Some(2), ChangeKind::Renumbered { old: 1 }, true)
        ]
    );
}

#[test]
fn a_number_whose_name_moved_away_is_a_new_code() {
    let old = catalog(&[(1, "One", "One")]);
    let new = catalog(&[(1, "Uno", "Uno"), (2, "One", "One")]);
    assert_eq!(
        kinds(&old, &new),
        [
            (Some(1), ChangeKind::Added, false),
            (Some(2), ChangeKind::Renumbered { old: 1 }, true)
        ]
    );
}

#[test]
fn renamed_and_reworded() {
    let old = catalog(&[(1, "One", "One {x}")]);
    let new = catalog(&[(1, "Uno", "Uno {x}")]);
    let changes = kinds(&old, &new);
    assert_eq!(
        changes,
        [
            (
                Some(1),
                ChangeKind::Renamed {
                    old: "One".to_owned(),
                    alias_kept: false,
                },
                true
            ),
            (
                Some(1),
                ChangeKind::MessageChanged {
                    old: "One {x}".to_owned(),
                    new: "Uno {x}".to_owned()
                },
                false
            )
        ]
    );
}

#[test]
fn parameters_renamed_added_removed_and_reordered() {
    let old = catalog(&[
        (1, "One", "{a} {b}"),
        (2, "Two", "{a} {b}"),
        (3, "Three", "{a} {b}"),
    ]);
    let new = catalog(&[
        (1, "One", "{a} {c} {d}"),
        (2, "Two", "{b}"),
        (3, "Three", "{b} {a}"),
    ]);
    let s = |v: &str| v.to_owned();
    let breaking: Vec<_> = kinds(&old, &new).into_iter().filter(|k| k.2).collect();
    assert_eq!(
        breaking,
        [
            (
                Some(1),
                ChangeKind::ParamRenamed {
                    old: s("b"),
                    new: s("c")
                },
                true
            ),
            (Some(1), ChangeKind::ParamAdded { param: s("d") }, true),
            (Some(2), ChangeKind::ParamRemoved { param: s("a") }, true),
            (
                Some(3),
                ChangeKind::ParamsReordered {
                    old: vec![s("a"), s("b")],
                    new: vec![s("b"), s("a")]
                },
                true
            ),
        ]
    );
}

#[test]
fn lifecycle_aliases_deprecations_and_retirements() {
    let old = parse(
        &format!(
            "{HEAD}[[code]]\ncode = 1\nname = \"One\"\ncategory = \"A\"\nmessage = \"One\"\n\
             aliases = [\"Ein\"]\n\
             [[code]]\ncode = 2\nname = \"Two\"\ncategory = \"A\"\nmessage = \"Two\"\n"
        ),
        "old.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let new = parse(
        &format!(
            "{HEAD}[[code]]\ncode = 1\nname = \"Uno\"\ncategory = \"A\"\nmessage = \"One\"\n\
             aliases = [\"One\"]\ndeprecated = \"use 3\"\n\
             [[retired]]\ncode = 2\nname = \"Two\"\nreason = \"gone\"\n"
        ),
        "new.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let changes: Vec<(String, bool)> = diff(&old, &new)
        .iter()
        .map(|c| (c.to_string(), c.is_breaking()))
        .collect();
    let s = |v: &str, b| (v.to_owned(), b);
    assert_eq!(
        changes,
        [
            s("1 Uno: renamed from One, kept as an alias", false),
            s("1 Uno: alias Ein removed", true),
            s("1 Uno: deprecated: use 3", false),
            s("2 Two: retired: gone", true),
        ]
    );
}

#[test]
fn a_code_moved_to_another_category() {
    let old = catalog(&[(1, "One", "One")]);
    let head = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [50, 99]\nstatus = 400\n\
                [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [1, 49]\nstatus = 400\n\
                [[code]]\ncode = 1\nname = \"One\"\ncategory = \"B\"\nmessage = \"One\"\n";
    let new = parse(head, "new.toml").unwrap_or_else(|e| panic!("{e}"));
    let changes: Vec<String> = diff(&old, &new).iter().map(ToString::to_string).collect();
    assert_eq!(changes, ["1 One: category A -> B"]);
    assert!(!diff(&old, &new)[0].is_breaking());
}

#[test]
fn statuses_explanations_categories() {
    let old = catalog(&[(1, "One", "One")]);
    let head = HEAD.replace("name = \"A\"", "name = \"Aa\"");
    let text = format!(
        "{head}[[code]]\ncode = 1\nname = \"One\"\ncategory = \"Aa\"\nmessage = \"One\"\n\
         explanation = \"Why\"\nstatus = 404\nretryable = true\n"
    );
    let new = parse(&text, "new.toml").unwrap_or_else(|e| panic!("{e}"));
    let changes: Vec<String> = diff(&old, &new).iter().map(ToString::to_string).collect();
    assert_eq!(
        changes,
        [
            "category Aa: category renamed from A",
            "1 One: HTTP status 400 -> 404",
            "1 One: explanation added",
            "1 One: now retryable",
        ]
    );
    let breaking: Vec<bool> = diff(&old, &new).iter().map(|c| c.is_breaking()).collect();
    assert_eq!(breaking, [true, true, false, false]);
}
