//! Loads and validates a `codes.toml` error catalog.
//!
//! This crate is what the `zingle_errors!` macro of
//! [zingle-errors](https://crates.io/crates/zingle-errors) runs. It reads the file into a
//! typed [`Catalog`], checking every rule of the format and reporting every fault at
//! once, each with its `path:line:col`.
//!
//! ```
//! let source = r#"
//! [[category]]
//! name = "Labels"
//! title = "Labels"
//! range = [3400, 3499]
//! status = 400
//!
//! [[code]]
//! code = 3400
//! name = "LabelNotFound"
//! category = "Labels"
//! message = "Label '{label_id}' not found"
//! status = 404
//! "#;
//! let catalog = zingle_errors_catalog::parse(source, "codes.toml")?;
//! let entry = catalog.get(3400).unwrap();
//! assert_eq!(entry.name, "LabelNotFound");
//! assert_eq!(entry.message.params(), ["label_id"]);
//! assert_eq!(entry.status, 404);
//! assert_eq!(catalog.category(entry).title, "Labels");
//! # Ok::<(), zingle_errors_catalog::Errors>(())
//! ```
//!
//! The format, every key with an example, is documented on the `zingle_errors!` macro
//! of the `zingle-errors` crate, and in the header of its own `codes.toml`.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[cfg(feature = "diff")]
pub mod baseline;
#[cfg(feature = "codegen")]
pub mod codegen;
mod compiled;
#[cfg(feature = "diff")]
mod diff;
mod error;
mod faults;
#[cfg(feature = "locales")]
mod locales;
mod location;
mod model;
mod naming;
mod params;
mod parse;
mod template;
mod validate;

use std::path::Path;

pub use compiled::{Compiled, CompiledPart, CompiledSelect, LocaleTexts, Translation};
#[cfg(feature = "diff")]
pub use diff::{
    Bump, Change, ChangeKind, ChangeRule, Version, VersionError, change_rules_text, diff,
};
pub use error::{Error, Errors, Fault, LoadError, SHOWN_FAULTS};
#[cfg(feature = "locales")]
pub use locales::{Locale, catalog_locales, check_locale, is_language_tag, load_locales};
pub use location::Location;
pub use model::{Catalog, Category, Entry, Retired};
pub use naming::{
    Item, KEYWORDS, NOT_RAW, Names, RESERVED_CONSTRUCTORS, RESERVED_VARIANTS, did_you_mean,
    is_keyword, is_snake_case, is_upper_camel_case, suggest, to_snake_case,
};
pub use params::{ParamFault, check_params};
pub use template::{Piece, Template, TemplateError};
/// The Fluent message id of a code's name: see [`zingle_errors_core::message_id`].
pub use zingle_errors_core::message_id;

use faults::Faults;
use location::LineIndex;

/// Parses and validates catalog text. `path` names the file in locations and messages.
///
/// # Errors
///
/// Every fault, each with its location: see [`Fault`] for the rules.
pub fn parse(source: &str, path: &str) -> Result<Catalog, Errors> {
    match parse_recovering(source, path) {
        (catalog, None) => Ok(catalog),
        (_, Some(errors)) => Err(errors),
    }
}

/// Parses and validates catalog text, keeping what is valid: the catalog of the
/// categories and codes without faults, and every fault, if any.
///
/// The `zingle_errors!` macro generates code for what is valid while it reports the
/// faults, so that the rest of a crate does not fail with them.
///
/// ```
/// let (catalog, errors) = zingle_errors_catalog::parse_recovering(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Good\"\ncategory = \"A\"\nmessage = \"Good\"\n\
///      [[code]]\ncode = 2\nname = \"bad\"\ncategory = \"A\"\nmessage = \"Bad\"\n",
///     "codes.toml",
/// );
/// assert_eq!(catalog.entries().len(), 1);
/// assert_eq!(errors.map(|e| e.len()), Some(1));
/// ```
#[must_use]
pub fn parse_recovering(source: &str, path: &str) -> (Catalog, Option<Errors>) {
    // Line endings as LF, so that a multi-line string's text is the same whatever the
    // file's: lines and columns do not move, a CR being last on its line.
    let source = if source.contains("\r\n") {
        std::borrow::Cow::Owned(source.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(source)
    };
    let source = source.as_ref();
    let index = LineIndex::new(source, path);
    let mut faults = Faults::default();
    let raw = parse::parse(source, &mut faults);
    let catalog = validate::validate(raw, &index, &mut faults);
    (catalog, faults.into_errors(&index))
}

/// Reads and validates the catalog at `file`; `display` names it in locations and
/// messages.
///
/// ```no_run
/// let catalog = zingle_errors_catalog::load("codes.toml".as_ref(), "codes.toml")?;
/// println!("{} codes", catalog.entries().len());
/// # Ok::<(), zingle_errors_catalog::LoadError>(())
/// ```
///
/// # Errors
///
/// [`LoadError::Io`] when the file cannot be read, [`LoadError::Invalid`] with every
/// fault when it can.
pub fn load(file: &Path, display: &str) -> Result<Catalog, LoadError> {
    let source = std::fs::read_to_string(file).map_err(|source| LoadError::Io {
        path: file.to_owned(),
        source,
    })?;
    Ok(parse(&source, display)?)
}
