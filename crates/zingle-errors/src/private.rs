//! Used by generated code. Not public API.

use core::fmt::{self, Display};
use core::hash::Hash;

#[cfg(feature = "serde")]
pub use serde;
pub use zingle_errors_macros::{__code as code, __zingle_error as zingle_error};

#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "http")]
pub use http;

pub use crate::{
    __impl_axum as impl_axum, __impl_http as impl_http, __impl_serde as impl_serde,
    __impl_wire as impl_wire,
};
use crate::{Args, ParseCodeError, RenderError};

/// A piece of a message template, as generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    /// Literal text.
    Lit(&'static str),
    /// The parameter at this index of `params()`.
    Param(usize),
}

/// What generic code needs of a generated `ErrorCode`.
pub trait Code: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static {
    fn code(self) -> u16;
    fn from_code(code: u16) -> Option<Self>;
    fn name(self) -> &'static str;
    fn params(self) -> &'static [&'static str];
    fn pieces(self) -> &'static [Piece];
    fn http_status(self) -> u16;
    fn all() -> &'static [Self];
}

pub fn parse_code<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    let found = match s.parse::<u16>() {
        Ok(n) => C::from_code(n),
        Err(_) => C::all().iter().copied().find(|c| c.name() == s),
    };
    found.ok_or_else(|| ParseCodeError {
        input: s.to_owned(),
    })
}

/// Checks `args` against the code's parameters without allocating on success.
fn check<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<(), RenderError> {
    let params = code.params();
    for (i, (name, _)) in args.iter().enumerate() {
        if !params.contains(name) {
            return Err(RenderError::Unknown {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
                expected: params,
            });
        }
        if args[..i].iter().any(|(n, _)| n == name) {
            return Err(RenderError::Duplicate {
                code: code.code(),
                name: code.name(),
                param: (*name).to_owned(),
            });
        }
    }
    if let Some(param) = params.iter().find(|p| !args.iter().any(|(n, _)| n == *p)) {
        return Err(RenderError::Missing {
            code: code.code(),
            name: code.name(),
            param,
        });
    }
    Ok(())
}

pub fn render_to<C: Code, W: fmt::Write + ?Sized>(
    code: C,
    out: &mut W,
    args: &[(&str, &dyn Display)],
) -> Result<(), RenderError> {
    check(code, args)?;
    let params = code.params();
    for piece in code.pieces() {
        let written = match *piece {
            Piece::Lit(s) => out.write_str(s),
            Piece::Param(i) => match args.iter().find(|(n, _)| *n == params[i]) {
                Some((_, value)) => write!(out, "{value}"),
                None => Ok(()),
            },
        };
        written.map_err(|_| RenderError::Fmt)?;
    }
    Ok(())
}

pub fn render<C: Code>(code: C, args: &[(&str, &dyn Display)]) -> Result<String, RenderError> {
    let mut out = String::new();
    render_to(code, &mut out, args)?;
    Ok(out)
}

/// The data of a generated `ZingleError`.
#[derive(Clone)]
pub struct Repr<C> {
    code: u16,
    /// `C::from_code(code)`, kept to spare the lookup.
    kind: Option<C>,
    /// Parameter values, in the order of `kind.params()`; empty when a description
    /// read from the wire did not match the template.
    args: Box<[String]>,
    status: u16,
    /// The description as read from the wire, verbatim.
    description: Option<Box<str>>,
    /// The status text as read from the wire.
    text: Option<Box<str>>,
}

impl<C: Code> Repr<C> {
    pub fn new(kind: C, args: Vec<String>) -> Self {
        debug_assert_eq!(args.len(), kind.params().len());
        Self {
            code: kind.code(),
            kind: Some(kind),
            args: args.into_boxed_slice(),
            status: kind.http_status(),
            description: None,
            text: None,
        }
    }

    /// An error as a server described it: the code may be outside the catalogue, and
    /// the parameters are recovered by matching the description against the template.
    pub fn from_wire(
        code: u16,
        status: u16,
        text: Option<&str>,
        description: Option<&str>,
    ) -> Self {
        let kind = C::from_code(code);
        let args = match (kind, description) {
            (Some(kind), Some(description)) => {
                match_template(kind.pieces(), kind.params().len(), description)
            }
            _ => None,
        };
        Self {
            code,
            kind,
            args: args.unwrap_or_default().into_boxed_slice(),
            status,
            description: description.map(Box::from),
            text: text.map(Box::from),
        }
    }

    pub fn kind(&self) -> Option<C> {
        self.kind
    }

    pub fn error_code(&self) -> u16 {
        self.code
    }

    pub fn http_status(&self) -> u16 {
        self.status
    }

    /// The status text: as read from the wire, else the status's reason phrase.
    pub fn status_text(&self) -> &str {
        self.text
            .as_deref()
            .unwrap_or_else(|| crate::reason_phrase(self.status))
    }

    /// The description as read from the wire.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    fn names(&self) -> &'static [&'static str] {
        self.kind.map_or(&[], C::params)
    }

    pub fn arg(&self, name: &str) -> Option<&str> {
        let i = self.names().iter().position(|n| *n == name)?;
        self.args.get(i).map(String::as_str)
    }

    pub fn args(&self) -> Args<'_> {
        Args {
            names: self.names().iter(),
            values: self.args.iter(),
        }
    }

    /// Passes the message to `write` in pieces: the description read from the wire,
    /// else the template's literals and values (a parameter without a value stays
    /// `{name}`), else nothing.
    fn write_pieces<E>(&self, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        if let Some(description) = &self.description {
            return write(description);
        }
        let Some(kind) = self.kind else { return Ok(()) };
        for piece in kind.pieces() {
            match *piece {
                Piece::Lit(s) => write(s)?,
                Piece::Param(i) => match self.args.get(i) {
                    Some(value) => write(value)?,
                    None => {
                        write("{")?;
                        write(kind.params()[i])?;
                        write("}")?;
                    }
                },
            }
        }
        Ok(())
    }

    /// Whether the message is `text`, compared piece by piece without allocating.
    fn message_is(&self, text: &str) -> bool {
        let mut rest = text;
        let prefix: Result<(), ()> = self.write_pieces(|s| {
            rest = rest.strip_prefix(s).ok_or(())?;
            Ok(())
        });
        prefix.is_ok() && rest.is_empty()
    }

    /// The filled message in one allocation of the exact size.
    pub fn message(&self) -> String {
        if self.description.is_none() && self.kind.is_none() {
            return self.to_string();
        }
        let mut len = 0;
        let Ok(()) = self.write_pieces(|s| {
            len += s.len();
            Ok::<(), core::convert::Infallible>(())
        });
        let mut out = String::with_capacity(len);
        let Ok(()) = self.write_pieces(|s| {
            out.push_str(s);
            Ok::<(), core::convert::Infallible>(())
        });
        out
    }
}

/// Values for the template's parameters (by index) such that the template, filled,
/// is `text`; `None` when it cannot be. A repeated parameter must match the same text.
///
/// A value ends where the next literal occurs (each occurrence is tried) or, for the
/// last piece, at the end of the text. A budget of steps bounds the work on hostile
/// descriptions; past it, no parameters are recovered.
fn match_template(pieces: &[Piece], params: usize, text: &str) -> Option<Vec<String>> {
    struct Matcher<'t> {
        values: Vec<Option<&'t str>>,
        budget: usize,
    }

    impl<'t> Matcher<'t> {
        fn go(&mut self, pieces: &[Piece], text: &'t str) -> bool {
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
            match pieces {
                [] => text.is_empty(),
                [Piece::Lit(lit), rest @ ..] => text
                    .strip_prefix(lit)
                    .is_some_and(|tail| self.go(rest, tail)),
                [Piece::Param(i), rest @ ..] => {
                    let ends: Box<dyn Iterator<Item = usize> + 't> = match rest.first() {
                        None => Box::new([text.len()].into_iter()),
                        Some(Piece::Lit(lit)) => {
                            Box::new(text.match_indices(*lit).map(|(at, _)| at))
                        }
                        Some(Piece::Param(_)) => {
                            Box::new(text.char_indices().map(|(at, _)| at).chain([text.len()]))
                        }
                    };
                    for end in ends {
                        let value = &text[..end];
                        let previous = self.values[*i];
                        if previous.is_some_and(|p| p != value) {
                            continue;
                        }
                        self.values[*i] = Some(value);
                        if self.go(rest, &text[end..]) {
                            return true;
                        }
                        self.values[*i] = previous;
                        if self.budget == 0 {
                            return false;
                        }
                    }
                    false
                }
            }
        }
    }

    let mut matcher = Matcher {
        values: vec![None; params],
        budget: 10_000,
    };
    if !matcher.go(pieces, text) {
        return None;
    }
    matcher
        .values
        .into_iter()
        .map(|v| v.map(str::to_owned))
        .collect()
}

/// Two errors are equal when they have the same code, status, status text, message and
/// parameters, however they were made: built here or read from the wire.
impl<C: Code> PartialEq for Repr<C> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.status == other.status
            && self.args == other.args
            && self.status_text() == other.status_text()
            && match (&self.description, &other.description) {
                // Same code and arguments fill the same template.
                (None, None) => true,
                (Some(text), _) => other.message_is(text),
                (None, Some(text)) => self.message_is(text),
            }
    }
}

impl<C: Code> Eq for Repr<C> {}

impl<C: Code> Hash for Repr<C> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        // A subset of what `eq` compares, so that equal errors hash alike.
        self.code.hash(state);
        self.status.hash(state);
        self.args.hash(state);
    }
}

impl<C: Code> Display for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.description.is_none() && self.kind.is_none() {
            return write!(f, "error {}", self.code);
        }
        self.write_pieces(|s| f.write_str(s))
    }
}

impl<C: Code> fmt::Debug for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ZingleError")
            .field("code", &self.code)
            .field("kind", &self.kind)
            .field("message", &format_args!("{self}"))
            .field("args", &self.args())
            .field("http_status", &self.status)
            .finish()
    }
}

/// The error a status reports; `None` when it reports none.
#[cfg(feature = "serde")]
pub fn from_status<C: Code>(status: &crate::Status) -> Option<Repr<C>> {
    status.is_error().then(|| {
        // A status with no error code (a 4xx or 5xx from a proxy, say) gets code 0.
        let code = status.error_code.unwrap_or(0);
        Repr::from_wire(
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
