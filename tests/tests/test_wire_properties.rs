//! Property: every code, with any values, written to the envelope and read back, is the
//! same error. `PROPTEST_CASES=100000 cargo test --test test_wire_properties` tries more.

use std::fmt::Display;

use proptest::prelude::*;
use serde_json::Value;
use zingle_errors::{ErrorCode, Response, ZingleError};

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
        let json = serde_json::to_string(&err.to_response()).unwrap();
        let response: Response<Value> = serde_json::from_str(&json).unwrap();
        let back = response.into_result().unwrap_err();
        prop_assert_eq!(&back, &err);
        prop_assert_eq!(back.to_string(), err.to_string());
        prop_assert_eq!(back.kind(), Some(code));
    }
}
