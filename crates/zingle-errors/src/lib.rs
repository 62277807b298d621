#![doc = include_str!("../README.md")]
//!
//! # The generated API
//!
//! [`zingle_errors!`] reads a catalogue at compile time and generates, in the module
//! where it is invoked, [`ErrorCode`], [`Category`], [`ZingleError`] and the
//! [`code!`] and [`zingle_error!`] macros. This crate invokes it on the Zingle catalogue;
//! every item below marked "generated" is what a crate with a catalogue of its own gets.
//!
//! ```
//! use zingle_errors::{Category, ErrorCode, code};
//!
//! let code = ErrorCode::from_code(3612).unwrap();
//! assert_eq!(code, code!(InvalidLabel));
//! assert_eq!(code.name(), "InvalidLabel");
//! assert_eq!(code.message(), "Invalid label '{correspondent_id}'");
//! assert_eq!(code.params(), ["correspondent_id"]);
//! assert_eq!(code.category(), Category::Messages);
//! assert_eq!(code.http_status(), 400);
//! assert_eq!("3612".parse::<ErrorCode>(), Ok(code));
//! assert_eq!(code.render(&[("correspondent_id", &"abc")])?, "Invalid label 'abc'");
//!
//! match ErrorCode::from_code(3000) {
//!     Some(code!(3000)) => {}
//!     _ => unreachable!(),
//! }
//! # Ok::<(), zingle_errors::RenderError>(())
//! ```
#![deny(missing_docs)]

// Lets generated code name `::zingle_errors` inside this crate too.
extern crate self as zingle_errors;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

/// Generates the typed API of an error catalogue in the invoking module.
///
/// ```
/// // At the crate root: `zingle_errors::zingle_errors!("codes.toml");`. In a module,
/// // name the module from the crate root:
/// mod api {
///     zingle_errors::zingle_errors!("codes.toml", module = api);
/// }
///
/// fn main() {
///     assert_eq!(api::ErrorCode::from_code(3612), Some(api::ErrorCode::InvalidLabel));
///     assert_eq!(api::ZingleError::contact_not_found().http_status(), 404);
/// }
/// ```
///
/// The path is relative to the invoking crate's `Cargo.toml`; cargo rebuilds the crate
/// when the file changes. `module` names the module where the macro is invoked, from the
/// crate root, so that the generated `code!` and `zingle_error!` macros (exported at the
/// crate root, as `#[macro_export]` macros are) find the generated types; it may be
/// omitted at the crate root. A crate can hold one catalogue with macros.
///
/// A broken catalogue fails the build with every fault, each as `path:LINE:COL: fault`.
///
/// The generated items are those of this crate: [`ErrorCode`], [`Category`],
/// [`ZingleError`], [`code!`] and [`zingle_error!`].
pub use zingle_errors_macros::zingle_errors;

zingle_errors!("codes.toml");

mod reason;
#[cfg(feature = "serde")]
mod wire;

use std::fmt;

pub use reason::reason_phrase;
#[cfg(feature = "serde")]
pub use wire::{Problem, Response, Status};

/// Why [`ErrorCode::render`] could not fill a message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A parameter of the message has no argument.
    #[error("missing parameter `{param}` for error {code} ({name})")]
    Missing {
        /// The error code.
        code: u16,
        /// The code's name.
        name: &'static str,
        /// The parameter without an argument.
        param: &'static str,
    },
    /// An argument names no parameter of the message.
    #[error(
        "unknown parameter `{param}` for error {code} ({name}); expected: {}",
        list(expected)
    )]
    Unknown {
        /// The error code.
        code: u16,
        /// The code's name.
        name: &'static str,
        /// The argument's name.
        param: String,
        /// The message's parameters.
        expected: &'static [&'static str],
    },
    /// Two arguments for one parameter.
    #[error("parameter `{param}` is given twice for error {code} ({name})")]
    Duplicate {
        /// The error code.
        code: u16,
        /// The code's name.
        name: &'static str,
        /// The repeated name.
        param: String,
    },
    /// The output (a [`fmt::Write`]) or a value's `Display` failed.
    #[error("formatting the message failed")]
    Fmt,
}

fn list(names: &[&str]) -> String {
    if names.is_empty() {
        "no parameters".to_owned()
    } else {
        names.join(", ")
    }
}

/// A number that is no code of the catalogue, from `ErrorCode::try_from`.
///
/// ```
/// use zingle_errors::{ErrorCode, UnknownCode};
/// assert_eq!(ErrorCode::try_from(1234), Err(UnknownCode(1234)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown error code {0}")]
pub struct UnknownCode(pub u16);

/// Text that is neither a code nor a name of the catalogue, from `str::parse`.
///
/// ```
/// let err = "Nope".parse::<zingle_errors::ErrorCode>().unwrap_err();
/// assert_eq!(err.to_string(), "`Nope` is neither an error code nor a name of the catalogue");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("`{input}` is neither an error code nor a name of the catalogue")]
pub struct ParseCodeError {
    /// The text as given.
    pub input: String,
}

/// The `(name, value)` parameters of a [`ZingleError`], in message order.
///
/// ```
/// let err = zingle_errors::ZingleError::invalid_label("abc");
/// assert_eq!(err.args().collect::<Vec<_>>(), [("correspondent_id", "abc")]);
/// ```
#[derive(Clone)]
pub struct Args<'a> {
    names: std::slice::Iter<'static, &'static str>,
    values: std::slice::Iter<'a, String>,
}

impl<'a> Iterator for Args<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        Some((self.names.next()?, self.values.next()?.as_str()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.names.len().min(self.values.len());
        (n, Some(n))
    }
}

impl ExactSizeIterator for Args<'_> {}

impl fmt::Debug for Args<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.clone()).finish()
    }
}
