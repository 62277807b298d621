//! A few endpoints of a mock Zingle API that answer with real catalog errors; shared
//! by the `mock_server` and `client` examples.

use axum::Router;
use axum::extract::Path;
use axum::extract::rejection::JsonRejection;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{Method, StatusCode, Uri};
use axum::routing::{get, post};
use serde_json::{Value, json};
use zingle_errors::{Envelope, Status, ZingleError, zingle_error};

/// The mock API's routes, with what each answers: shown by the server's banner.
pub const ROUTES: &[(&str, &str)] = &[
    (
        "GET  /v1/contacts/{id}",
        "contact c1, else 3000 Contact not found",
    ),
    (
        "GET  /v1/labels/{id}",
        "labels lbl_…, else 3612 Invalid label",
    ),
    (
        "GET  /v1/services/{id}/plans/{plan}",
        "always 2801 Invalid service plan",
    ),
    (
        "POST /v1/contacts",
        "a JSON body echoed, else 2604 Invalid body content",
    ),
    (
        "GET  /v1/boom",
        "2600 Server error, with a cause that is logged, not sent",
    ),
    (
        "GET  /v1/busy",
        "429 Too Many Requests with Retry-After: 30, an envelope with no code",
    ),
    (
        "GET  /v1/gateway",
        "502 Bad Gateway as a proxy in front of the API answers: an HTML page",
    ),
];

/// The mock API's routes; any other answers 404 with a Zingle envelope.
pub fn app() -> Router {
    Router::new()
        .route("/v1/contacts/{id}", get(contact))
        .route("/v1/labels/{id}", get(label))
        .route("/v1/services/{id}/plans/{plan}", get(plan))
        .route("/v1/contacts", post(create_contact))
        .route("/v1/boom", get(boom))
        .route("/v1/busy", get(busy))
        .route("/v1/gateway", get(gateway))
        .fallback(no_route)
        .layer(axum::middleware::map_response(log_errors))
}

/// Logs each error answered, with its cause: the error rides in the response's
/// extensions, and its cause never reaches the body.
async fn log_errors(response: axum::response::Response) -> axum::response::Response {
    if let Some(error) = response.extensions().get::<ZingleError>() {
        let code = error.error_code().unwrap_or_default();
        match std::error::Error::source(error) {
            Some(cause) => eprintln!("answered {code}: {error} (cause: {cause})"),
            None => eprintln!("answered {code}: {error}"),
        }
    }
    response
}

/// A body that is not JSON is 2604, through `?` on axum's rejection.
async fn create_contact(
    body: Result<axum::Json<Value>, JsonRejection>,
) -> Result<Envelope<Value>, ZingleError> {
    let axum::Json(contact) = body?;
    Ok(Envelope::ok(200, contact))
}

/// A server error whose cause stays in the server's log.
async fn boom() -> ZingleError {
    let cause = std::io::Error::other("database connection refused");
    ZingleError::server_error().with_source(cause)
}

/// Too many requests: 429 with `Retry-After`, and an envelope with no error code (the
/// catalog has none for it).
async fn busy() -> impl axum::response::IntoResponse {
    let mut status = Status::new(429);
    status.description = Some("Rate limit exceeded".to_owned());
    ([(RETRY_AFTER, "30")], Envelope::<()>::with_status(status))
}

/// What a proxy in front of the API answers when the API is down: no envelope, HTML.
async fn gateway() -> impl axum::response::IntoResponse {
    (
        StatusCode::BAD_GATEWAY,
        [(CONTENT_TYPE, "text/html")],
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
    )
}

/// Any other route: 404 with the envelope Zingle answers with, and no error code (the
/// catalog has none for a route that does not exist).
async fn no_route(method: Method, uri: Uri) -> Envelope<()> {
    let mut status = Status::new(404);
    status.description = Some(format!("No route for {method} {}", uri.path()));
    Envelope::with_status(status)
}

/// Contact `c1` exists; any other is 3000 Contact not found (HTTP 404).
async fn contact(Path(id): Path<String>) -> Result<Envelope<Value>, ZingleError> {
    match id.as_str() {
        "c1" => Ok(Envelope::ok(
            200,
            json!({ "id": "c1", "first_name": "Ada" }),
        )),
        _ => Err(ZingleError::contact_not_found()),
    }
}

/// Labels are `lbl_…`; any other id is 3612 Invalid label '{correspondent_id}'.
async fn label(Path(id): Path<String>) -> Result<Envelope<Value>, ZingleError> {
    if id.starts_with("lbl_") {
        Ok(Envelope::ok(
            200,
            json!({ "id": id, "display_name": "VIP" }),
        ))
    } else {
        Err(zingle_error!(InvalidLabel, correspondent_id = id))
    }
}

/// Every plan is invalid: 2801 Invalid service plan.
async fn plan(Path((_service, _plan)): Path<(String, String)>) -> ZingleError {
    ZingleError::invalid_service_plan()
}
