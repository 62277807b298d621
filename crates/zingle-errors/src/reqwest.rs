//! The `reqwest` feature: the result of a `reqwest::Response`, read as an
//! `http::Response` is (see the `http` feature's `from_http_response`).

/// The response's status, headers and whole body, as `from_http_response` reads them.
/// The body is read into memory whatever its size (see `from_reqwest_response`).
///
/// # Errors
///
/// The body could not be read (the connection broke, a timeout passed).
#[cfg(feature = "reqwest")]
pub async fn read_reqwest_response(
    mut response: ::reqwest::Response,
) -> Result<::http::Response<impl AsRef<[u8]>>, ::reqwest::Error> {
    let status = response.status();
    let version = response.version();
    let headers = core::mem::take(response.headers_mut());
    let body = response.bytes().await?;
    let mut read = ::http::Response::new(body);
    *read.status_mut() = status;
    *read.version_mut() = version;
    *read.headers_mut() = headers;
    Ok(read)
}

/// Implements a generated error type's `from_reqwest_response` when this crate's
/// `reqwest` feature is on.
#[cfg(feature = "reqwest")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_reqwest {
    ($error:ident) => {
        impl $error {
            /// The result of a `reqwest` response, or the error it reports: the body is
            /// read whole, then the response is read as
            /// [`from_http_response`](Self::from_http_response) reads it (an envelope's
            /// error, or an error of the HTTP status for a body that is no envelope,
            /// `Retry-After` kept).
            ///
            /// The whole body is read into memory, whatever its size, as
            /// `reqwest::Response::json` reads it: a success's body may rightly be large,
            /// so none is refused. A caller wary of huge bodies checks
            /// `response.content_length()` first (`None` where the server did not say,
            /// as for a chunked body).
            ///
            /// Needs the `reqwest` feature of `zingle-errors`, which enables none of
            /// reqwest's own features: a client that speaks HTTPS enables one of its TLS
            /// features (`rustls`, `native-tls`) in its own `Cargo.toml`.
            ///
            /// ```ignore
            /// let response = reqwest::Client::new().get(url).send().await?;
            /// // The outer `?`: the body could not be read; the inner: the error reported.
            /// let contact: Option<Contact> =
            #[doc = concat!("    ", stringify!($error), "::from_reqwest_response(response).await??;")]
            /// ```
            ///
            /// # Errors
            ///
            /// The outer error is reqwest's, where the body could not be read (the
            /// connection broke, a timeout passed): the request failed as it fails when
            /// `send` does, and the server's answer is unknown. The inner one is the
            /// error the response reports, or that its body is no envelope.
            pub async fn from_reqwest_response<T>(
                response: $crate::__private::reqwest::Response,
            ) -> ::core::result::Result<
                ::core::result::Result<::core::option::Option<T>, Self>,
                $crate::__private::reqwest::Error,
            >
            where
                T: $crate::__private::serde::de::DeserializeOwned,
            {
                let response = $crate::__private::read_reqwest_response(response).await?;
                ::core::result::Result::Ok(Self::from_http_response::<T, _>(response))
            }
        }
    };
}

/// Without the `reqwest` feature, no reading of `reqwest` responses.
#[cfg(not(feature = "reqwest"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_reqwest {
    ($error:ident) => {};
}
