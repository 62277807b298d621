//! `lock`: the shipped baseline written, and a catalog checked against it.

mod common;

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
