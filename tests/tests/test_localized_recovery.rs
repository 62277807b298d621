//! Reading an envelope whose description is in one of the catalog's locales: the values
//! of a translation without selectors are found again, as they are in the default
//! locale's message; the description itself is kept as it came.
#![cfg(feature = "fluent")]

mod shop;

mod notes {
    zingle_errors::zingle_errors!("fixtures/notes-i18n/codes.toml", module = notes);
}

use shop::{ShopCode, ShopError, shop_code, shop_error};
use std::path::Path;

use zingle_errors::__private::Code;
use zingle_errors::{Envelope, Status};
use zingle_errors_catalog::Piece;

/// The error an envelope carrying `description` reports, read from its JSON.
fn read_envelope<E: zingle_errors::FromStatus>(code: u16, status: u16, description: &str) -> E {
    let envelope =
        Envelope::<()>::with_status(Status::error(status, Some(code), description.to_owned()));
    let json = serde_json::to_string(&envelope).unwrap();
    let response: Envelope<serde_json::Value> = serde_json::from_str(&json).unwrap();
    E::from_status(&response.status).unwrap()
}

fn read_shop(code: ShopCode, description: &str) -> ShopError {
    read_envelope(code.code(), code.http_status(), description)
}

#[test]
fn a_description_in_each_locale_gives_back_its_values() {
    let sent = shop_error!(CartNotFound, cart_id = "c-7");
    for tag in ShopCode::locales() {
        let description = sent.display_in(tag);
        let read = read_shop(shop_code!(CartNotFound), &description);
        assert_eq!(read.arg("cart_id"), Some("c-7"), "{tag}: {description}");
        assert_eq!(read.args().collect::<Vec<_>>(), [("cart_id", "c-7")]);
        // Kept as it came: the message is the description, not the default locale's.
        assert_eq!(read.description(), Some(description.as_str()));
        assert_eq!(read.to_string(), description);
        // The same error as the one sent, whatever the language it came in.
        assert_eq!(read, sent, "{tag}");
        // Shown again in another locale with the values found.
        assert_eq!(read.display_in("de"), "Warenkorb „c-7“ nicht gefunden");
    }
}

#[test]
fn right_to_left_text_and_values_read_back() {
    let sent = shop_error!(CartNotFound, cart_id = "سلة-٧");
    let description = sent.display_in("ar");
    assert_eq!(description, "لم يتم العثور على السلة «سلة-٧»");
    let read = read_shop(shop_code!(CartNotFound), &description);
    assert_eq!(read.arg("cart_id"), Some("سلة-٧"));
    assert_eq!(read.to_string(), description);
}

#[test]
fn a_message_with_a_selector_is_read_but_its_values_are_not_found() {
    // Every locale writes ItemsLeft with a plural: which variant was written depends on
    // the count, so the text is not a template its values can be read from.
    let index = Code::index(shop_code!(ItemsLeft));
    for table in <ShopCode as Code>::LOCALES {
        let compiled = table.message(index).expect("every locale translates it");
        assert_eq!(
            zingle_errors_core::plain_pieces(compiled),
            None,
            "{}",
            table.tag
        );
    }
    let sent = shop_error!(ItemsLeft, count = 3u32, cart_id = "c-7");
    for tag in ["de", "pl", "ar"] {
        let description = sent.display_in(tag);
        let read = read_shop(shop_code!(ItemsLeft), &description);
        assert_eq!(read.kind(), Some(shop_code!(ItemsLeft)));
        assert_eq!((read.arg("count"), read.args().count()), (None, 0), "{tag}");
        assert_eq!(read.to_string(), description);
        assert_eq!(read.display_in("en"), description, "kept as it came");
    }
}

#[test]
fn a_description_in_no_locale_keeps_no_values() {
    let read = read_shop(shop_code!(CartNotFound), "Panier « c-7 » introuvable");
    assert_eq!((read.arg("cart_id"), read.args().count()), (None, 0));
    assert_eq!(read.to_string(), "Panier « c-7 » introuvable");
    assert_ne!(read, shop_error!(CartNotFound, cart_id = "c-7"));
}

#[test]
fn the_default_locale_still_reads_first() {
    let read = read_shop(shop_code!(CartNotFound), "Cart 'Warenkorb „c-7“' not found");
    assert_eq!(read.arg("cart_id"), Some("Warenkorb „c-7“"));
    let read = read_shop(shop_code!(ShopClosed), "Der Laden ist geschlossen");
    assert_eq!(read.to_string(), "Der Laden ist geschlossen");
    assert_eq!(read, ShopError::shop_closed());
}

/// `pieces` filled with `values`, one per parameter.
fn filled(pieces: &[Piece], values: &[&str]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(text) => text.as_str(),
            Piece::Param(i) => values[*i],
        })
        .collect()
}

#[test]
fn what_is_matched_is_what_display_in_writes() {
    use notes::{NotesCode as ErrorCode, NotesError as Error};
    let values = |code: ErrorCode| -> Vec<&str> {
        let all = ["n-1", "Bureau / 2", "x", "y"];
        all[..code.params().len()].to_vec()
    };
    let build = |code: ErrorCode| {
        let params = code.params();
        let values = values(code);
        let args: Vec<(&str, &dyn std::fmt::Display)> = params
            .iter()
            .zip(&values)
            .map(|(p, v)| (*p, v as &dyn std::fmt::Display))
            .collect();
        Error::new(code, &args).unwrap()
    };
    // The translations split as the macro splits them, filled, are what Fluent writes.
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notes-i18n/codes.toml");
    let catalog = zingle_errors_catalog::load(&file, "codes.toml").unwrap();
    let (locales, errors) = zingle_errors_catalog::catalog_locales(&catalog, &file, "codes.toml");
    assert!(errors.is_none());
    let mut recoverable = Vec::new();
    for locale in &locales {
        for code in locale.translated() {
            let Some(pieces) = locale.pieces(&catalog, code) else {
                continue;
            };
            let code = ErrorCode::from_code(code).unwrap();
            let sent = build(code);
            let tag = locale.tag.as_str();
            assert_eq!(
                filled(&pieces, &values(code)),
                sent.display_in(tag),
                "{code} in {tag}"
            );
            recoverable.push((code.name(), tag));
        }
    }
    recoverable.sort_by_key(|&(name, tag)| (ErrorCode::from_name(name), tag));
    // Text and values alone (multiline, with CRLF line ends in `it.ftl`, string
    // literals, a term written in place, parameters reordered or used twice) read back;
    // a selection (a plural) does not. The generated table holds the same.
    assert_eq!(
        recoverable,
        [
            ("NoteMoved", "de"),
            ("NoteMoved", "fr"),
            ("NoteMoved", "it"),
            ("NoteRenamed", "de"),
            ("NoteRenamed", "fr"),
            ("QuotaUsed", "de"),
            ("NoteEchoed", "fr"),
        ]
    );
    let generated: Vec<(&str, &str)> = ErrorCode::ALL
        .iter()
        .flat_map(|&code| {
            <ErrorCode as Code>::LOCALES
                .iter()
                .filter_map(move |table| {
                    let pieces = zingle_errors_core::plain_pieces(table.message(code.index())?)?;
                    zingle_errors_core::reads_back(&pieces, code.params().len())
                        .then_some((code.name(), table.tag))
                })
        })
        .collect();
    assert_eq!(generated, recoverable);
    for (name, tag) in recoverable {
        let code = ErrorCode::from_name(name).unwrap();
        let sent = build(code);
        let description = sent.display_in(tag);
        let read: Error = read_envelope(code.code(), code.http_status(), &description);
        let expected: Vec<(&str, &str)> = code.params().iter().copied().zip(values(code)).collect();
        assert_eq!(
            read.args().collect::<Vec<_>>(),
            expected,
            "{name} in {tag}: {description:?}"
        );
        assert_eq!(read.to_string(), description);
    }
}

#[test]
fn multiline_text_reads_back_as_fluent_writes_it() {
    use notes::NotesError as Error;
    let sent = Error::note_moved("n-1", "Bureau / 2");
    let description = sent.display_in("fr");
    assert_eq!(
        description,
        "La note n-1 a été déplacée\n  vers Bureau / 2\n\n(voir le journal)"
    );
    let read: Error = read_envelope(1, 400, &description);
    assert_eq!(
        (read.arg("from"), read.arg("to")),
        (Some("n-1"), Some("Bureau / 2"))
    );
}

#[test]
fn a_value_that_looks_like_a_number_is_shown_and_read_back_as_given() {
    // Fluent would write these numbers otherwise: 7, 4930123, 1000, 0.5, a rounded float.
    for value in [
        "007",
        "+4930123",
        "1e3",
        ".5",
        "12345678901234567890",
        "3",
        "2.50",
    ] {
        let sent = shop_error!(CartNotFound, cart_id = value);
        for tag in ShopCode::locales() {
            let description = sent.display_in(tag);
            assert!(description.contains(value), "{tag}: {description}");
            let read = read_shop(shop_code!(CartNotFound), &description);
            assert_eq!(read.arg("cart_id"), Some(value), "{tag}: {description}");
            assert_eq!(read, sent, "{tag}");
        }
    }
    // A number written back as given still selects its plural form.
    let few = shop_error!(ItemsLeft, count = 3, cart_id = "c-7");
    assert_eq!(few.display_in("pl"), "W koszyku „c-7” zostały 3 produkty");
}
