//! The `http` feature: `http::StatusCode` from generated codes and errors, and, with
//! `serde`, the result of an HTTP response read from its status, headers and body.

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

        impl $error {
            /// When the server said to try again (`Retry-After`), where the error was
            /// read from an HTTP response that said.
            #[must_use]
            pub fn retry_after(&self) -> ::core::option::Option<$crate::RetryAfter> {
                self.0.transport().and_then(|t| t.retry_after)
            }

            /// What the HTTP response the error was read from said besides its envelope:
            /// `Retry-After`, and, for a body that was no envelope (a proxy's HTML page,
            /// an empty body), its content type and the start of its text.
            #[must_use]
            pub fn transport(&self) -> ::core::option::Option<&$crate::Transport> {
                self.0.transport()
            }
        }

        $crate::__private::impl_http_client!($code, $error);
    };
}

/// With `serde` too: the result of an HTTP response, read from its status, headers and
/// body.
#[cfg(all(feature = "http", feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http_client {
    ($code:ident, $error:ident) => {
        impl $error {
            /// The result of an HTTP response (status, headers and body, as an HTTP
            /// client gives them), or the error it reports.
            ///
            /// A body that is an envelope is read as [`Envelope`]($crate::Envelope) reads
            /// it. A body that is none (an HTML page from a proxy, JSON of another shape)
            /// is an error of no code of the catalog that keeps the HTTP status, the
            /// content type and the start of the body, and, where the status is no error,
            /// what reading the body found. An HTTP status of 4xx or 5xx is an error
            /// whatever the body says: the envelope's error, or else the status's. A 204
            /// or 205, or a success with an empty body, is `Ok(None)`. Every error keeps
            /// the response's `Retry-After` ([`retry_after`](Self::retry_after)).
            ///
            /// # Errors
            ///
            /// The error the response reports, or that its body is no envelope.
            pub fn from_http_response<T, B>(
                response: $crate::__private::http::Response<B>,
            ) -> ::core::result::Result<::core::option::Option<T>, Self>
            where
                T: $crate::__private::serde::de::DeserializeOwned,
                B: ::core::convert::AsRef<[u8]>,
            {
                $crate::__private::from_http_response::<$code, T, B>(response).map_err($error)
            }
        }
    };
}

/// Without `serde`, no reading of bodies.
#[cfg(all(feature = "http", not(feature = "serde")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http_client {
    ($code:ident, $error:ident) => {};
}

/// How much of a body that is no envelope an error keeps, at most.
#[cfg(all(feature = "http", feature = "serde"))]
const BODY_START: usize = 512;

/// The result of an HTTP response, or the error it reports: see the generated
/// `from_http_response`.
#[cfg(all(feature = "http", feature = "serde"))]
pub fn from_http_response<C, T, B>(
    response: ::http::Response<B>,
) -> Result<Option<T>, crate::__private::Repr<C>>
where
    C: crate::code::Code,
    T: ::serde::de::DeserializeOwned,
    B: AsRef<[u8]>,
{
    use crate::Transport;

    let (parts, body) = response.into_parts();
    let header =
        |name: ::http::header::HeaderName| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let retry_after = header(::http::header::RETRY_AFTER).and_then(crate::RetryAfter::parse);
    let status = parts.status.as_u16();
    let failed = parts.status.is_client_error() || parts.status.is_server_error();
    let body = body.as_ref();
    // No content: nothing to read, and the status says all.
    let no_content = matches!(status, 204 | 205) || (!failed && body.is_empty());
    if no_content {
        return Ok(None);
    }
    // An error of the HTTP status alone, keeping what the body began with.
    let of_status = || {
        let text = String::from_utf8_lossy(body);
        let mut end = text.len().min(BODY_START);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        crate::__private::Repr::<C>::reported(None, status, None, None).with_transport(Transport {
            retry_after,
            content_type: header(::http::header::CONTENT_TYPE).map(Box::from),
            body: Some(Box::from(&text[..end])),
        })
    };
    match serde_json::from_slice::<crate::Envelope<T>>(body) {
        Ok(envelope) => match crate::wire::from_response::<C, T>(envelope) {
            Err(error) => Err(error.with_transport(Transport {
                retry_after,
                ..Transport::default()
            })),
            // An HTTP error whose envelope says success: the HTTP status wins.
            Ok(_) if failed => Err(of_status()),
            Ok(result) => Ok(result),
        },
        // An error status explains itself; a success whose body cannot be read says why.
        Err(_) if failed => Err(of_status()),
        Err(fault) => Err(of_status().with_source(fault)),
    }
}

/// Without the `http` feature, no `http` conversions.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($code:ident, $error:ident) => {};
}
