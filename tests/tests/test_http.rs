//! The `http` feature: status codes, and reason phrases checked against `http`'s own.
#![cfg(feature = "http")]

use http::StatusCode;
use zingle_errors::{ErrorCode, ZingleError, code, reason_phrase};

#[test]
fn reason_phrases_match_the_http_crate() {
    for n in 100..=599 {
        let ours = reason_phrase(n);
        let theirs = StatusCode::from_u16(n)
            .ok()
            .and_then(|s| s.canonical_reason());
        assert_eq!(ours, theirs, "{n}");
    }
}

#[test]
fn codes_and_errors_convert_to_status_codes() {
    assert_eq!(StatusCode::from(code!(3612)), StatusCode::BAD_REQUEST);
    assert_eq!(
        StatusCode::from(code!(ContactNotFound)),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        StatusCode::from(&ZingleError::server_error()),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    for &code in ErrorCode::ALL {
        assert_eq!(StatusCode::from(code).as_u16(), code.http_status());
    }
    // A status read from the wire that HTTP cannot carry becomes 500.
    let mut status = zingle_errors::Status::new(400);
    status.status_code = 42;
    status.error_code = Some(3612);
    let err = ZingleError::from_status(&status).unwrap();
    assert_eq!(StatusCode::from(&err), StatusCode::INTERNAL_SERVER_ERROR);
}
