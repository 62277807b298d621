//! Messages in every locale a catalog ships: a catalog of one's own with German, Polish
//! (plural forms English has not) and Arabic (right to left), read at compile time.
#![cfg(feature = "fluent")]

mod shop {
    zingle_errors::zingle_errors!(
        "fixtures/shop-i18n/codes.toml",
        module = shop,
        code = ShopCode,
        error = ShopError,
        category = ShopCategory,
        code_macro = shop_code,
        error_macro = shop_error,
    );
}

use shop::{ShopCode, ShopError, shop_code, shop_error};

#[test]
fn a_message_in_the_locale_that_serves_the_tag_best() {
    let err = shop_error!(CartNotFound, cart_id = "c-7");
    assert_eq!(err.display_in("de"), "Warenkorb „c-7“ nicht gefunden");
    assert_eq!(err.display_in("de-CH"), "Warenkorb „c-7“ nicht gefunden");
    assert_eq!(err.display_in("en-GB"), "Cart 'c-7' not found");
    assert_eq!(err.display_in("fr"), err.to_string());
    // Polish leaves this code to the default locale.
    assert_eq!(
        ShopError::shop_closed().display_in("pl"),
        "The shop is closed"
    );
}

#[test]
fn plurals_follow_each_languages_rules() {
    let left = |count: u32| shop_error!(ItemsLeft, count = count, cart_id = "c-7");
    assert_eq!(
        left(1).display_in("de"),
        "Ein Artikel ist noch im Warenkorb „c-7“"
    );
    assert_eq!(
        left(4).display_in("de"),
        "4 Artikel sind noch im Warenkorb „c-7“"
    );
    assert_eq!(left(1).display_in("pl"), "W koszyku „c-7” został 1 produkt");
    assert_eq!(
        left(3).display_in("pl"),
        "W koszyku „c-7” zostały 3 produkty"
    );
    assert_eq!(
        left(5).display_in("pl"),
        "W koszyku „c-7” zostało 5 produktów"
    );
    assert_eq!(
        left(22).display_in("pl"),
        "W koszyku „c-7” zostały 22 produkty"
    );
    assert_eq!(left(1).display_in("en"), "1 items are left in cart 'c-7'");
}

#[test]
fn right_to_left_text_has_no_isolation_marks_around_values() {
    let two = shop_error!(ItemsLeft, count = 2u8, cart_id = "c-7").display_in("ar");
    assert_eq!(two, "بقي عنصران في السلة «c-7»");
    let eleven = shop_error!(ItemsLeft, count = 11u8, cart_id = "c-7").display_in("ar");
    assert_eq!(eleven, "بقي 11 عنصرًا في السلة «c-7»");
    for mark in ['\u{2068}', '\u{2069}'] {
        assert!(!eleven.contains(mark));
    }
}

#[test]
fn templates_and_explanations_in_a_locale() {
    let code = shop_code!(CartNotFound);
    assert_eq!(
        code.message_in("de"),
        "Warenkorb „{cart_id}“ nicht gefunden"
    );
    assert_eq!(code.message_in("fr"), "Cart '{cart_id}' not found");
    assert_eq!(
        code.explanation_in("de").as_deref(),
        Some("Der Warenkorb wurde geleert oder hat nie existiert.")
    );
    assert_eq!(
        code.explanation_in("pl").as_deref(),
        Some("The cart was emptied, or never existed.")
    );
    assert_eq!(
        ShopCode::locales().collect::<Vec<_>>(),
        ["en", "ar", "de", "pl"]
    );
}

#[test]
fn an_error_whose_values_are_not_known_keeps_its_message() {
    let status = zingle_errors::Status::error(404, Some(100), "Somewhere else".to_owned());
    let err = ShopError::from_status(&status).unwrap();
    assert_eq!(err.display_in("de"), "Somewhere else");
}
