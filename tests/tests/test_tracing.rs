//! The `tracing` feature: `err.trace(level)` emits one event whose fields are the error's
//! code, name, category, status, retryability and parameters, each sensitive value
//! redacted; checked on what a subscriber writes as JSON.
#![cfg(feature = "tracing")]
#![deny(warnings, unused_qualifications, clippy::pedantic)]

use std::io;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tracing::Level;
use tracing_subscriber::fmt::MakeWriter;

mod payments;

use payments::{CARD, PaymentError, payment_error};

/// What a subscriber writes, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Self;

    fn make_writer(&'a self) -> Self {
        self.clone()
    }
}

/// The events `emit` gives, as the JSON subscriber writes them (at most `max` level),
/// and the raw text.
fn events_at(max: Level, emit: impl FnOnce()) -> (Vec<Value>, String) {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .without_time()
        .with_max_level(max)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, emit);
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let events = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    (events, text)
}

fn events(emit: impl FnOnce()) -> (Vec<Value>, String) {
    events_at(Level::TRACE, emit)
}

/// The `error.args` field, read as the JSON object it holds.
fn args(event: &Value) -> Value {
    serde_json::from_str(event["fields"]["error.args"].as_str().unwrap()).unwrap()
}

#[test]
fn one_event_with_the_errors_fields_and_sensitive_values_redacted() {
    let err = PaymentError::card_declined(CARD, "12.00 EUR");
    let (events, text) = events(|| err.trace(Level::WARN));
    assert_eq!(events.len(), 1, "{text}");
    let event = &events[0];
    assert_eq!(event["level"], "WARN");
    assert_eq!(event["target"], "test_tracing::payments");
    let mut fields = event["fields"].clone();
    fields["error.args"] = args(event);
    assert_eq!(
        fields,
        json!({
            "message": "Card [redacted] was declined for 12.00 EUR",
            "error.code": 4001,
            "error.name": "CardDeclined",
            "error.category": "Cards",
            "error.catalog": "payments",
            "error.http_status": 402,
            "error.retryable": false,
            "error.args": {"card_number": "[redacted]", "amount": "12.00 EUR"},
        })
    );
    assert!(!text.contains(CARD), "{text}");
    // The error itself keeps the value: the wire is unchanged.
    assert_eq!(err.arg("card_number"), Some(CARD));
}

#[test]
fn each_level_is_the_events_level() {
    let err = PaymentError::gateway_timeout("acme", 30);
    for (level, name) in [
        (Level::ERROR, "ERROR"),
        (Level::WARN, "WARN"),
        (Level::INFO, "INFO"),
        (Level::DEBUG, "DEBUG"),
        (Level::TRACE, "TRACE"),
    ] {
        let (events, text) = events(|| err.trace(level));
        assert_eq!(events.len(), 1, "{text}");
        assert_eq!(events[0]["level"], name);
        assert_eq!(events[0]["fields"]["error.retryable"], true);
        assert_eq!(events[0]["fields"]["error.http_status"], 504);
        assert_eq!(
            args(&events[0]),
            json!({"gateway": "acme", "seconds": "30"})
        );
    }
}

#[test]
fn a_level_the_subscriber_leaves_out_emits_nothing() {
    let err = PaymentError::gateway_timeout("acme", 30);
    let (events, _) = events_at(Level::INFO, || err.trace(Level::DEBUG));
    assert!(events.is_empty());
    let (events, _) = events_at(Level::INFO, || err.trace(Level::ERROR));
    assert_eq!(events.len(), 1);
}

#[test]
fn an_error_the_catalog_does_not_know_has_its_code_and_no_name() {
    let mut status = zingle_errors::Status::new(503);
    status.error_code = Some(9999);
    status.description = Some("Down for maintenance".to_owned());
    let err = PaymentError::from_status(&status).unwrap();
    let (events, _) = events(|| err.trace(Level::ERROR));
    let fields = &events[0]["fields"];
    assert_eq!(fields["message"], "Down for maintenance");
    assert_eq!(fields["error.code"], 9999);
    assert_eq!(fields["error.http_status"], 503);
    assert_eq!(fields["error.retryable"], true);
    for absent in ["error.name", "error.category"] {
        assert!(fields.get(absent).is_none(), "{fields}");
    }
    assert_eq!(args(&events[0]), json!({}));
}

#[test]
fn a_description_whose_values_are_not_found_is_redacted_whole() {
    let mut status = zingle_errors::Status::new(402);
    status.error_code = Some(4001);
    status.description = Some(format!("Declined: {CARD}"));
    let err = PaymentError::from_status(&status).unwrap();
    let (events, text) = events(|| err.trace(Level::WARN));
    assert_eq!(events[0]["fields"]["message"], "[redacted]");
    assert!(!text.contains(CARD), "{text}");
}

#[test]
fn a_value_written_twice_is_redacted_twice_and_the_cause_is_a_field() {
    let err = payment_error!(CardExpired, card_number = CARD, month = "2024-01")
        .with_source(io::Error::other("issuer unreachable"));
    let (events, text) = events(|| err.trace(Level::ERROR));
    let fields = &events[0]["fields"];
    assert_eq!(
        fields["message"],
        "Card [redacted] expired in 2024-01; replace card [redacted]"
    );
    assert_eq!(fields["error.source"], "issuer unreachable");
    assert!(!text.contains(CARD), "{text}");
}

#[test]
fn a_cause_of_a_catalog_is_recorded_redacted() {
    let cause = PaymentError::card_declined(CARD, "12.00 EUR");
    let err = PaymentError::gateway_timeout("acme", 30).with_source(cause);
    let (events, text) = events(|| err.trace(Level::ERROR));
    assert_eq!(
        events[0]["fields"]["error.source"],
        "Card [redacted] was declined for 12.00 EUR"
    );
    assert!(!text.contains(CARD), "{text}");
}

#[test]
fn parameter_values_are_escaped_json() {
    let awkward = "quote \" backslash \\ newline \n tab \t bell \u{7} é 😀";
    let err = PaymentError::gateway_timeout(awkward, "</script>");
    let (events, _) = events(|| err.trace(Level::INFO));
    assert_eq!(
        args(&events[0]),
        json!({"gateway": awkward, "seconds": "</script>"})
    );
}

#[test]
fn the_zingle_catalog_traces_under_its_own_name() {
    let err = zingle_errors::ZingleError::invalid_label("vip");
    let (events, _) = events(|| err.trace(Level::WARN));
    let event = &events[0];
    assert_eq!(event["target"], "zingle_errors");
    assert_eq!(event["fields"]["message"], "Invalid label 'vip'");
    assert_eq!(event["fields"]["error.catalog"], "zingle");
    assert_eq!(event["fields"]["error.category"], "Messages");
    assert_eq!(args(event), json!({"correspondent_id": "vip"}));
}

/// A value built of the payments templates' own words, digits and any text: what could
/// make a description split wrongly.
fn hostile_value() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let part = prop_oneof![
        Just("Card ".to_owned()),
        Just(" was declined for ".to_owned()),
        Just(" expired in ".to_owned()),
        Just("; replace card ".to_owned()),
        Just("CVC ".to_owned()),
        Just(" does not match card ".to_owned()),
        "[0-9]{0,6}",
        ".{0,4}",
    ];
    proptest::collection::vec(part, 0..4).prop_map(|parts| parts.concat())
}

proptest::proptest! {
    /// Built here or read back from the wire, an error of a code with a sensitive
    /// parameter logs (in `Debug` and in every field of its event) its message with each
    /// sensitive value `[redacted]` and every other value as it was given, or the whole
    /// message `[redacted]`: no part of a sensitive value is ever taken for another
    /// parameter's, whatever the values hold. `PROPTEST_CASES=10000` runs it longer.
    #[test]
    fn no_part_of_a_sensitive_value_reaches_a_log(
        code in 0..3_usize,
        a in hostile_value(),
        b in hostile_value(),
    ) {
        let (built, message, expected_args) = match code {
            0 => (
                PaymentError::card_declined(&a, &b),
                format!("Card [redacted] was declined for {b}"),
                json!({"card_number": "[redacted]", "amount": b}),
            ),
            1 => (
                PaymentError::card_expired(&a, &b),
                format!("Card [redacted] expired in {b}; replace card [redacted]"),
                json!({"card_number": "[redacted]", "month": b}),
            ),
            _ => (
                PaymentError::cvc_mismatch(&a, &b),
                "CVC [redacted] does not match card [redacted]".to_owned(),
                json!({"cvc": "[redacted]", "card_number": "[redacted]"}),
            ),
        };
        let body = serde_json::to_string(&built.to_envelope()).unwrap();
        let envelope: payments::envelope::Envelope<()> = serde_json::from_str(&body).unwrap();
        let read = envelope.into_result_as::<PaymentError>().unwrap_err();
        for (err, from_wire) in [(&built, false), (&read, true)] {
            let (events, _) = events(|| err.trace(Level::WARN));
            let fields = &events[0]["fields"];
            let whole = fields["message"] == "[redacted]";
            proptest::prop_assert!(from_wire || !whole, "built here: the values are known");
            if whole {
                proptest::prop_assert_eq!(args(&events[0]), json!({}));
                let debug = format!("{err:?}");
                proptest::prop_assert!(debug.contains(r#"message: "[redacted]""#), "{}", debug);
            } else {
                proptest::prop_assert_eq!(&fields["message"], &json!(message));
                proptest::prop_assert_eq!(args(&events[0]), expected_args.clone());
                let debug = format!("{err:?}");
                let shown = format!("message: {message:?}");
                proptest::prop_assert!(debug.contains(&shown), "{}", debug);
            }
        }
    }
}
