//! A catalog's translations, checked as the macro and `zingle-errors check` check them:
//! every fault of every locale file at its own line and column, in the usual words.

use std::path::Path;

use zingle_errors_catalog::{load, load_locales};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

#[test]
fn three_locales_with_plurals_and_right_to_left_check_clean() {
    let dir = fixture("shop-i18n");
    let catalog = load(&dir.join("codes.toml"), "codes.toml").unwrap();
    assert_eq!(catalog.locales(), Some("locales"));
    assert_eq!(catalog.default_locale(), "en");
    let (locales, errors) = load_locales(&catalog, &dir.join("locales"), "locales");
    assert!(
        errors.is_none(),
        "{}",
        errors.map(|e| e.to_string()).unwrap_or_default()
    );
    let seen: Vec<(&str, &[u16])> = locales
        .iter()
        .map(|l| (l.tag.as_str(), l.translated.as_slice()))
        .collect();
    assert_eq!(
        seen,
        [
            ("ar", &[100, 101, 102][..]),
            ("de", &[100, 101, 102][..]),
            ("pl", &[100, 101][..])
        ]
    );
}

#[test]
fn every_fault_of_every_file_is_reported_where_it_is() {
    let dir = fixture("shop-i18n-faults");
    let catalog = load(&dir.join("codes.toml"), "codes.toml").unwrap();
    let (_, errors) = load_locales(&catalog, &dir.join("locales"), "locales");
    let errors: Vec<String> = errors.iter().flatten().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "locales/de.ftl:1:1: the translation of 100 (CartNotFound) leaves out its parameter `$cart_id`",
            "locales/de.ftl:1:31: `$cart` is not a parameter of 100 (CartNotFound); its parameters: cart_id",
            "locales/de.ftl:2:1: the translation of 101 (ItemsLeft) leaves out its parameter `$cart_id`",
            "locales/de.ftl:7:1: duplicate message `shop-closed`: already translated at locales/de.ftl:6:1",
            "locales/de.ftl:8:1: message `cart-lost` names no code of the catalog (a code's id is its name in kebab-case)",
            "locales/de.ftl:9:13: invalid Fluent: Expected one of \"a-zA-Z\"",
            "locales/en_US.ftl:1:1: `en_US` is not a BCP 47 language tag (such as `de`, `pt-BR` or `zh-Hant-TW`)",
        ]
    );
}
