//! Messages in every locale a catalog ships: a catalog of one's own with German, Polish
//! (plural forms English has not) and Arabic (right to left), read at compile time.
#![cfg(feature = "fluent")]

mod shop;

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
fn a_header_is_negotiated_as_fluent_langneg_looks_up_the_default_among_the_locales() {
    // Common browser headers that prefer the default locale: it is one of the candidates.
    assert_eq!(ShopCode::negotiate_locale("en-US,en;q=0.9,de;q=0.8"), "en");
    assert_eq!(ShopCode::negotiate_locale("en, de;q=0.5"), "en");
    assert_eq!(ShopCode::negotiate_locale("fr, en;q=0.9, de;q=0.8"), "en");
    // Preference by q, a region of a shipped language, nothing served.
    assert_eq!(ShopCode::negotiate_locale("en;q=0.5, pl-PL;q=0.9"), "pl");
    assert_eq!(ShopCode::negotiate_locale("de-AT"), "de");
    assert_eq!(ShopCode::negotiate_locale("ja, ko;q=0.5"), "en");
    assert_eq!(ShopCode::negotiate_locale(""), "en");
    let err = shop_error!(CartNotFound, cart_id = "c-7");
    let tag = ShopCode::negotiate_locale("ja, de-CH;q=0.8");
    assert_eq!(err.display_in(tag), "Warenkorb „c-7“ nicht gefunden");
}

mod seats {
    zingle_errors::zingle_errors!("fixtures/plurals-i18n/codes.toml", module = seats);
}

#[test]
fn a_language_finds_its_regions_and_a_tag_with_extensions_its_locale() {
    use seats::SeatsCode;
    // The default is `en-GB`; `de-DE-u-co-phonebk.ftl` is a locale with an extension.
    assert_eq!(
        SeatsCode::locales().collect::<Vec<_>>(),
        ["en-GB", "de-DE-u-co-phonebk", "fr", "ja", "ru"]
    );
    assert_eq!(
        SeatsCode::negotiate_locale("en"),
        "en-GB",
        "a language finds its region"
    );
    assert_eq!(SeatsCode::negotiate_locale("de"), "de-DE-u-co-phonebk");
    assert_eq!(SeatsCode::negotiate_locale("fr-CA"), "fr");
    let closed = seats::SeatsError::desk_closed();
    // Its file begins with a byte order mark, which is no part of the text.
    assert_eq!(closed.display_in("de"), "Schalter geschlossen");
    assert_eq!(closed.display_in("fr"), "Le guichet Air Exemple est fermé");
    assert_eq!(closed.display_in("ja"), "The desk is closed");
}

#[test]
fn an_error_whose_values_are_not_known_keeps_its_message() {
    let status = zingle_errors::Status::error(404, Some(100), "Somewhere else".to_owned());
    let err = ShopError::from_status(&status).unwrap();
    assert_eq!(err.display_in("de"), "Somewhere else");
}

/// Over a real axum server on 127.0.0.1: each request answered in its own language.
#[cfg(feature = "axum")]
mod over_http {
    use axum::Router;
    use axum::body::Bytes;
    use axum::routing::get;
    use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE};
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;

    use super::shop::{ShopError, shop_error};

    async fn cart(headers: http::HeaderMap) -> axum::response::Response {
        let accept = headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        shop_error!(CartNotFound, cart_id = "c-7").into_response_in(accept)
    }

    async fn ask(base: &str, accept: &str) -> (String, String, ShopError) {
        let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
        let request = http::Request::get(format!("{base}/cart"))
            .header(ACCEPT_LANGUAGE, accept)
            .body(Empty::new())
            .unwrap();
        let response = client.request(request).await.unwrap();
        let language = response.headers()[CONTENT_LANGUAGE]
            .to_str()
            .unwrap()
            .to_owned();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let envelope: zingle_errors::Envelope<()> = serde_json::from_slice(&body).unwrap();
        let description = envelope.status.description.clone().unwrap_or_default();
        (
            language,
            description,
            envelope.into_result_as::<ShopError>().unwrap_err(),
        )
    }

    #[tokio::test]
    async fn two_requests_answered_in_two_languages() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            axum::serve(listener, Router::new().route("/cart", get(cart))).await
        });

        let (language, description, err) = ask(&base, "fr-CA, de;q=0.8, en;q=0.5").await;
        assert_eq!(language, "de");
        assert_eq!(description, "Warenkorb „c-7“ nicht gefunden");
        // The German description is read back as the error it is.
        assert_eq!(err.error_code(), Some(100));
        assert_eq!(err.http_status(), 404);

        let (language, description, _) = ask(&base, "ar-EG").await;
        assert_eq!(language, "ar");
        assert_eq!(description, "لم يتم العثور على السلة «c-7»");

        let (language, description, err) = ask(&base, "ja").await;
        assert_eq!(language, "en");
        assert_eq!(description, "Cart 'c-7' not found");
        assert_eq!(err, shop_error!(CartNotFound, cart_id = "c-7"));

        // A browser's header that prefers the default locale gets it.
        for accept in [
            "en-US,en;q=0.9,de;q=0.8",
            "en, de;q=0.5",
            "fr, en;q=0.9, de;q=0.8",
        ] {
            let (language, description, _) = ask(&base, accept).await;
            assert_eq!(
                (language.as_str(), description.as_str()),
                ("en", "Cart 'c-7' not found"),
                "{accept}"
            );
        }
    }
}

#[test]
fn a_description_that_matched_nothing_is_kept_in_every_locale() {
    // With parameters and without: the server said something else than the catalog.
    for (code, description) in [
        (shop_code!(CartNotFound), "Your cart expired"),
        (shop_code!(ShopClosed), "Closed for inventory until Monday"),
    ] {
        let mut status = zingle_errors::Status::new(400);
        status.error_code = Some(code.code());
        status.description = Some(description.to_owned());
        let err = ShopError::from_status(&status).unwrap();
        for tag in ["de", "pl", "ar", "en"] {
            assert_eq!(err.display_in(tag), description, "{tag}");
        }
    }
    // The catalog's own text of a code without parameters is translated.
    let mut status = zingle_errors::Status::new(400);
    status.error_code = Some(shop_code!(ShopClosed).code());
    status.description = Some("The shop is closed".to_owned());
    let err = ShopError::from_status(&status).unwrap();
    assert_eq!(
        err.display_in("de"),
        ShopError::shop_closed().display_in("de")
    );
}
