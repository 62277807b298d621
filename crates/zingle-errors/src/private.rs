//! Used by generated code. Not public API.

#[cfg(feature = "serde")]
pub use serde;
pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "http")]
pub use http;

pub use crate::code::{Code, Piece, parse_code};
pub use crate::error::Repr;
pub use crate::render::{render, render_to};
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

#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C: Code, D: serde::Deserializer<'de>>(d: D) -> Result<C, D::Error> {
    use core::fmt;

    use serde::de::{Error, Unexpected, Visitor};

    struct CodeVisitor<C>(core::marker::PhantomData<C>);

    impl<C: Code> CodeVisitor<C> {
        fn known<E: Error>(n: u64) -> Result<C, E> {
            u16::try_from(n).ok().and_then(C::from_code).ok_or_else(|| {
                E::invalid_value(Unexpected::Unsigned(n), &"an error code of the catalogue")
            })
        }
    }

    impl<C: Code> Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error code, as a number or a numeric string")
        }

        fn visit_u64<E: Error>(self, n: u64) -> Result<C, E> {
            Self::known(n)
        }

        fn visit_i64<E: Error>(self, n: i64) -> Result<C, E> {
            let n = u64::try_from(n).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))?;
            Self::known(n)
        }

        fn visit_str<E: Error>(self, s: &str) -> Result<C, E> {
            let n: u64 = s
                .parse()
                .map_err(|_| E::invalid_value(Unexpected::Str(s), &self))?;
            Self::known(n)
        }
    }

    d.deserialize_any(CodeVisitor(core::marker::PhantomData))
}

/// Implements serde for a generated `ErrorCode` when this crate's `serde` feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_u16($crate::__private::Code::code(*self))
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

/// Without the `serde` feature, generated code has no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

/// The `http` status for a number; 500 for one that is no HTTP status.
#[cfg(feature = "http")]
#[must_use]
pub fn status_code(status: u16) -> http::StatusCode {
    http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
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

/// A response with this status, content type and JSON body (500 and no body should
/// the value not serialize).
#[cfg(feature = "axum")]
pub fn json_response<T: serde::Serialize + ?Sized>(
    status: u16,
    content_type: &'static str,
    value: &T,
) -> axum_core::response::Response {
    use axum_core::body::Body;
    let (status, body) = match serde_json::to_vec(value) {
        Ok(body) => (status_code(status), Body::from(body)),
        Err(_) => (http::StatusCode::INTERNAL_SERVER_ERROR, Body::empty()),
    };
    let mut response = axum_core::response::Response::new(body);
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static(content_type),
    );
    response
}

/// Implements axum's `IntoResponse` for a generated `ZingleError` when this crate's
/// `axum` feature is on.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($error:ident) => {
        /// Answers with the error's HTTP status and its Zingle JSON envelope.
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $error {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::json_response(
                    self.http_status(),
                    "application/json",
                    &self.to_response(),
                )
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
