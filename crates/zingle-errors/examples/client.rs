//! A client of the Zingle API that turns every response into `Result<_, ZingleError>`
//! and matches on the error's kind:
//! `cargo run -p zingle-errors --features axum --example client [BASE_URL]`.
//! Without a URL it starts the mock API (the `mock_server` example) on a free port.

#[allow(dead_code, reason = "the client runs the mock API, not its banner")]
mod mock_api;

use axum::body::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;
use zingle_errors::{Envelope, ZingleError, code};

type Error = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let base = match std::env::args().nth(1) {
        Some(url) => url,
        None => {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let address = listener.local_addr()?;
            tokio::spawn(async move { axum::serve(listener, mock_api::app()).await });
            format!("http://{address}")
        }
    };
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    for path in [
        "/v1/contacts/c1",
        "/v1/contacts/c9",
        "/v1/labels/lbl_vip",
        "/v1/labels/vip",
        "/v1/services/s1/plans/gold",
        "/v1/boom",
    ] {
        let response = client.get(format!("{base}{path}").parse()?).await?;
        let http_status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        let envelope: Envelope<Value> = serde_json::from_slice(&body)?;
        match envelope.into_result() {
            Ok(result) => println!(
                "GET {path:<28} {http_status} -> {}",
                result.unwrap_or(Value::Null)
            ),
            Err(err) => println!(
                "GET {path:<28} {http_status} -> {} ({}): {}",
                err.error_code()
                    .map_or_else(|| "no code".to_owned(), |c| c.to_string()),
                advice(&err),
                err
            ),
        }
    }
    Ok(())
}

/// What a client might do about an error, by its kind.
fn advice(err: &ZingleError) -> String {
    match err.kind() {
        Some(code!(ContactNotFound)) => "create the contact first".to_owned(),
        Some(code!(InvalidLabel)) => format!(
            "no label {:?}",
            err.arg("correspondent_id").unwrap_or_default()
        ),
        Some(kind) if err.http_status() >= 500 => format!("{}: retry later", kind.name()),
        Some(kind) => kind.name().to_owned(),
        None => "a code this client does not know".to_owned(),
    }
}
