//! The catalog's name: the default names of the generated items, so renaming,
//! naming or unnaming the catalog is one breaking change, and the lock keeps the name.

use super::{SHIPPED, as_lock, diff, from};
use crate::baseline;
use crate::{Bump, ChangeKind};

/// [`SHIPPED`] with `[catalog] name` set to `name`, or without a name.
fn named(name: Option<&str>) -> String {
    match name {
        Some(name) => format!("[catalog]\nname = \"{name}\"\n{SHIPPED}"),
        None => SHIPPED.to_owned(),
    }
}

#[test]
fn a_renamed_named_or_unnamed_catalog_is_one_major_change() {
    let cases = [
        (
            Some("billing"),
            Some("payments"),
            "payments",
            "the catalog renamed from billing to payments",
        ),
        (
            None,
            Some("billing"),
            "billing",
            "the catalog named billing (it had no name)",
        ),
        (
            Some("billing"),
            None,
            "billing",
            "the catalog's name billing removed",
        ),
    ];
    for (old, new, name, shown) in cases {
        let changes = diff(&from(&named(old)), &from(&named(new)));
        assert_eq!(changes.len(), 1, "{old:?} -> {new:?}: {changes:?}");
        let change = &changes[0];
        assert_eq!(change.code, None);
        assert_eq!(change.name, name);
        assert_eq!(
            change.kind,
            ChangeKind::CatalogRenamed {
                old: old.map(str::to_owned),
                new: new.map(str::to_owned),
            }
        );
        assert_eq!(change.rule().id, "catalog_renamed");
        assert!(change.is_breaking());
        assert_eq!(change.bump(), Bump::Major);
        assert_eq!(change.to_string(), shown);
        assert!(
            change.rule().fix.is_some_and(|f| f.contains("code = ...")),
            "the fix names the way to keep the names"
        );
    }
}

#[test]
fn the_same_name_or_none_is_no_change() {
    for name in [Some("billing"), None] {
        let catalog = from(&named(name));
        assert_eq!(diff(&catalog, &catalog), Vec::new(), "{name:?}");
    }
}

#[test]
fn the_lock_keeps_the_name_and_checks_a_rename_against_it() {
    let shipped = from(&named(Some("billing")));
    let text = baseline::lock(&shipped, None, None);
    assert!(text.contains("\n[catalog]\n"), "{text}");
    assert!(text.contains("\nname = \"billing\"\n"), "{text}");
    let lock = baseline::read(&text, "codes.lock").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lock.catalog.name(), Some("billing"));
    assert!(baseline::check(&shipped, &lock, None).is_ok());
    // With exhaustiveness, one `[catalog]` table holds both.
    let exhaustive = from(&named(Some("billing")).replace(
        "name = \"billing\"\n",
        "name = \"billing\"\nexhaustive = true\n",
    ));
    let text = baseline::lock(&exhaustive, None, None);
    assert_eq!(text.matches("[catalog]").count(), 1, "{text}");
    let lock = baseline::read(&text, "codes.lock").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lock.catalog.name(), Some("billing"));
    assert!(lock.catalog.is_exhaustive());
    // Renamed against the lock: a break, with the fix.
    let renamed = from(&named(Some("payments")));
    let checked = baseline::check(&renamed, &as_lock(&shipped), None);
    let lines: Vec<String> = checked.breaks.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [format!(
            "requires a major version: the catalog renamed from billing to payments: {}",
            crate::ChangeRule::CATALOG_RENAMED.fix.unwrap_or_default()
        )]
    );
    // An unnamed catalog writes no name, and a lock without one finds a named catalog
    // named anew: a lock recorded before locks kept the name needs it added by hand.
    let unnamed = from(SHIPPED);
    assert!(!baseline::lock(&unnamed, None, None).contains("[catalog]"));
    let old_lock = baseline::read(&baseline::lock(&unnamed, None, None), "codes.lock")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!baseline::check(&shipped, &old_lock, None).is_ok());
}
