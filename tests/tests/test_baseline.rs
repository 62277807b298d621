//! The shipped baseline: `codes.toml` keeps everything `codes.lock` says was shipped, at
//! the workspace's version; a change passes the check only at a version that makes the
//! bump it needs (a retirement, a major one), and a code removed by accident at none,
//! each failure with how to do it safely.

use std::path::Path;

use zingle_errors_catalog::baseline::{self, Lock};
use zingle_errors_catalog::{Catalog, Version, parse};

fn workspace_path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name)
}

fn workspace_file(name: &str) -> String {
    let path = workspace_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn small(edit: impl FnOnce(String) -> String) -> Catalog {
    let text = edit(workspace_file("tests/fixtures/small.toml"));
    parse(&text, "small.toml").unwrap_or_else(|e| panic!("{e}"))
}

fn version(text: &str) -> Version {
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// The lock of `catalog` recorded at `at`, read back.
fn locked(catalog: &Catalog, at: &str) -> Lock {
    let text = baseline::lock(catalog, Some(&version(at)), None);
    baseline::read(&text, "small.lock").unwrap_or_else(|e| panic!("{e}"))
}

/// Each break of `catalog` at `now` against `lock`, as the tool prints it, without its
/// location.
fn breaks(catalog: &Catalog, lock: &Lock, now: &str) -> Vec<String> {
    let checked = baseline::check(catalog, lock, Some(&version(now)));
    checked.breaks.iter().map(|b| b.kind.to_string()).collect()
}

#[test]
fn the_catalog_keeps_what_was_shipped_at_the_workspace_version() {
    let catalog = parse(&workspace_file("codes.toml"), "codes.toml").unwrap();
    let lock = baseline::read(&workspace_file("codes.lock"), "codes.lock").unwrap();
    let now = baseline::manifest_version(&workspace_path("codes.toml"))
        .unwrap()
        .expect("the workspace's Cargo.toml gives a version");
    assert_eq!(now.version, version(env!("CARGO_PKG_VERSION")));
    assert_eq!(
        lock.version.as_ref(),
        Some(&now.version),
        "codes.lock records it"
    );
    let checked = baseline::check(&catalog, &lock, Some(&now.version));
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert!(
        lines.is_empty(),
        "codes.toml breaks codes.lock:\n{}",
        lines.join("\n")
    );
    assert!(checked.changes.is_empty(), "{:?}", checked.changes);
}

#[test]
fn a_removed_code_fails_at_any_version_a_retired_one_until_a_major() {
    let shipped = small(|t| t);
    let lock = locked(&shipped, "1.4.0");
    let without = |t: String| {
        let start = t.find("[[code]]\ncode = 250").unwrap();
        t[..start].to_owned()
    };
    let refused = [
        "no release ships it: 250 GadgetBroken: removed: a shipped code is never removed: deprecate it (`deprecated = \"...\"`), or, in a major version, retire it (a `[[retired]]` table with its code, name and reason)",
    ];
    assert_eq!(breaks(&small(without), &lock, "1.4.1"), refused);
    assert_eq!(breaks(&small(without), &lock, "9.0.0"), refused);
    // Retiring removes the variant: a major change, as `diff` says, with how to ship it.
    let retired = |t: String| {
        format!(
            "{}[[retired]]\ncode = 250\nname = \"GadgetBroken\"\nreason = \"gadgets are gone\"\n",
            without(t)
        )
    };
    assert_eq!(
        breaks(&small(retired), &lock, "1.5.0"),
        [
            "requires 2.0.0: 250 GadgetBroken: retired: gadgets are gone: retiring removes the variant: release it in a major version, or deprecate the code instead"
        ]
    );
    let diffed: Vec<_> = zingle_errors_catalog::diff(&shipped, &small(retired))
        .into_iter()
        .filter(zingle_errors_catalog::Change::is_breaking)
        .collect();
    let checked = baseline::check(&small(retired), &lock, Some(&version("1.5.0")));
    assert_eq!(checked.changes, diffed);
    assert_eq!(checked.requires, Some(version("2.0.0")));
    // Released as 2.0.0: the retirement passes, and passes again once the lock is
    // recorded at 2.0.0.
    assert_eq!(
        breaks(&small(retired), &lock, "2.0.0"),
        Vec::<String>::new()
    );
    let relocked = baseline::read(
        &baseline::lock(&small(retired), Some(&version("2.0.0")), Some(&lock)),
        "small.lock",
    )
    .unwrap();
    assert_eq!(
        breaks(&small(retired), &relocked, "2.0.0"),
        Vec::<String>::new()
    );
    // Deprecated instead: a minor change.
    let deprecated = |t: String| {
        t.replace(
            "name = \"GadgetBroken\"",
            "name = \"GadgetBroken\"\ndeprecated = \"gadgets are going\"",
        )
    };
    assert_eq!(
        breaks(&small(deprecated), &lock, "1.4.0"),
        ["requires 1.5.0: 250 GadgetBroken: deprecated: gadgets are going"]
    );
    assert_eq!(
        breaks(&small(deprecated), &lock, "1.5.0"),
        Vec::<String>::new()
    );
}

#[test]
fn a_rename_needs_a_major_until_the_old_name_is_kept() {
    let shipped = small(|t| t);
    let lock = locked(&shipped, "1.4.0");
    let renamed = |t: String| t.replace("name = \"GadgetBroken\"", "name = \"GadgetFailed\"");
    let checked = baseline::check(&small(renamed), &lock, Some(&version("1.5.0")));
    match &checked.breaks[0].kind {
        baseline::BreakKind::TooSmall { requires, fix, .. } => {
            assert_eq!(requires.as_ref(), Some(&version("2.0.0")));
            assert_eq!(
                *fix,
                Some("keep the old name working: add it to the code's `aliases`")
            );
        }
        other => panic!("{other}"),
    }
    let aliased = |t: String| {
        renamed(t).replace(
            "name = \"GadgetFailed\"",
            "name = \"GadgetFailed\"\naliases = [\"GadgetBroken\"]",
        )
    };
    assert_eq!(
        breaks(&small(aliased), &lock, "1.5.0"),
        Vec::<String>::new()
    );
}
