//! The `axum` feature against a real axum server on 127.0.0.1, with a real HTTP client.
#![cfg(feature = "axum")]

use axum::Router;
use axum::body::Bytes;
use axum::extract::Path;
use axum::routing::get;
use http::StatusCode;
use http::header::CONTENT_TYPE;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;
use zingle_errors::{Envelope, Problem, ZingleError, code, zingle_error};

async fn label(Path(id): Path<String>) -> Result<Envelope<Value>, ZingleError> {
    if id == "lbl_1" {
        Ok(Envelope::ok(200, serde_json::json!({ "id": id })))
    } else {
        Err(zingle_error!(3612, correspondent_id = id))
    }
}

/// The errors answered, as a logging middleware sees them: with their causes.
static LOGGED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

async fn log_errors(response: axum::response::Response) -> axum::response::Response {
    if let Some(error) = response.extensions().get::<ZingleError>() {
        let cause = std::error::Error::source(error).map(ToString::to_string);
        LOGGED.lock().unwrap().push(format!(
            "{}: {error} (cause: {cause:?})",
            error.error_code().unwrap_or_default()
        ));
    }
    response
}

async fn create(
    body: Result<axum::Json<Value>, axum::extract::rejection::JsonRejection>,
) -> Result<Envelope<Value>, ZingleError> {
    let axum::Json(value) = body?;
    Ok(Envelope::ok(200, value))
}

fn app() -> Router {
    Router::new()
        .route(
            "/boom",
            get(|| async {
                let cause = std::io::Error::other("disk full on db-7");
                ZingleError::server_error().with_source(cause)
            }),
        )
        .route("/contacts", axum::routing::post(create))
        .route("/labels/{id}", get(label))
        .route(
            "/contacts/{id}",
            get(|| async { ZingleError::contact_not_found() }),
        )
        .route(
            "/problem",
            get(|| async { ZingleError::permission_denied().to_problem() }),
        )
        .layer(axum::middleware::map_response(log_errors))
}

/// Serves `app()` on a free loopback port; the server stops with the test's runtime.
async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    format!("http://{address}")
}

async fn get_url(url: &str) -> (StatusCode, String, Bytes) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let response = client.get(url.parse().unwrap()).await.unwrap();
    let status = response.status();
    let content_type = response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    (
        status,
        content_type,
        response.into_body().collect().await.unwrap().to_bytes(),
    )
}

#[tokio::test]
async fn errors_answer_with_their_status_and_the_exact_envelope() {
    let base = serve().await;
    let (status, content_type, body) = get_url(&format!("{base}/labels/vip")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(content_type, "application/json");
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"status":{"text":"Bad Request","status_code":400,"description":"Invalid label 'vip'","error_code":3612}}"#
    );
    let err = serde_json::from_slice::<Envelope<Value>>(&body)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(err, ZingleError::invalid_label("vip"));
    assert_eq!(err.arg("correspondent_id"), Some("vip"));

    let (status, _, body) = get_url(&format!("{base}/contacts/c9")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let err = serde_json::from_slice::<Envelope<Value>>(&body)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(err.kind(), Some(code!(ContactNotFound)));
}

#[tokio::test]
async fn successes_answer_with_the_envelope_and_result() {
    let base = serve().await;
    let (status, _, body) = get_url(&format!("{base}/labels/lbl_1")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"status":{"text":"OK","status_code":200},"result":{"id":"lbl_1"}}"#
    );
    let result = serde_json::from_slice::<Envelope<Value>>(&body)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(result.unwrap()["id"], "lbl_1");
}

#[tokio::test]
async fn problems_answer_as_problem_json() {
    let base = serve().await;
    let (status, content_type, body) = get_url(&format!("{base}/problem")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(content_type, "application/problem+json");
    let problem: Problem = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem, ZingleError::permission_denied().to_problem());
    assert_eq!(problem.code, Some(2602));
}

#[tokio::test]
async fn a_server_error_keeps_its_cause_in_the_log_not_the_body() {
    let base = serve().await;
    let (status, _, body) = get_url(&format!("{base}/boom")).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let body = std::str::from_utf8(&body).unwrap();
    assert_eq!(
        body,
        r#"{"status":{"text":"Internal Server Error","status_code":500,"description":"Server error","error_code":2600}}"#
    );
    assert!(!body.contains("disk full"));
    let logged = LOGGED.lock().unwrap().clone();
    assert!(
        logged.contains(&r#"2600: Server error (cause: Some("disk full on db-7"))"#.to_owned()),
        "{logged:?}"
    );
}

#[tokio::test]
async fn a_body_that_is_not_json_answers_2604() {
    let base = serve().await;
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let request = http::Request::post(format!("{base}/contacts"))
        .header(CONTENT_TYPE, "application/json")
        .body("{not json".to_owned())
        .unwrap();
    let response = client.request(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let err = serde_json::from_slice::<Envelope<Value>>(&body)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(err, ZingleError::invalid_body_content());
    let logged = LOGGED.lock().unwrap().clone();
    assert!(
        logged
            .iter()
            .any(|l| l.starts_with("2604: ") && l.contains("JSON")),
        "the rejection is the cause: {logged:?}"
    );
}

/// The examples' mock API, tested as it is.
#[allow(dead_code, reason = "the test uses the app, not the banner")]
#[path = "../../crates/zingle-errors/examples/mock_api/mod.rs"]
mod mock_api;

#[tokio::test]
async fn the_mock_api_answers_unknown_routes_with_an_envelope() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, mock_api::app()).await });
    let (status, content_type, body) = get_url(&format!("http://{address}/v1/nowhere")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type, "application/json");
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"status":{"text":"Not Found","status_code":404,"description":"No route for GET /v1/nowhere"}}"#
    );
    let err = serde_json::from_slice::<Envelope<Value>>(&body)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!((err.kind(), err.http_status()), (None, 404));
    let (status, _, body) = get_url(&format!("http://{address}/v1/boom")).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!std::str::from_utf8(&body).unwrap().contains("database"));
}
