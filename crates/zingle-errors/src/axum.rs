//! The `axum` feature: axum's `IntoResponse` for generated errors, `Envelope` and
//! `Problem`, each answering with its HTTP status and JSON body; and axum's JSON body
//! rejection as Zingle's code for invalid JSON.

#[cfg(feature = "axum")]
use {
    crate::http::status_code,
    crate::wire::{Envelope, Problem},
    ::axum::body::Body,
    ::axum::response::{IntoResponse, Response},
    ::http::{HeaderValue, StatusCode, header},
};

/// A response with this status, content type and JSON body (500 and no body should
/// the value not serialize).
#[cfg(feature = "axum")]
pub fn json_response<T: ::serde::Serialize + ?Sized>(
    status: u16,
    content_type: &'static str,
    value: &T,
) -> Response {
    let (status, body) = match serde_json::to_vec(value) {
        Ok(body) => (status_code(status), Body::from(body)),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, Body::empty()),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Answers with the status's `status_code` and the envelope as JSON.
#[cfg(feature = "axum")]
impl<T: ::serde::Serialize> IntoResponse for Envelope<T> {
    fn into_response(self) -> Response {
        json_response(self.status.status_code, "application/json", &self)
    }
}

/// Answers with the problem's status (500 if it has none) and the problem as
/// `application/problem+json`.
#[cfg(feature = "axum")]
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        json_response(self.status.unwrap_or(500), Problem::CONTENT_TYPE, &self)
    }
}

/// A request body that axum's `Json` extractor refused is Zingle's 2604
/// `InvalidBodyContent`, with the rejection as its cause, so that a handler taking
/// `Result<Json<T>, JsonRejection>` answers with `?` as Zingle does.
///
/// ```
/// use axum::extract::rejection::JsonRejection;
/// use zingle_errors::{ZingleError, code};
///
/// fn read(body: Result<axum::Json<serde_json::Value>, JsonRejection>) -> Result<(), ZingleError> {
///     let _body = body?;
///     Ok(())
/// }
/// # let _ = read;
/// ```
///
/// Which code of a catalog of one's own means "the body could not be read" is the
/// catalog's to say, so its crate writes the same three lines for its own error type
/// (its crate owns the type, so the orphan rule allows it):
///
/// ```
/// pub mod billing {
///     zingle_errors::zingle_errors!("codes.toml", module = billing, code = BillingCode,
///         error = BillingError, category = BillingCategory, code_macro = billing_code,
///         error_macro = billing_error);
/// }
/// use axum::extract::rejection::JsonRejection;
/// use billing::BillingError;
///
/// impl From<JsonRejection> for BillingError {
///     fn from(rejection: JsonRejection) -> Self {
///         BillingError::invalid_body_content().with_source(rejection)
///     }
/// }
/// # fn main() {}
/// ```
#[cfg(all(feature = "axum", feature = "zingle"))]
impl From<::axum::extract::rejection::JsonRejection> for crate::ZingleError {
    fn from(rejection: ::axum::extract::rejection::JsonRejection) -> Self {
        Self::invalid_body_content().with_source(rejection)
    }
}

/// Implements axum's `IntoResponse` for a generated `ZingleError` when this crate's
/// `axum` feature is on.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($error:ident) => {
        /// Answers with the error's HTTP status and its JSON envelope; the error
        /// itself, cause included, is kept in the response's extensions, where a
        /// middleware can log it (the cause never reaches the body).
        #[automatically_derived]
        impl $crate::__private::axum::response::IntoResponse for $error {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                let mut response = $crate::__private::json_response(
                    self.http_status(),
                    "application/json",
                    &self.to_envelope(),
                );
                response.extensions_mut().insert(self);
                response
            }
        }
    };
}

/// Without the `axum` feature, no `IntoResponse`.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($error:ident) => {};
}
