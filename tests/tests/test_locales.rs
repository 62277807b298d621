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
    let seen: Vec<(&str, Vec<u16>)> = locales
        .iter()
        .map(|l| (l.tag.as_str(), l.translated().collect()))
        .collect();
    assert_eq!(
        seen,
        [
            ("ar", vec![100, 101, 102]),
            ("de", vec![100, 101, 102]),
            ("pl", vec![100, 101])
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
            "locales/en.ftl:1:1: `en` is the catalog's default locale, whose messages are those of the catalog itself: this file would never be used; remove it, or change `default_locale`",
            "locales/en_US.ftl:1:1: `en_US` is not a BCP 47 language tag (such as `de`, `pt-BR`, `zh-Hant-TW` or `de-DE-u-co-phonebk`)",
            // What cannot be compiled into the catalog's table.
            "locales/fr.ftl:3:13: the term `-owner` writes `$name`, which this reference does not give: pass it, as `{ -owner(name: \"…\") }`",
            "locales/fr.ftl:4:20: `NUMBER()` is a Fluent function, which a translation cannot call: write the variable itself (`{ $count }`); a selector on a number chooses its plural form by the locale's rules",
            "locales/fr.ftl:4:42: `-shop` is neither a message nor a term of this file",
            "locales/fr.ftl:4:58: `-brand` has no attribute `.genre`",
            "locales/fr.ftl:7:16: `items-left` refers to itself, through the references that lead here",
            "locales/fr.ftl:7:43: `shop-closed` has no attribute `.title`",
            "locales/fr.ftl:8:28: `nothing` is neither a message nor a term of this file",
            "locales/fr.ftl:9:1: the term `-brand` and the message `brand` share an id, which Fluent gives to the first only: the other is at locales/fr.ftl:1:2",
            "locales/fr.ftl:10:13: this selection has no default variant (`*[other] …`), which Fluent requires",
        ]
    );
}
