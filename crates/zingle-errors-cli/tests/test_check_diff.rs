//! `check` and `diff`: a catalog validated with the macro's rules, and two compared.

mod common;

use common::{check, run};

#[test]
fn check_a_valid_catalog() {
    check("check", &["check", "codes.toml"], 0);
    check(
        "check-json",
        &["check", "--json", "tests/fixtures/new.toml"],
        0,
    );
}

#[test]
fn check_reports_every_fault_at_its_place() {
    let run = check("check-broken", &["check", "tests/fixtures/broken.toml"], 1);
    let faults: Vec<&str> = run.stderr.lines().skip(1).collect();
    assert_eq!(faults.len(), 5);
    assert!(
        faults
            .iter()
            .all(|f| f.starts_with("tests/fixtures/broken.toml:"))
    );
    check(
        "check-broken-json",
        &["check", "--json", "tests/fixtures/broken.toml"],
        1,
    );
}

#[test]
fn check_gives_the_macros_own_messages() {
    let source = std::fs::read_to_string(common::dir().join("tests/fixtures/broken.toml"))
        .expect("the fixture");
    let errors = zingle_errors_catalog::parse(&source, "tests/fixtures/broken.toml")
        .expect_err("the fixture is broken");
    let run = run(&["check", "tests/fixtures/broken.toml"]);
    assert!(
        run.stderr.ends_with(&format!("{errors}\n")),
        "{}",
        run.stderr
    );
}

#[test]
fn check_a_file_that_cannot_be_read() {
    check("check-missing", &["check", "tests/fixtures/none.toml"], 1);
}

#[test]
fn diff_classifies_every_change() {
    check(
        "diff",
        &["diff", "tests/fixtures/old.toml", "tests/fixtures/new.toml"],
        1,
    );
    check(
        "diff-json",
        &[
            "diff",
            "--json",
            "tests/fixtures/old.toml",
            "tests/fixtures/new.toml",
        ],
        1,
    );
}

#[test]
fn diff_without_a_breaking_change_exits_0() {
    check(
        "diff-compatible",
        &[
            "diff",
            "tests/fixtures/old.toml",
            "tests/fixtures/compatible.toml",
        ],
        0,
    );
    check("diff-same", &["diff", "codes.toml", "codes.toml"], 0);
}

#[test]
fn diff_refuses_an_invalid_catalog() {
    check(
        "diff-broken",
        &[
            "diff",
            "tests/fixtures/old.toml",
            "tests/fixtures/broken.toml",
        ],
        1,
    );
}

#[test]
fn check_lock_and_locales_take_the_catalog_from_catalog_too() {
    let by_argument = common::run(&["check", "../../codes.toml"]);
    by_argument.status(0);
    let by_option = common::run(&["check", "--catalog", "../../codes.toml"]);
    by_option.status(0);
    assert_eq!(by_option.stdout, by_argument.stdout);
    let shop = "../../tests/fixtures/shop-i18n/codes.toml";
    common::run(&["locales", "--catalog", shop]).status(0);
    common::run(&["lock", "--catalog", shop, "--version", "1.0.0"]).status(0);
    // Two different catalogs, or none: a usage error that says what to give.
    let two = common::run(&["check", "../../codes.toml", "--catalog", shop]);
    two.status(2);
    assert!(
        two.stderr.contains("`check` was given two catalogs"),
        "{}",
        two.stderr
    );
    let none = common::run(&["lock"]);
    none.status(2);
    assert!(
        none.stderr
            .contains("`lock` needs the catalog: zingle-errors lock PATH (or --catalog PATH)"),
        "{}",
        none.stderr
    );
}
