//! `check` and `locales` on a catalog with translations: every fault of every locale file
//! at its place, as the macro reports them, and each locale's coverage.

mod common;

use common::{check, run};

const SHOP: &str = "../../tests/fixtures/shop-i18n/codes.toml";
const FAULTY: &str = "../../tests/fixtures/shop-i18n-faults/codes.toml";

#[test]
fn check_reads_the_translations_too() {
    check("check-locales", &["check", SHOP], 0);
    let faulty = check("check-locales-faults", &["check", FAULTY], 1);
    // The same faults, in the same words, as the library's (and so the macro's) check.
    let catalog = zingle_errors_catalog::load(FAULTY.as_ref(), FAULTY).expect("the catalog");
    let (_, errors) = zingle_errors_catalog::catalog_locales(&catalog, FAULTY.as_ref(), FAULTY);
    let expected: Vec<String> = errors.iter().flatten().map(ToString::to_string).collect();
    let printed: Vec<&str> = faulty.stderr.lines().skip(1).collect();
    assert_eq!(printed, expected);
    check("check-locales-faults-json", &["check", "--json", FAULTY], 1);
}

#[test]
fn locales_gives_each_locales_coverage() {
    check("locales", &["locales", SHOP], 0);
    let json = check("locales-json", &["locales", "--json", SHOP], 0);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["locales"][2]["missing"][0], "shop-closed");
    check("locales-none", &["locales", "codes.toml"], 0);
    let faulty = run(&["locales", FAULTY]);
    assert_eq!(faulty.status, 1, "{}", faulty.transcript());
}

#[test]
fn explain_and_render_in_a_locale() {
    check(
        "explain-locale",
        &[
            "explain",
            "CartNotFound",
            "ItemsLeft",
            "--catalog",
            SHOP,
            "--locale",
            "de-CH",
        ],
        0,
    );
    let rendered = check(
        "render-locale",
        &[
            "render",
            "ItemsLeft",
            "count=3",
            "cart_id=c-7",
            "--catalog",
            SHOP,
            "--locale",
            "pl",
        ],
        0,
    );
    assert_eq!(rendered.stdout, "W koszyku „c-7” zostały 3 produkty\n");
    // A code the locale leaves out is the default locale's, and JSON says which.
    let json = run(&[
        "render",
        "ShopClosed",
        "--catalog",
        SHOP,
        "--locale",
        "pl",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["locale"], "en");
    assert_eq!(value["message"], "The shop is closed");
    // The built-in catalog ships no translations.
    let refused = run(&["explain", "3612", "--locale", "de"]);
    assert_eq!(refused.status, 2, "{}", refused.transcript());
}

#[test]
fn docs_in_a_locale() {
    let run = check(
        "docs-locale",
        &["docs", "--catalog", SHOP, "--locale", "de"],
        0,
    );
    assert!(run.stdout.contains(r"100 | Warenkorb „{cart\_id}“ nicht gefunden | Der Warenkorb wurde geleert oder hat nie existiert."));
}

#[test]
fn parse_finds_the_values_of_a_description_in_any_locale() {
    // What the library reads from the same body: the values, whichever language the
    // server answered in (a message without selectors).
    let body = r#"{"status":{"text":"Not Found","status_code":404,"description":"Warenkorb „c-7“ nicht gefunden","error_code":100}}"#;
    let parsed = common::run_with(&["parse", "--catalog", SHOP, "--json"], body);
    assert_eq!(parsed.status, 0, "{}", parsed.transcript());
    let value: serde_json::Value = serde_json::from_str(&parsed.stdout).expect("JSON");
    assert_eq!(value["params"]["cart_id"], "c-7", "{value}");
    // A language the catalog does not ship: the description is kept, its values unknown.
    let french = body.replace(
        "Warenkorb „c-7“ nicht gefunden",
        "Panier « c-7 » introuvable",
    );
    let parsed = common::run_with(&["parse", "--catalog", SHOP, "--json"], &french);
    let value: serde_json::Value = serde_json::from_str(&parsed.stdout).expect("JSON");
    assert_eq!(value["params"], serde_json::Value::Null, "{value}");
}
