//! Used by generated code. Not public API.

#[cfg(feature = "serde")]
pub use ::serde;
pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

#[cfg(feature = "axum")]
pub use ::axum_core;
#[cfg(feature = "http")]
pub use ::http;

#[cfg(feature = "axum")]
pub use crate::axum::json_response;
pub use crate::code::{Code, Piece, parse_code};
pub use crate::error::Repr;
#[cfg(feature = "http")]
pub use crate::http::status_code;
pub use crate::render::{render, render_to};
#[cfg(feature = "serde")]
pub use crate::serde::deserialize_code;
pub use crate::{
    __impl_axum as impl_axum, __impl_http as impl_http, __impl_serde as impl_serde,
    __impl_wire as impl_wire,
};

/// The error a status reports; `None` when it reports none.
#[cfg(feature = "serde")]
pub fn from_status<C: Code>(status: &crate::Status) -> Option<Repr<C>> {
    status.is_error().then(|| {
        // A status with no error code (a 4xx or 5xx from a proxy, say) gets code 0.
        let code = status.error_code.unwrap_or(0);
        Repr::reported(
            code,
            status.status_code,
            Some(&status.text),
            status.description.as_deref(),
        )
    })
}

#[cfg(feature = "serde")]
pub fn to_response<C: Code>(error: &Repr<C>) -> crate::Response<()> {
    let mut status = crate::Status::new(error.http_status());
    status.text = error.status_text().to_owned();
    status.description = Some(error.message());
    status.error_code = Some(error.error_code());
    crate::Response::with_status(status)
}

#[cfg(feature = "serde")]
pub fn to_problem<C: Code>(error: &Repr<C>) -> crate::Problem {
    crate::Problem {
        type_uri: "about:blank".to_owned(),
        title: error.status_text().to_owned(),
        status: error.http_status(),
        detail: error.message(),
        code: error.error_code(),
    }
}

/// Implements the wire methods of a generated `ZingleError` when this crate's `serde`
/// feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_wire {
    ($error:ident) => {
        impl $error {
            /// The error a Zingle status reports, or `None` when it reports none (no
            /// `error_code` and a `status_code` under 400).
            ///
            /// The code is kept whether the catalogue knows it or not (`kind()` is
            /// `None` for one it does not; a status with no code gets 0), and so are the
            /// description (the error's `Display`), the HTTP status and the status text.
            /// The parameters are recovered by matching the description against the
            /// code's template.
            #[must_use]
            pub fn from_status(status: &$crate::Status) -> ::core::option::Option<Self> {
                $crate::__private::from_status(status).map($error)
            }

            /// The result of a Zingle response, or the error its status reports.
            ///
            /// # Errors
            ///
            /// The error the status reports, as [`from_status`](Self::from_status) reads it.
            pub fn from_response<T>(
                response: $crate::Response<T>,
            ) -> ::core::result::Result<::core::option::Option<T>, Self> {
                match Self::from_status(&response.status) {
                    ::core::option::Option::Some(error) => ::core::result::Result::Err(error),
                    ::core::option::Option::None => ::core::result::Result::Ok(response.result),
                }
            }

            /// The Zingle envelope of this error: `text` (the status's reason phrase),
            /// `status_code`, `description` (the message) and `error_code`, nothing else.
            #[must_use]
            pub fn to_response(&self) -> $crate::Response<()> {
                $crate::__private::to_response(&self.0)
            }

            /// This error as RFC 9457 Problem Details.
            #[must_use]
            pub fn to_problem(&self) -> $crate::Problem {
                $crate::__private::to_problem(&self.0)
            }
        }
    };
}

/// Without the `serde` feature, generated errors have no wire methods.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_wire {
    ($error:ident) => {};
}
