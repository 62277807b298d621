//! The shipped baseline: `codes.toml` keeps everything `codes.lock` says was shipped, and
//! the check fails on a code removed by accident, with how to do it safely; a code
//! retired on purpose breaks too, as `diff` says, until the lock is recorded again.

use std::path::Path;

use zingle_errors_catalog::{Catalog, baseline, parse};

fn workspace_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn small(edit: impl FnOnce(String) -> String) -> Catalog {
    let text = edit(workspace_file("tests/fixtures/small.toml"));
    parse(&text, "small.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_catalog_keeps_what_was_shipped() {
    let catalog = parse(&workspace_file("codes.toml"), "codes.toml").unwrap();
    let locked = parse(&workspace_file("codes.lock"), "codes.lock").unwrap();
    if let Err(breaks) = baseline::check(&catalog, &locked) {
        let lines: Vec<String> = breaks.iter().map(ToString::to_string).collect();
        panic!("codes.toml breaks codes.lock:\n{}", lines.join("\n"));
    }
}

#[test]
fn a_removed_or_retired_code_fails_until_the_lock_is_recorded_again() {
    let shipped = small(|t| t);
    let locked = parse(&baseline::lock(&shipped), "small.lock").unwrap();
    let without = |t: String| {
        let start = t.find("[[code]]\ncode = 250").unwrap();
        t[..start].to_owned()
    };
    let breaks = baseline::check(&small(without), &locked).unwrap_err();
    let lines: Vec<String> = breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "250 GadgetBroken: removed: a shipped code is never removed: deprecate it (`deprecated = \"...\"`), or, in a breaking (major) version, retire it (a `[[retired]]` table with its code, name and reason)"
        ]
    );
    // Retiring removes the variant: a break, as `diff` says, with how to ship it.
    let retired = |t: String| {
        format!(
            "{}[[retired]]\ncode = 250\nname = \"GadgetBroken\"\nreason = \"gadgets are gone\"\n",
            without(t)
        )
    };
    let breaks = baseline::check(&small(retired), &locked).unwrap_err();
    let lines: Vec<String> = breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "250 GadgetBroken: retired: gadgets are gone: retiring removes the variant: release it as a breaking (major) version and re-record the lock, or deprecate the code instead"
        ]
    );
    let diffed: Vec<_> = zingle_errors_catalog::diff(&locked, &small(retired))
        .into_iter()
        .filter(zingle_errors_catalog::Change::is_breaking)
        .collect();
    assert_eq!(diffed, [breaks[0].change.clone()]);
    // Released as a major version, the lock recorded again: the retirement is shipped.
    let relocked = parse(&baseline::lock(&small(retired)), "small.lock").unwrap();
    assert_eq!(baseline::check(&small(retired), &relocked), Ok(()));
    // Deprecated instead: nothing breaks.
    let deprecated = |t: String| {
        t.replace(
            "name = \"GadgetBroken\"",
            "name = \"GadgetBroken\"\ndeprecated = \"gadgets are going\"",
        )
    };
    assert_eq!(baseline::check(&small(deprecated), &locked), Ok(()));
}

#[test]
fn a_rename_fails_until_the_old_name_is_kept() {
    let shipped = small(|t| t);
    let locked = parse(&baseline::lock(&shipped), "small.lock").unwrap();
    let renamed = |t: String| t.replace("name = \"GadgetBroken\"", "name = \"GadgetFailed\"");
    let breaks = baseline::check(&small(renamed), &locked).unwrap_err();
    assert_eq!(
        breaks[0].fix,
        "keep the old name working: add it to the code's `aliases`"
    );
    let aliased = |t: String| {
        renamed(t).replace(
            "name = \"GadgetFailed\"",
            "name = \"GadgetFailed\"\naliases = [\"GadgetBroken\"]",
        )
    };
    assert_eq!(baseline::check(&small(aliased), &locked), Ok(()));
}
