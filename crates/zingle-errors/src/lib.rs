#![doc = include_str!("../README.md")]
//!
//! # The generated API
//!
//! [`zingle_errors!`] reads a catalog at compile time and generates, in the module
//! where it is invoked, [`ErrorCode`], [`Category`], [`ZingleError`] and the
//! [`code!`] and [`zingle_error!`] macros. This crate invokes it on the Zingle catalog;
//! every item below marked "generated" is what a crate with a catalog of its own gets.
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
// On docs.rs (nightly), each item gated by a feature says which.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

// Lets generated code name `::zingle_errors` inside this crate too.
extern crate self as zingle_errors;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

#[doc = include_str!("zingle_errors_macro.md")]
pub use zingle_errors_macros::zingle_errors;

// The Zingle API's own catalog, at the crate root; a crate with a catalog of its own
// turns it off (`default-features = false`) and compiles none of its codes. Its code
// enum, category enum and code macro keep the short names of the crate's first users.
#[cfg(feature = "zingle")]
zingle_errors!(
    "codes.toml",
    code = ErrorCode,
    category = Category,
    code_macro = code,
);

mod axum;
mod catalog_macro;
mod code;
mod error;
mod http;
mod locale;
mod miette;
mod render;
mod reqwest;
mod serde;
mod transport;
// Public for the page on the `tracing` feature's events.
#[cfg_attr(not(feature = "tracing"), doc(hidden))]
pub mod tracing;
mod wire;

pub use code::{ParseCodeError, UnknownCode};
pub use error::Args;
pub use locale::accept_language;
pub use render::RenderError;
pub use transport::{RetryAfter, Transport};
#[cfg(feature = "serde")]
pub use wire::{Envelope, ExtraFields, FromStatus, Problem, Status, StatusField};
pub use zingle_errors_core::reason_phrase;

/// The error a [`Envelope`] of the Zingle API reports is a [`ZingleError`].
#[cfg(all(feature = "serde", feature = "zingle"))]
impl<T> Envelope<T> {
    /// The result, or the error the status reports (see [`Status::is_error`]).
    ///
    /// # Errors
    ///
    /// The [`ZingleError`] the status reports, with its code (known to the catalog
    /// or not), description, HTTP status and text.
    pub fn into_result(self) -> Result<Option<T>, ZingleError> {
        self.into_result_as()
    }
}
