//! A few endpoints of a mock Zingle API that answer with real catalog errors; shared
//! by the `mock_server` and `client` examples.

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use serde_json::{Value, json};
use zingle_errors::{Response, ZingleError, zingle_error};

/// The mock API's routes.
pub fn app() -> Router {
    Router::new()
        .route("/v1/contacts/{id}", get(contact))
        .route("/v1/labels/{id}", get(label))
        .route("/v1/services/{id}/plans/{plan}", get(plan))
        .route("/v1/boom", get(|| async { ZingleError::server_error() }))
}

/// Contact `c1` exists; any other is 3000 Contact not found (HTTP 404).
async fn contact(Path(id): Path<String>) -> Result<Response<Value>, ZingleError> {
    match id.as_str() {
        "c1" => Ok(Response::ok(
            200,
            json!({ "id": "c1", "first_name": "Ada" }),
        )),
        _ => Err(ZingleError::contact_not_found()),
    }
}

/// Labels are `lbl_…`; any other id is 3612 Invalid label '{correspondent_id}'.
async fn label(Path(id): Path<String>) -> Result<Response<Value>, ZingleError> {
    if id.starts_with("lbl_") {
        Ok(Response::ok(
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
