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
#![deny(missing_docs)]

// Lets generated code name `::zingle_errors` inside this crate too.
extern crate self as zingle_errors;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

/// Generates the typed API of an error catalog in the invoking module.
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
/// omitted at the crate root. A crate can hold one catalog with macros.
///
/// A broken catalog fails the build with every fault, each as `path:LINE:COL: fault`.
///
/// The generated items are those of this crate: [`ErrorCode`], [`Category`],
/// [`ZingleError`], [`code!`] and [`zingle_error!`].
pub use zingle_errors_macros::zingle_errors;

zingle_errors!("codes.toml");

mod axum;
mod code;
mod error;
mod http;
mod module_check;
mod reason;
mod recover;
mod render;
mod serde;
mod wire;

pub use code::{ParseCodeError, UnknownCode};
pub use error::Args;
pub use reason::reason_phrase;
pub use render::RenderError;
#[cfg(feature = "serde")]
pub use wire::{Problem, Response, Status};

/// The error a [`Response`] of the Zingle API reports is a [`ZingleError`].
#[cfg(feature = "serde")]
impl<T> Response<T> {
    /// The result, or the error the status reports (see [`Status::is_error`]).
    ///
    /// # Errors
    ///
    /// The [`ZingleError`] the status reports, with its code (known to the catalog
    /// or not), description, HTTP status and text.
    pub fn into_result(self) -> Result<Option<T>, ZingleError> {
        ZingleError::from_response(self)
    }
}
