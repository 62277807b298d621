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
#![forbid(unsafe_code)]

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
/// when the file changes. The generated items are those of this crate: [`ErrorCode`],
/// [`Category`], [`ZingleError`], [`code!`] and [`zingle_error!`], under the names the
/// options give.
///
/// # Options
///
/// After the path, `key = value`, in any order:
///
/// | option | default | what it is |
/// | --- | --- | --- |
/// | `module` | the crate root | the module where the macro is invoked, from the crate root (`api::errors`). The generated macros are exported at the crate root, as `#[macro_export]` macros are, and name the generated types from there; a wrong or missing `module` fails the build at the invocation |
/// | `crate` | `zingle_errors` | the path under which the invoking crate depends on this crate, for a renamed dependency (`zingle = { package = "zingle-errors", .. }` wants `crate = zingle`) |
/// | `code` | `ErrorCode` | the name of the code enum |
/// | `error` | `ZingleError` | the name of the error type |
/// | `category` | `Category` | the name of the category enum |
/// | `code_macro` | `code` | the name of the macro naming a code |
/// | `error_macro` | `zingle_error` | the name of the macro building an error |
/// | `non_exhaustive` | `true` | whether the code enum is `#[non_exhaustive]`; `false` lets the catalog's owner match it exhaustively |
///
/// Two catalogs in one crate need different macro names (the macros share the crate
/// root), and, in one module, different type names:
///
/// ```
/// pub mod billing {
///     zingle_errors::zingle_errors!(
///         "codes.toml",
///         module = billing,
///         code = BillingCode,
///         error = BillingError,
///         category = BillingCategory,
///         code_macro = billing_code,
///         error_macro = billing_error,
///         non_exhaustive = false,
///     );
/// }
///
/// fn main() {
///     let err = billing_error!(InvalidLabel, correspondent_id = "vip");
///     assert_eq!(err.kind(), Some(billing_code!(3612)));
///     assert_eq!(err.to_string(), "Invalid label 'vip'");
/// }
/// ```
///
/// A crate downstream of the one holding a catalog uses its macros as `that_crate::billing_code!(..)`,
/// with no dependency on this crate, when the module holding the catalog is public.
///
/// # The catalog format
///
/// A TOML file of an optional `[catalog]` table, `[[category]]` and `[[code]]` tables:
///
/// ```toml
/// [catalog]                # optional
/// name = "billing"         # snake_case: prefixes diagnostic codes, as in `billing::3400`
/// doc_url = "https://example.com/errors#{code}"  # a code's documentation: `{code}`, `{name}`
///
/// [[category]]
/// name = "Labels"          # UpperCamelCase: the category enum's variant
/// title = "Labels"         # what the range's codes are about, for people
/// range = [3400, 3499]     # the codes it holds, inclusive; ranges do not overlap
/// status = 400             # optional: the HTTP status of its codes that set none
///
/// [[code]]
/// code = 3400              # from 0 to 65535, unique
/// name = "LabelNotFound"   # UpperCamelCase, unique: the variant; its snake_case is the constructor
/// category = "Labels"      # a category's name; the code lies in its range
/// message = "Label '{label_id}' not found"  # `{snake_case}` is a parameter, `{{` and `}}` are braces
/// explanation = "No label has that id."     # optional
/// published_message = "..."      # optional: the published text, where `message` corrects a typo
/// published_explanation = "..."  # optional: likewise for `explanation`
/// status = 404             # the HTTP status, unless its category gives one
/// retryable = false        # optional: whether the same request may succeed later
/// deprecated = "use 3401"  # optional: why, and what to use instead; using the code warns
/// aliases = ["NoLabel"]    # optional: former names, which still work, with a warning
/// since = "0.2"            # optional: the version that added the code, for docs
///
/// [[retired]]              # a code that is no more: its number and name are never reused
/// code = 3499
/// name = "LabelExploded"
/// reason = "labels no longer explode"
/// ```
///
/// Names that are Rust keywords work (the generated constructor and parameters are then
/// raw identifiers), except where Rust allows no raw identifier: no code may be named
/// `Crate` or `Super` (constructors `crate` and `super`), nor any parameter `self`,
/// `super` or `crate`. No code or category may be named `ALL`
/// (the enums' constant) or `CatalogHasFaults`, and no constructor may be named like a
/// method of the error type ([`RESERVED_CONSTRUCTORS`](https://docs.rs/zingle-errors-catalog)).
///
/// # Faults
///
/// A broken catalog fails the build with every fault (the first hundred, then how many
/// more), each as `path:LINE:COL: fault`. What is valid in it is generated all the same,
/// and the generated macros accept any code, so that the faults are all a build reports.
///
/// # Where the catalog is read from
///
/// The path is joined to the directory cargo gives as `CARGO_MANIFEST_DIR`. A tool that
/// builds a crate's sources from another directory (as trybuild does with compile-fail
/// tests) sets `ZINGLE_ERRORS_MANIFEST_DIR` to the directory to use instead; it applies
/// only to the package cargo was asked to build (`CARGO_PRIMARY_PACKAGE`), never to a
/// dependency.
pub use zingle_errors_macros::zingle_errors;

zingle_errors!("codes.toml");

mod axum;
mod code;
mod error;
mod http;
mod miette;
mod module_check;
mod reason;
mod recover;
mod render;
mod serde;
mod spans;
mod wire;

pub use code::{ParseCodeError, UnknownCode};
pub use error::Args;
pub use reason::reason_phrase;
pub use render::RenderError;
#[cfg(feature = "serde")]
pub use wire::{FromStatus, Problem, Response, Status};

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
        self.into_result_as()
    }
}
