//! What `diff` reports of codes and categories, each change in its words.

use super::{as_lock, diff, from};
use crate::Catalog;
use crate::baseline;

const HEAD: &str = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 99]\nstatus = 400\n\
                    [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [100, 199]\nstatus = 400\n";

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
    assert_eq!(
        changes(&old, &new),
        [
            "! category A: range [1, 99] -> [50, 99]",
            "! category B: range [100, 199] -> [1, 49]",
            "1 One: category A -> B",
        ]
    );
}
