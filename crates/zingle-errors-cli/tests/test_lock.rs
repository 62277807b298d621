//! `lock`: the shipped baseline written, and a catalog checked against it, with the same
//! verdict on every change as `diff`.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;
use zingle_errors_catalog::{Bump, ChangeRule};

#[test]
fn the_lock_of_a_catalog_checks_clean_against_it() {
    let run = common::run(&["lock", "tests/fixtures/old.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("# The shipped baseline"),
        "{}",
        run.stdout
    );
    let lock = std::env::temp_dir().join(format!("zingle-errors-test-{}.lock", std::process::id()));
    std::fs::write(&lock, &run.stdout).unwrap();
    let lock = lock.display().to_string();
    let run = common::run(&["lock", "tests/fixtures/old.toml", "--check", &lock]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("keeps everything"), "{}", run.stdout);
    // The new catalog breaks what the old one shipped: each break with its fix.
    let run = common::run(&["lock", "tests/fixtures/new.toml", "--check", &lock]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("breaks what"), "{}", run.stderr);
    assert!(run.stderr.contains("retire it"), "{}", run.stderr);
    // A retirement breaks too, as `diff` says, with how to ship it.
    assert!(
        run.stderr.contains(
            "201 CartExpired: retired: carts no longer expire: retiring removes the variant"
        ),
        "{}",
        run.stderr
    );
    let run = common::run(&[
        "lock",
        "tests/fixtures/new.toml",
        "--check",
        &lock,
        "--json",
    ]);
    assert_eq!(run.status, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(report["breaks"].as_array().is_some_and(|b| !b.is_empty()));
}

/// `(kind, code, name)` of each entry of `items` that `keep` keeps.
fn kinds(items: &Value, keep: impl Fn(&Value) -> bool) -> BTreeSet<(String, String, String)> {
    let items = items.as_array().expect("an array");
    items
        .iter()
        .filter(|i| keep(i))
        .map(|i| {
            let field = |key: &str| i[key].to_string();
            (field("kind"), field("code"), field("name"))
        })
        .collect()
}

#[test]
fn diff_and_lock_check_agree_on_every_kind_of_change() {
    let (old, new) = (
        "tests/fixtures/every-change-old.toml",
        "tests/fixtures/every-change-new.toml",
    );
    common::check("diff-every-change", &["diff", old, new], 1);
    common::check("lock-check-every-change", &["lock", new, "--check", old], 1);
    common::check(
        "lock-check-every-change-json",
        &["lock", new, "--check", old, "--version", "0.2.0", "--json"],
        1,
    );

    let diff = common::run(&["diff", "--json", old, new]);
    assert_eq!(diff.status, 1, "{}", diff.stderr);
    let diff: Value = serde_json::from_str(&diff.stdout).expect("JSON");
    let seen: BTreeSet<String> = diff["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["kind"].as_str().expect("a kind").to_owned())
        .collect();
    // Exhaustiveness made, dropped, and a code added while it holds, and links added
    // and changed: no one pair of catalogs shows them all (the catalog crate's table
    // test has each).
    let apart = [
        "added_to_exhaustive",
        "made_exhaustive",
        "no_longer_exhaustive",
        "doc_url_added",
    ];
    let all: BTreeSet<String> = ChangeRule::ALL
        .iter()
        .map(|r| r.id.to_owned())
        .filter(|id| !apart.contains(&id.as_str()))
        .collect();
    assert_eq!(
        seen, all,
        "the fixtures make one change of every other kind"
    );
    for change in diff["changes"].as_array().expect("changes") {
        let rule = ChangeRule::ALL
            .iter()
            .find(|r| change["kind"] == r.id)
            .expect("a row");
        assert_eq!(change["breaking"], rule.breaking, "{change}");
    }
    let breaking = kinds(&diff["changes"], |c| c["breaking"] == true);

    let lock = std::env::temp_dir().join(format!(
        "zingle-errors-test-every-change-{}.lock",
        std::process::id()
    ));
    let written = common::run(&["lock", old, "--version", "1.0.0"]);
    std::fs::write(&lock, written.stdout).expect("the lock is written");
    let lock = lock.display().to_string();
    // The changes of each bump from `diff --json`, as (kind, code, name).
    let of = |bumps: &[&str]| kinds(&diff["changes"], |c| bumps.iter().any(|b| c["bump"] == *b));
    // Against the old catalog itself (no version): what `diff` calls breaking fails.
    // Against the lock it writes at 1.0.0: at 1.0.1 every change of a minor or larger
    // bump fails, each with the version it requires; at 2.0.0 only those no release ships.
    let cases = [
        (old, "0.1.0", breaking.clone()),
        (lock.as_str(), "1.0.1", of(&["minor", "major", "never"])),
        (lock.as_str(), "2.0.0", of(&["never"])),
    ];
    for (shipped, version, expected) in cases {
        let check = common::run(&[
            "lock",
            new,
            "--check",
            shipped,
            "--version",
            version,
            "--json",
        ]);
        assert_eq!(check.status, 1, "{}", check.stderr);
        let check: Value = serde_json::from_str(&check.stdout).expect("JSON");
        // The changes' breaks; the others are `since` faults of the new codes.
        let changes = kinds(&check["breaks"], |b| b.get("bump").is_some());
        assert_eq!(changes, expected, "{shipped} at {version}");
        for b in check["breaks"].as_array().expect("breaks") {
            if b.get("bump").is_none() {
                let kind = b["kind"].as_str().expect("a kind");
                assert!(kind.starts_with("since"), "{b}");
                continue;
            }
            let rule = ChangeRule::ALL
                .iter()
                .find(|r| b["kind"] == r.id)
                .expect("a row");
            assert_eq!(b["fix"].as_str(), rule.fix, "{b}");
            assert_eq!(b["bump"], rule.bump.as_str(), "{b}");
            if shipped == lock && rule.bump != Bump::Never {
                let requires = rule.bump.from(&"1.0.0".parse().expect("a version"));
                assert_eq!(b["requires"], requires.to_string(), "{b}");
            }
        }
    }
}

#[test]
fn update_records_a_release_only_at_a_version_that_makes_its_bump() {
    let lock = std::env::temp_dir().join(format!(
        "zingle-errors-test-update-{}.lock",
        std::process::id()
    ));
    let written = common::run(&["lock", "tests/fixtures/old.toml", "--version", "1.0.0"]);
    assert_eq!(written.status, 0, "{}", written.stderr);
    assert!(written.stdout.contains("[lock]\n"), "{}", written.stdout);
    std::fs::write(&lock, &written.stdout).expect("the lock is written");
    let path = lock.display().to_string();
    let update = |version: &str| {
        let args = [
            "lock",
            "tests/fixtures/compatible.toml",
            "--update",
            &path,
            "--version",
            version,
        ];
        common::run(&args)
    };
    // A code added needs a minor release: at 1.0.0 the lock is left as it was.
    let run = update("1.0.0");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("requires 1.1.0: 202 CartFull: added\n"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&lock).ok(), Some(written.stdout));
    // At 1.1.0 it is recorded again, and the catalog then checks clean against it.
    let run = update("1.1.0");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("recorded again at 1.1.0"),
        "{}",
        run.stdout
    );
    let recorded = std::fs::read_to_string(&lock).expect("the lock");
    assert!(recorded.contains("version = \"1.1.0\"\n"), "{recorded}");
    let check = common::run(&[
        "lock",
        "tests/fixtures/compatible.toml",
        "--check",
        &path,
        "--version",
        "1.1.0",
    ]);
    assert_eq!(check.status, 0, "{}", check.stderr);
    assert!(check.stdout.contains("nothing changed"), "{}", check.stdout);
    // An older version than the lock's is refused.
    let check = common::run(&[
        "lock",
        "tests/fixtures/compatible.toml",
        "--check",
        &path,
        "--version",
        "1.0.9",
    ]);
    assert_eq!(check.status, 1);
    assert!(
        check.stderr.contains("version 1.0.9 is older than 1.1.0"),
        "{}",
        check.stderr
    );
    let _ = std::fs::remove_file(&lock);
}
