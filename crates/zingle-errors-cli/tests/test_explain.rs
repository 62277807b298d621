//! `explain` and `list`: finding codes by number, name, alias or prefix, and refusing
//! what names nothing.

mod common;

use common::{check, run};

#[test]
fn explain_a_code_by_number() {
    check("explain-3612", &["explain", "3612"], 0);
}

#[test]
fn every_spelling_of_a_code_explains_the_same() {
    let by_number = run(&["explain", "3612"]).stdout;
    for query in [
        "[3612]",
        " 3612 ",
        "InvalidLabel",
        "invalid_label",
        "invalidlabel",
        // Hexadecimal, as Windows' err.exe takes a code.
        "0xE1C",
        "0xe1c",
    ] {
        let run = run(&["explain", query]);
        run.status(0);
        assert_eq!(run.stdout, by_number, "{query}");
    }
}

#[test]
fn explain_shows_the_codes_that_share_a_message() {
    let run = run(&["explain", "3000"]);
    run.status(0);
    assert!(
        run.stdout
            .contains("same message   7002 (EventContactNotFound)"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_as_json_has_every_field() {
    check("explain-3612-json", &["explain", "--json", "3612"], 0);
}

#[test]
fn a_prefix_lists_its_codes() {
    check("explain-prefix-number", &["explain", "36"], 0);
    check("explain-prefix-name", &["explain", "Contact"], 0);
}

#[test]
fn an_unknown_code_is_named_with_the_nearest() {
    check("explain-unknown-number", &["explain", "9999"], 1);
    check("explain-misspelt-name", &["explain", "InvalidLable"], 1);
    check("explain-unknown-name", &["explain", "Nothing"], 1);
    check("explain-empty", &["explain", "[]"], 2);
}

#[test]
fn an_own_catalog_explains_aliases_deprecations_and_retired_codes() {
    let catalog = ["--catalog", "tests/fixtures/new.toml"];
    check(
        "explain-alias",
        &[&["explain", "OrderLocked"][..], &catalog].concat(),
        0,
    );
    check(
        "explain-retired",
        &[&["explain", "201"][..], &catalog].concat(),
        0,
    );
    check(
        "render-retired",
        &[&["render", "CartExpired"][..], &catalog].concat(),
        1,
    );
}

#[test]
fn a_catalog_that_cannot_be_read_or_is_invalid_is_refused() {
    check(
        "explain-missing-catalog",
        &["explain", "1", "--catalog", "tests/fixtures/none.toml"],
        1,
    );
    check(
        "explain-broken-catalog",
        &["explain", "1", "--catalog", "tests/fixtures/broken.toml"],
        1,
    );
}

#[test]
fn list_every_code() {
    let run = check("list", &["list"], 0);
    assert_eq!(run.stdout.lines().count(), 201);
}

#[test]
fn list_a_category_by_name_or_title() {
    check("list-category", &["list", "--category", "Labels"], 0);
    let by_title = run(&["list", "--category", "contact custom field values"]);
    by_title.status(0);
    assert!(by_title.stdout.starts_with("3700 "), "{}", by_title.stdout);
    check(
        "list-unknown-category",
        &["list", "--category", "Lables"],
        1,
    );
}

#[test]
fn list_as_json() {
    let run = run(&["list", "--json"]);
    run.status(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value.as_array().map(Vec::len), Some(201));
}

#[test]
fn explain_takes_several_codes_and_names() {
    let both = run(&["explain", "3612", "InvalidBody"]);
    both.status(0);
    let one = run(&["explain", "3612"]).stdout;
    let other = run(&["explain", "InvalidBody"]).stdout;
    assert_eq!(both.stdout, format!("{one}\n{other}"));
    let with_prefix = run(&["explain", "3612", "36"]);
    with_prefix.status(0);
    assert!(
        with_prefix
            .stdout
            .contains("\n41 codes match `36`:\n3600  "),
        "{}",
        with_prefix.stdout
    );
}

#[test]
fn explain_reads_miettes_catalog_prefixed_codes() {
    let by_number = run(&["explain", "3612"]).stdout;
    for query in [
        "zingle::3612",
        "Zingle::InvalidLabel",
        "zingle::invalid_label",
        "[zingle::3612]",
        " zingle :: 3612 ",
    ] {
        let run = run(&["explain", query]);
        run.status(0);
        assert_eq!(run.stdout, by_number, "{query}");
    }
    let shop = run(&[
        "explain",
        "shop::100",
        "--catalog",
        "tests/fixtures/new.toml",
    ]);
    shop.status(0);
    assert!(
        shop.stdout.starts_with("100 OrderNotFound\n"),
        "{}",
        shop.stdout
    );
    check("explain-other-catalog", &["explain", "shop::100"], 1);
    check(
        "explain-zingle-code-in-shop",
        &[
            "explain",
            "zingle::3612",
            "--catalog",
            "tests/fixtures/new.toml",
        ],
        1,
    );
}

#[test]
fn explain_json_is_always_an_array_each_code_once() {
    let json = |args: &[&str]| -> Vec<serde_json::Value> {
        let run = run(args);
        run.status(0);
        let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        value.as_array().expect("an array").clone()
    };
    let one = json(&["explain", "3612", "--json"]);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["code"], 3612);
    let prefix: Vec<u64> = json(&["explain", "36", "--json"])
        .iter()
        .filter_map(|c| c["code"].as_u64())
        .collect();
    assert!(prefix.len() > 1 && prefix.contains(&3612), "{prefix:?}");
    let codes: Vec<u64> = json(&["explain", "2600", "36", "3612", "invalid_label", "--json"])
        .iter()
        .filter_map(|c| c["code"].as_u64())
        .collect();
    assert_eq!(codes, [&[2600][..], &prefix].concat());
    let retired = json(&[
        "explain",
        "201",
        "--json",
        "--catalog",
        "tests/fixtures/new.toml",
    ]);
    assert_eq!(
        retired,
        [
            serde_json::json!({ "code": 201, "name": "CartExpired", "retired": "carts no longer expire" })
        ]
    );
}

#[test]
fn every_query_that_names_nothing_is_told() {
    let run = check(
        "explain-several-unknown",
        &["explain", "3612", "9999", "InvalidLable", "[]"],
        2,
    );
    assert_eq!(run.stdout, "");
    check("explain-nothing", &["explain"], 2);
}

#[test]
fn a_hexadecimal_code_that_is_none_says_so_in_both_bases() {
    let run = run(&["explain", "0x1"]);
    run.status(1);
    assert!(
        run.stderr.contains("no code 1 in the catalog"),
        "{}",
        run.stderr
    );
    let run = common::run(&["explain", "0xFFFFF"]);
    run.status(1);
    assert!(
        run.stderr
            .contains("`0xFFFFF` is no hexadecimal code from 0x0 to 0xFFFF"),
        "{}",
        run.stderr
    );
}
