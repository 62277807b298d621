//! An HTTP response, as a client gives it (status, headers, body bytes), read into the
//! result or the error: envelopes, bodies that are none, and `Retry-After`.
#![cfg(feature = "http")]

use std::time::{Duration, SystemTime};

use serde_json::Value;
use zingle_errors::{RetryAfter, ZingleError, code};

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.as_bytes().to_vec()).unwrap()
}

#[test]
fn a_success_gives_its_result() {
    let body = r#"{"status":{"text":"OK","status_code":200},"result":{"id":"c1"}}"#;
    let result = ZingleError::from_http_response::<Value, _>(response(200, &[], body)).unwrap();
    assert_eq!(result, Some(serde_json::json!({"id": "c1"})));
}

#[test]
fn an_error_envelope_gives_its_error_and_keeps_retry_after() {
    let body = r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":3612}}"#;
    let err = ZingleError::from_http_response::<Value, _>(response(
        400,
        &[("content-type", "application/json"), ("retry-after", "30")],
        body,
    ))
    .unwrap_err();
    assert_eq!(err, ZingleError::invalid_label("vip"));
    assert_eq!(err.kind(), Some(code!(InvalidLabel)));
    assert_eq!(
        err.retry_after(),
        Some(RetryAfter::Delay(Duration::from_secs(30)))
    );
    // The body was an envelope: nothing else is kept of it.
    assert_eq!(err.transport().and_then(|t| t.body.as_deref()), None);
}

#[test]
fn a_proxy_page_keeps_the_status_the_content_type_and_the_start_of_the_body() {
    let page = format!(
        "<html><body>502 Bad Gateway{}</body></html>",
        "é".repeat(600)
    );
    let err = ZingleError::from_http_response::<Value, _>(response(
        502,
        &[
            ("content-type", "text/html"),
            ("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ],
        &page,
    ))
    .unwrap_err();
    assert_eq!(err.kind(), None);
    assert_eq!(err.error_code(), None);
    assert_eq!(err.http_status(), 502);
    assert_eq!(err.to_string(), "HTTP 502 Bad Gateway");
    let transport = err.transport().unwrap();
    assert_eq!(transport.content_type.as_deref(), Some("text/html"));
    let start = transport.body.as_deref().unwrap();
    assert!(
        page.starts_with(start) && start.len() <= 512 && start.len() > 500,
        "{start}"
    );
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    assert_eq!(err.retry_after(), Some(RetryAfter::At(at)));
    assert!(std::error::Error::source(&err).is_none());
}

#[test]
fn an_empty_body_is_an_error_of_its_status() {
    let err =
        ZingleError::from_http_response::<Value, _>(response(503, &[("retry-after", "5")], ""))
            .unwrap_err();
    assert_eq!((err.http_status(), err.error_code()), (503, None));
    assert_eq!(err.to_string(), "HTTP 503 Service Unavailable");
    assert_eq!(err.transport().and_then(|t| t.body.as_deref()), Some(""));
    assert_eq!(
        err.retry_after(),
        Some(RetryAfter::Delay(Duration::from_secs(5)))
    );
}

#[test]
fn an_http_error_is_an_error_whatever_the_envelope_says() {
    let success = r#"{"status":{"text":"OK","status_code":200},"result":7}"#;
    let err = ZingleError::from_http_response::<u32, _>(response(500, &[], success)).unwrap_err();
    assert_eq!(err.http_status(), 500);
    assert_eq!(err.kind(), None);
    assert_eq!(err.to_string(), "HTTP 500 Internal Server Error");
    assert_eq!(
        err.transport().and_then(|t| t.body.as_deref()),
        Some(success)
    );
    // The envelope's own error, where it has one, wins over the HTTP status's.
    let reported = r#"{"status":{"text":"Not Found","status_code":404,"description":"Contact not found","error_code":3000}}"#;
    let err = ZingleError::from_http_response::<u32, _>(response(502, &[], reported)).unwrap_err();
    assert_eq!(err.kind(), Some(zingle_errors::ErrorCode::ContactNotFound));
}

#[test]
fn no_content_is_no_result() {
    for status in [204, 205] {
        let read = ZingleError::from_http_response::<u32, _>(response(status, &[], ""));
        assert_eq!(read, Ok(None), "{status}");
    }
    let read = ZingleError::from_http_response::<u32, _>(response(200, &[], ""));
    assert_eq!(read, Ok(None));
    // A 204 with a body (which it must not have) is not read either.
    let read = ZingleError::from_http_response::<u32, _>(response(204, &[], "junk"));
    assert_eq!(read, Ok(None));
}

#[test]
fn a_success_whose_body_cannot_be_read_says_why() {
    let err = ZingleError::from_http_response::<u32, _>(response(
        200,
        &[("content-type", "application/json")],
        r#"{"status":{"text":"OK","status_code":200},"result":"not a number"}"#,
    ))
    .unwrap_err();
    assert_eq!(err.http_status(), 200);
    let cause = std::error::Error::source(&err).expect("why the body was not read");
    assert!(cause.to_string().contains("`result`"), "{cause}");
}

#[test]
fn an_unreadable_retry_after_is_none() {
    let err =
        ZingleError::from_http_response::<Value, _>(response(429, &[("retry-after", "later")], ""))
            .unwrap_err();
    assert_eq!(err.retry_after(), None);
}

/// A catalog of one's own reads HTTP responses the same way.
mod billing {
    zingle_errors::zingle_errors!(
        "fixtures/zero.toml",
        module = billing,
        error = BillingError,
        code_macro = billing_code,
        error_macro = billing_error
    );
}

#[test]
fn any_catalog_reads_http_responses() {
    let body = r#"{"status":{"text":"Not Found","status_code":404,"error_code":0}}"#;
    let err = billing::BillingError::from_http_response::<Value, _>(response(404, &[], body))
        .unwrap_err();
    assert_eq!(err.error_code(), Some(0), "0 is a code like any other");
    assert!(err.kind().is_some());
}
