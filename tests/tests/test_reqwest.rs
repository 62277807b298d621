//! The `reqwest` feature: the examples' mock API served on 127.0.0.1, called with a
//! `reqwest::Client`, each response read into the result or the error it reports.
#![cfg(feature = "reqwest")]

use std::io::{Read, Write};
use std::time::Duration;

use serde::Deserialize;
use zingle_errors::{RetryAfter, ZingleError, code};

/// The examples' mock API, tested as it is.
#[allow(dead_code, reason = "the test uses the app, not the banner")]
#[path = "../../crates/zingle-errors/examples/mock_api/mod.rs"]
mod mock_api;

mod payments;

/// Serves `app` on a free loopback port; the server stops with the test's runtime.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

/// The mock API's answer to `GET path`, read by `from_reqwest_response`; the body was
/// read whole.
async fn get<T: serde::de::DeserializeOwned>(path: &str) -> Result<Option<T>, ZingleError> {
    let base = serve(mock_api::app()).await;
    let response = reqwest::get(format!("{base}{path}")).await.unwrap();
    ZingleError::from_reqwest_response::<T>(response)
        .await
        .expect("the body was read")
}

#[derive(Debug, Deserialize, PartialEq)]
struct Contact {
    id: String,
    first_name: String,
}

#[tokio::test]
async fn a_success_gives_its_result() {
    let contact = get::<Contact>("/v1/contacts/c1").await.unwrap();
    assert_eq!(
        contact,
        Some(Contact {
            id: "c1".to_owned(),
            first_name: "Ada".to_owned(),
        })
    );
}

#[tokio::test]
async fn an_error_gives_the_typed_error_with_its_parameters_and_message() {
    let err = get::<Contact>("/v1/labels/vip").await.unwrap_err();
    assert_eq!(err, ZingleError::invalid_label("vip"));
    assert_eq!(err.kind(), Some(code!(InvalidLabel)));
    assert_eq!((err.error_code(), err.http_status()), (Some(3612), 400));
    assert_eq!(err.arg("correspondent_id"), Some("vip"));
    assert_eq!(err.to_string(), "Invalid label 'vip'");
    assert_eq!(err.retry_after(), None);
    // The body was an envelope: nothing else is kept of it.
    assert_eq!(err.transport().and_then(|t| t.body.as_deref()), None);
}

#[tokio::test]
async fn retry_after_is_kept() {
    let err = get::<Contact>("/v1/busy").await.unwrap_err();
    assert_eq!(
        (err.kind(), err.error_code(), err.http_status()),
        (None, None, 429)
    );
    assert_eq!(err.description(), Some("Rate limit exceeded"));
    assert!(err.is_retryable());
    assert_eq!(
        err.retry_after(),
        Some(RetryAfter::Delay(Duration::from_secs(30)))
    );
}

#[tokio::test]
async fn a_proxy_page_keeps_the_status_the_content_type_and_the_body() {
    let err = get::<Contact>("/v1/gateway").await.unwrap_err();
    assert_eq!(
        (err.kind(), err.error_code(), err.http_status()),
        (None, None, 502)
    );
    assert_eq!(err.to_string(), "HTTP 502 Bad Gateway");
    let transport = err.transport().expect("what the response said");
    assert_eq!(transport.content_type.as_deref(), Some("text/html"));
    assert_eq!(
        transport.body.as_deref(),
        Some("<html><body><h1>502 Bad Gateway</h1></body></html>")
    );
    assert!(std::error::Error::source(&err).is_none());
}

/// A server that answers the first request with a head promising more body than it
/// sends, then closes the connection.
fn truncating_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        // The whole request read first: a socket closed with unread input resets the
        // connection, and the client could lose the head before reading it.
        let mut request = Vec::new();
        let mut chunk = [0; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut chunk).unwrap();
            assert_ne!(n, 0, "the client closed before its request ended");
            request.extend_from_slice(&chunk[..n]);
        }
        stream
            .write_all(
                b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\
                  content-length: 1000\r\n\r\n{\"status\":{\"status_code\":400,",
            )
            .unwrap();
    });
    format!("http://{address}")
}

#[tokio::test]
async fn a_body_cut_short_is_reqwests_error_not_the_apis() {
    let response = reqwest::get(truncating_server()).await.unwrap();
    assert_eq!(response.status(), 400);
    let err = ZingleError::from_reqwest_response::<Contact>(response)
        .await
        .expect_err("the body was cut short");
    assert!(err.is_body() || err.is_decode(), "{err:?}");
}

/// A catalog of one's own reads `reqwest` responses the same way.
#[tokio::test]
async fn any_catalog_reads_reqwest_responses() {
    use payments::{PaymentError, payment_error};

    let app = axum::Router::new().route(
        "/charge",
        axum::routing::post(|| async {
            payment_error!(
                CardDeclined,
                card_number = payments::CARD,
                amount = "12 EUR"
            )
        }),
    );
    let base = serve(app).await;
    let response = reqwest::Client::new()
        .post(format!("{base}/charge"))
        .send()
        .await
        .unwrap();
    let err = PaymentError::from_reqwest_response::<()>(response)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(err.kind().map(|k| k.name()), Some("CardDeclined"));
    assert_eq!(err.error_code(), Some(4001));
    assert_eq!(err.http_status(), 402);
    assert_eq!(err.arg("amount"), Some("12 EUR"));
    assert_eq!(err.arg("card_number"), Some(payments::CARD));
}
