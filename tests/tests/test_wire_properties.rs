//! Property: every code, with any values, written to the envelope and read back, is the
//! same error. `PROPTEST_CASES=100000 cargo test --test test_wire_properties` tries more.

use std::fmt::Display;

use proptest::prelude::*;
use serde_json::Value;
use serde_json::value::RawValue;
use zingle_errors::{Envelope, ErrorCode, ZingleError};
use zingle_errors_tests::lossless_form;

fn any_code() -> impl Strategy<Value = ErrorCode> {
    proptest::sample::select(ErrorCode::ALL)
}

proptest! {
    #[test]
    fn every_code_with_any_values_round_trips(
        code in any_code(),
        values in proptest::collection::vec(".*", 4),
    ) {
        let args: Vec<(&str, &dyn Display)> = code
            .params()
            .iter()
            .zip(&values)
            .map(|(name, value)| (*name, value as &dyn Display))
            .collect();
        let err = ZingleError::new(code, &args).unwrap();
        let json = serde_json::to_string(&err.to_envelope()).unwrap();
        let response: Envelope<Value> = serde_json::from_str(&json).unwrap();
        let back = response.into_result().unwrap_err();
        prop_assert_eq!(&back, &err);
        prop_assert_eq!(back.to_string(), err.to_string());
        prop_assert_eq!(back.kind(), Some(code));
    }
}

/// An error envelope of the real server's shape, with a character inserted or removed.
fn mutated_envelope() -> impl Strategy<Value = String> {
    const REAL: &str = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Label display name is already in use","error_code":3402},"result":null,"page":"1"}"#;
    (0..REAL.len(), any::<bool>(), any::<char>()).prop_map(|(at, insert, c)| {
        let mut text = REAL.to_owned();
        let at = (0..=at)
            .rev()
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0);
        if insert {
            text.insert(at, c);
        } else if at < text.len() {
            text.remove(at);
        }
        text
    })
}

/// Reading `text` gives a clear error, or a response whose writing is `text` but for its
/// insignificant whitespace, and reads back the same.
fn reads_back_or_refuses(text: &str) -> Result<(), TestCaseError> {
    let Ok(response) = serde_json::from_str::<Envelope<Box<RawValue>>>(text) else {
        return Ok(());
    };
    let written = serde_json::to_string(&response).unwrap();
    prop_assert_eq!(lossless_form(&written), lossless_form(text));
    let again: Envelope<Box<RawValue>> = serde_json::from_str(&written).unwrap();
    prop_assert_eq!(serde_json::to_string(&again).unwrap(), written.as_str());
    prop_assert_eq!(&again.status, &response.status);
    prop_assert_eq!(&again.extra, &response.extra);
    let Ok(response) = serde_json::from_str::<Envelope<Value>>(text) else {
        return Ok(());
    };
    let written = serde_json::to_string(&response).unwrap();
    let again: Envelope<Value> = serde_json::from_str(&written).unwrap();
    prop_assert_eq!(&again, &response);
    prop_assert_eq!(serde_json::to_string(&again).unwrap(), written);
    let (first, second) = (response.into_result(), again.into_result());
    prop_assert_eq!(first.is_ok(), second.is_ok());
    if let (Err(a), Err(b)) = (first, second) {
        prop_assert_eq!(a, b);
    }
    Ok(())
}

proptest! {
    #[test]
    fn mutated_envelopes_read_back_or_are_refused(text in mutated_envelope()) {
        reads_back_or_refuses(&text)?;
    }

    #[test]
    fn arbitrary_text_reads_back_or_is_refused(text in ".*") {
        reads_back_or_refuses(&text)?;
    }
}
