//! Parameters marked `sensitive` in the catalog: `[redacted]` in `Debug`, every value kept
//! by `Display`, the accessors and the wire; the key checked like every other.
#![deny(warnings, unused_qualifications, clippy::pedantic)]

mod payments;

use payments::{CARD, PaymentCode, PaymentError, payment_error};
use zingle_errors_catalog::codegen::Options;
use zingle_errors_catalog::parse;

#[test]
fn the_code_says_which_parameters_are_sensitive() {
    assert_eq!(
        PaymentCode::CardDeclined.sensitive_params(),
        ["card_number"]
    );
    // In the order of the message's parameters, whatever the order of the list.
    assert_eq!(PaymentCode::CvcMismatch.params(), ["cvc", "card_number"]);
    assert_eq!(
        PaymentCode::CvcMismatch.sensitive_params(),
        ["cvc", "card_number"]
    );
    assert!(PaymentCode::GatewayTimeout.sensitive_params().is_empty());
}

#[test]
fn debug_redacts_the_message_and_the_arguments() {
    let err = PaymentError::card_declined(CARD, "12.00 EUR");
    let debug = format!("{err:?}");
    assert_eq!(
        debug,
        r#"PaymentError { code: Some(4001), kind: Some(CardDeclined), message: "Card [redacted] was declined for 12.00 EUR", args: {"card_number": [redacted], "amount": "12.00 EUR"}, http_status: 402 }"#
    );
    assert!(!format!("{err:#?}").contains(CARD));
    assert!(!format!("{:?}", err.args()).contains(CARD));
}

#[test]
fn a_value_written_twice_is_redacted_both_times() {
    let err = payment_error!(CardExpired, card_number = CARD, month = "2024-01");
    let debug = format!("{err:?}");
    assert!(!debug.contains(CARD), "{debug}");
    assert!(
        debug
            .contains(r#"message: "Card [redacted] expired in 2024-01; replace card [redacted]","#),
        "{debug}"
    );
}

#[test]
fn display_the_accessors_and_the_wire_keep_every_value() {
    let err = PaymentError::card_declined(CARD, "12.00 EUR");
    let message = format!("Card {CARD} was declined for 12.00 EUR");
    assert_eq!(err.to_string(), message);
    assert_eq!(err.message(), message);
    assert_eq!(err.arg("card_number"), Some(CARD));
    assert_eq!(
        err.args().collect::<Vec<_>>(),
        [("card_number", CARD), ("amount", "12.00 EUR")]
    );
    let json = serde_json::to_string(&err.to_envelope()).unwrap();
    assert!(json.contains(&message), "{json}");
    let problem = serde_json::to_string(&err.to_problem()).unwrap();
    assert!(problem.contains(CARD), "{problem}");
}

#[test]
fn an_error_read_from_the_wire_is_redacted_where_its_values_are_found() {
    let mut status = zingle_errors::Status::new(402);
    status.error_code = Some(4001);
    status.description = Some(format!("Card {CARD} was declined for 5 USD"));
    let err = PaymentError::from_status(&status).unwrap();
    assert_eq!(err.arg("card_number"), Some(CARD));
    let debug = format!("{err:?}");
    assert!(
        debug.contains(r#"message: "Card [redacted] was declined for 5 USD","#),
        "{debug}"
    );
    // A description that does not match the template: where the value lies in it is
    // not known, so none of it is shown.
    status.description = Some(format!("Declined: {CARD}"));
    let err = PaymentError::from_status(&status).unwrap();
    assert_eq!(err.to_string(), format!("Declined: {CARD}"));
    let debug = format!("{err:?}");
    assert_eq!(
        debug,
        r#"PaymentError { code: Some(4001), kind: Some(CardDeclined), message: "[redacted]", args: {}, http_status: 402 }"#
    );
}

#[test]
fn debug_of_other_errors_is_unchanged() {
    let err = PaymentError::gateway_timeout("acme", 30);
    assert_eq!(
        format!("{err:?}"),
        r#"PaymentError { code: Some(4101), kind: Some(GatewayTimeout), message: "Gateway acme did not answer within 30s", args: {"gateway": "acme", "seconds": "30"}, http_status: 504 }"#
    );
    // Parameters not given: the template, with no value to hide.
    let err = PaymentError::from(PaymentCode::CardDeclined);
    assert_eq!(
        format!("{err:?}"),
        r#"PaymentError { code: Some(4001), kind: Some(CardDeclined), message: "Card {card_number} was declined for {amount} (parameters not given)", args: {}, http_status: 402 }"#
    );
}

#[test]
fn debug_quotes_the_message_so_a_line_break_from_the_wire_forges_no_log_line() {
    let mut status = zingle_errors::Status::new(504);
    status.error_code = Some(4101);
    status.description = Some("timeout\nlevel=INFO user=admin msg=granted".to_owned());
    let err = PaymentError::from_status(&status).unwrap();
    let debug = format!("{err:?}");
    assert!(!debug.contains('\n'), "{debug}");
    assert!(
        debug.contains(r#"message: "timeout\nlevel=INFO user=admin msg=granted""#),
        "{debug}"
    );
}

#[test]
fn the_alternate_display_is_the_message_as_logs_show_it() {
    let err = PaymentError::card_declined(CARD, "12.00 EUR");
    assert_eq!(
        format!("{err:#}"),
        "Card [redacted] was declined for 12.00 EUR"
    );
    assert_eq!(
        format!("{err}"),
        format!("Card {CARD} was declined for 12.00 EUR")
    );
    let other = PaymentError::gateway_timeout("acme", 30);
    assert_eq!(format!("{other:#}"), format!("{other}"));
}

/// A catalog of one code with `sensitive = <list>`; its faults as strings.
fn faults(list: &str) -> Vec<String> {
    let source = format!(
        "[[category]]\nname = \"Cards\"\ntitle = \"Cards\"\nrange = [1, 9]\nstatus = 402\n\
         [[code]]\ncode = 1\nname = \"CardDeclined\"\ncategory = \"Cards\"\n\
         message = \"Card {{card_number}} declined\"\nsensitive = {list}\n"
    );
    match parse(&source, "codes.toml") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn sensitive_names_are_parameters_of_the_message() {
    assert_eq!(faults("[]"), Vec::<String>::new());
    assert_eq!(faults(r#"["card_number"]"#), Vec::<String>::new());
    assert_eq!(
        faults(r#"["card_numbr", "pin"]"#),
        [
            "codes.toml:11:14: `sensitive` names `card_numbr`, which is no parameter of the message; did you mean `card_number`?; its parameters: card_number",
            "codes.toml:11:28: `sensitive` names `pin`, which is no parameter of the message; its parameters: card_number",
        ]
    );
    assert_eq!(
        faults(r#"["card_number", "card_number"]"#),
        [
            "codes.toml:11:29: `sensitive` names `card_number` twice: already named at codes.toml:11:14"
        ]
    );
    assert_eq!(
        faults(r#""card_number""#),
        ["codes.toml:11:13: `sensitive` must be an array of strings, found string"]
    );
    assert_eq!(
        faults("[4]"),
        ["codes.toml:11:14: `sensitive` must be an array of strings, found integer"]
    );
}

#[test]
fn a_sensitive_parameter_beside_another_is_refused_at_its_name() {
    let source = "[[category]]\nname = \"Cards\"\ntitle = \"Cards\"\nrange = [1, 9]\nstatus = 402\n\
         [[code]]\ncode = 1\nname = \"CardDeclined\"\ncategory = \"Cards\"\n\
         message = \"Card {card_number}{suffix} was declined\"\nsensitive = [\"card_number\"]\n";
    let errors = parse(source, "codes.toml").unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "codes.toml:11:14: `sensitive` names `card_number`, which the message writes right beside `{suffix}` with no text between: a description read back could not be split there, and part of the value would reach logs; put text between them"
        ]
    );
    // Text between them, or the message's edge, is enough.
    for message in [
        "Card {card_number}-{suffix}",
        "{card_number} {suffix}",
        "{suffix}: {card_number}",
    ] {
        let source = source.replace("Card {card_number}{suffix} was declined", message);
        assert!(parse(&source, "codes.toml").is_ok(), "{message}");
    }
}

#[test]
fn the_catalog_keeps_the_list_in_the_order_of_the_parameters() {
    let catalog = parse(include_str!("../fixtures/payments.toml"), "payments.toml").unwrap();
    let entry = catalog.by_name("CvcMismatch").unwrap();
    assert_eq!(entry.sensitive, ["cvc", "card_number"]);
    assert!(
        catalog
            .by_name("GatewayTimeout")
            .unwrap()
            .sensitive
            .is_empty()
    );
}

#[test]
fn the_docs_of_the_variant_and_the_constructor_say_which_parameters_are_sensitive() {
    let catalog = parse(include_str!("../fixtures/payments.toml"), "payments.toml").unwrap();
    let source =
        zingle_errors_catalog::codegen::generate(&catalog, &Options::default()).to_string();
    let note = "Sensitive, written `[redacted]` by `Debug` and in logs (the message and the wire keep it): `cvc`, `card_number`.";
    assert_eq!(source.matches(note).count(), 2, "{source}");
}
