//! The `http` feature: `http::StatusCode` from generated codes and errors.

/// The `http` status for a number; 500 for one that is no HTTP status.
#[cfg(feature = "http")]
#[must_use]
pub fn status_code(status: u16) -> ::http::StatusCode {
    ::http::StatusCode::from_u16(status).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Implements the `http` conversions of generated types when this crate's `http`
/// feature is on.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($code:ident, $error:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$code> for $crate::__private::http::StatusCode {
            fn from(code: $code) -> Self {
                $crate::__private::status_code(code.http_status())
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<&$error> for $crate::__private::http::StatusCode {
            fn from(error: &$error) -> Self {
                $crate::__private::status_code(error.http_status())
            }
        }
    };
}

/// Without the `http` feature, no `http` conversions.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($code:ident, $error:ident) => {};
}
