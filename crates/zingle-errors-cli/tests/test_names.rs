//! An own catalog in its own words: the Rust that `explain`, `docs` and `export` print
//! names the items by the names its `zingle_errors!` invocation gives, and nothing
//! printed for it speaks of Zingle.

mod common;

use common::{check, run, run_with};

const SHOP: [&str; 10] = [
    "--catalog",
    "tests/fixtures/new.toml",
    "--code-macro",
    "shop_code",
    "--error-macro",
    "shop_error",
    "--error-type",
    "ShopError",
    "--code-type",
    "ShopCode",
];

/// What an own catalog's output must not say, each as a word of its own (`code!(` but
/// not `shop_code!(`).
fn assert_own_words(args: &[&str], text: &str) {
    for zingle in ["Zingle", "zingle_error!", "code!(", "ErrorCode::"] {
        let said = text.match_indices(zingle).any(|(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        });
        assert!(!said, "{args:?} says {zingle:?}:\n{text}");
    }
}

fn shop(args: &[&str]) -> common::Run {
    let run = run(&[args, &SHOP[..]].concat());
    run.status(0);
    run
}

#[test]
fn explain_docs_and_export_speak_the_catalogs_words() {
    for args in [
        &["explain", "OrderIsLocked"][..],
        &["explain", "1"],
        &["explain", "--json", "100"],
        &["docs"],
        &["export", "--format", "json"],
        &["export", "--format", "openapi"],
        &["list", "--json"],
        &["search", "--json", "order"],
    ] {
        let run = shop(args);
        assert_own_words(args, &run.stdout);
        assert_own_words(args, &run.stderr);
    }
    let dir = std::env::temp_dir().join(format!("zingle-errors-names-{}", std::process::id()));
    let out = dir.to_str().expect("a UTF-8 path");
    shop(&["export", "--format", "examples", "--out", out]);
    for file in std::fs::read_dir(&dir).expect("the examples") {
        let path = file.expect("a file").path();
        let text = std::fs::read_to_string(&path).expect("the example");
        assert_own_words(&[out], &text);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_rust_printed_uses_the_names_given() {
    let run = check(
        "explain-own-names",
        &[&["explain", "OrderIsLocked"][..], &SHOP[..]].concat(),
        0,
    );
    assert!(run.stdout.contains("shop_code!(OrderIsLocked)"));
    assert!(
        run.stdout
            .contains("shop_error!(OrderIsLocked, order_id = ..)")
    );
    assert!(run.stdout.contains("ShopError::order_is_locked(order_id)"));

    let json: serde_json::Value =
        serde_json::from_str(&shop(&["export", "--format", "json"]).stdout).expect("JSON");
    assert_eq!(
        json[0]["rust"],
        serde_json::json!({
            "variant": "ShopCode::OrderNotFound",
            "code_macro": "shop_code!(OrderNotFound)",
            "error_macro": "shop_error!(OrderNotFound, order_id = ..)",
            "constructor": "ShopError::order_not_found(order_id)",
        })
    );

    let docs = shop(&["docs"]).stdout;
    assert!(
        docs.contains(
            "In Rust, code 100 is `ShopCode::OrderNotFound`, or `shop_code!(100)`; \
             its error is built with `shop_error!(OrderNotFound, order_id = ..)` or \
             `ShopError::order_not_found(order_id)`."
        ),
        "{docs}"
    );
}

#[test]
fn without_names_the_macros_defaults_are_printed() {
    let defaults = run(&["explain", "100", "--catalog", "tests/fixtures/new.toml"]);
    defaults.status(0);
    assert!(
        defaults.stdout.contains("code!(OrderNotFound)"),
        "{}",
        defaults.stdout
    );
    assert!(
        defaults
            .stdout
            .contains("ShopError::order_not_found(order_id)"),
        "the error type is named after the catalog, `shop`: {}",
        defaults.stdout
    );
    // One name given, the others the defaults.
    let one = run(&["explain", "3612", "--error-type", "ApiError"]);
    one.status(0);
    assert!(
        one.stdout
            .contains("ApiError::invalid_label(correspondent_id)")
    );
    assert!(one.stdout.contains("code!(InvalidLabel)"));
}

#[test]
fn a_name_that_is_no_identifier_is_refused() {
    check(
        "names-not-an-identifier",
        &["explain", "3612", "--code-macro", "shop-code"],
        2,
    );
}

#[test]
fn parse_names_the_catalogs_api_not_zingles() {
    let run = run_with(
        &["parse", "--catalog", "tests/fixtures/new.toml"],
        r#"{"status": "none"}"#,
    );
    run.status(1);
    assert!(
        run.stderr
            .starts_with("error: stdin is not a shop response: "),
        "{}",
        run.stderr
    );
    assert_own_words(&["parse"], &run.stderr);
}
