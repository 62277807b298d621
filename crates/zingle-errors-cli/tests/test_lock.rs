//! `lock`: the shipped baseline written, and a catalog checked against it, with the same
//! verdict on every change as `diff`.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;
use zingle_errors_catalog::ChangeRule;

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

    let diff = common::run(&["diff", "--json", old, new]);
    assert_eq!(diff.status, 1, "{}", diff.stderr);
    let diff: Value = serde_json::from_str(&diff.stdout).expect("JSON");
    let seen: BTreeSet<String> = diff["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["kind"].as_str().expect("a kind").to_owned())
        .collect();
    let all: BTreeSet<String> = ChangeRule::ALL.iter().map(|r| r.id.to_owned()).collect();
    assert_eq!(seen, all, "the fixtures make one change of every kind");
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
    std::fs::write(&lock, common::run(&["lock", old]).stdout).expect("the lock is written");
    let lock = lock.display().to_string();
    // Against the old catalog itself, and against the lock it writes: the same breaks.
    for shipped in [old, lock.as_str()] {
        let check = common::run(&["lock", new, "--check", shipped, "--json"]);
        assert_eq!(check.status, 1, "{}", check.stderr);
        let check: Value = serde_json::from_str(&check.stdout).expect("JSON");
        assert_eq!(kinds(&check["breaks"], |_| true), breaking, "{shipped}");
        for b in check["breaks"].as_array().expect("breaks") {
            let rule = ChangeRule::ALL
                .iter()
                .find(|r| b["kind"] == r.id)
                .expect("a row");
            assert_eq!(b["fix"].as_str(), rule.fix, "{b}");
        }
    }
}
