//! Loads and validates a `codes.toml` error catalogue.
//!
//! This crate is shared by the `zingle_errors!` macro and the command-line tool of
//! [zingle-errors](https://crates.io/crates/zingle-errors). It reads the file into a
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
//! The format is described in the workspace's `codes.toml`, whose header documents
//! every key.
#![deny(missing_docs)]

#[cfg(feature = "codegen")]
pub mod codegen;
mod error;
mod parse;
mod template;
mod validate;

use std::path::Path;

pub use error::{Error, Errors, Fault, Location};
pub use template::{Piece, Template, TemplateError, is_snake_case};

/// A validated catalogue: its categories and its codes, ascending by code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Catalog {
    categories: Vec<Category>,
    entries: Vec<Entry>,
}

/// A `[[category]]`: one range of codes with a title.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Category {
    /// UpperCamelCase name, such as `Contacts`.
    pub name: String,
    /// What the range is about, such as `Contacts`.
    pub title: String,
    /// First code of the range.
    pub first: u16,
    /// Last code of the range (inclusive).
    pub last: u16,
    /// Default HTTP status of the category's codes.
    pub status: Option<u16>,
    /// Where the category is declared.
    pub location: Location,
}

/// A `[[code]]`: one error code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The numeric code, such as 3612.
    pub code: u16,
    /// UpperCamelCase name, such as `InvalidLabel`.
    pub name: String,
    /// Index of the entry's category in [`Catalog::categories`].
    pub category: usize,
    /// The message template.
    pub message: Template,
    /// The published explanation, if any.
    pub explanation: Option<String>,
    /// The published message verbatim, where `message` corrects a typo.
    pub published_message: Option<String>,
    /// The published explanation verbatim, where `explanation` corrects a typo.
    pub published_explanation: Option<String>,
    /// HTTP status: the entry's own, else its category's.
    pub status: u16,
    /// Where the entry's `[[code]]` table is.
    pub location: Location,
}

impl Entry {
    /// The `snake_case` form of the name, used for constructors: `invalid_label`.
    pub fn snake_name(&self) -> String {
        to_snake_case(&self.name)
    }
}

impl Catalog {
    /// Categories, in file order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Entries, ascending by code.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this code.
    pub fn get(&self, code: u16) -> Option<&Entry> {
        self.entries
            .binary_search_by_key(&code, |e| e.code)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The entry with this name.
    pub fn by_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The category of an entry of this catalogue.
    pub fn category(&self, entry: &Entry) -> &Category {
        &self.categories[entry.category]
    }

    /// The entries of a category, ascending by code.
    pub fn entries_of(&self, category: usize) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.category == category)
    }
}

/// Parses and validates catalogue text. `path` is used only in error messages.
///
/// Every fault is reported, each with its location: see [`Fault`] for the rules.
pub fn parse(source: &str, path: &str) -> Result<Catalog, Errors> {
    let mut faults = Vec::new();
    let raw = parse::parse(source, &mut faults);
    let catalog = validate::validate(raw, source, path, &mut faults);
    if faults.is_empty() {
        return Ok(catalog);
    }
    faults.sort_by_key(|(offset, _)| *offset);
    Err(Errors(
        faults
            .into_iter()
            .map(|(offset, fault)| Error {
                path: path.to_owned(),
                location: Location::of_offset(source, offset),
                fault,
            })
            .collect(),
    ))
}

/// Reads and validates the catalogue at `file`; `display` names it in error messages.
///
/// ```no_run
/// let catalog = zingle_errors_catalog::load("codes.toml".as_ref(), "codes.toml")?;
/// println!("{} codes", catalog.entries().len());
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
pub fn load(file: &Path, display: &str) -> Result<Catalog, Errors> {
    let source = std::fs::read_to_string(file).map_err(|e| {
        Errors(vec![Error {
            path: display.to_owned(),
            location: Location { line: 1, column: 1 },
            fault: Fault::Io(format!("{}: {e}", file.display())),
        }])
    })?;
    parse(&source, display)
}

/// Method names of the generated error type that no constructor may take.
pub const RESERVED_CONSTRUCTORS: &[&str] = &[
    "arg",
    "args",
    "clone",
    "description",
    "eq",
    "error_code",
    "fmt",
    "from",
    "from_response",
    "from_status",
    "hash",
    "http_status",
    "into",
    "kind",
    "message",
    "render",
    "source",
    "status_text",
    "to_problem",
    "to_response",
    "to_string",
];

/// `UpperCamelCase` to `snake_case`: `InvalidLabel` → `invalid_label`,
/// `HotSosIssue` → `hot_sos_issue`, `HTTPStatus` → `http_status`.
///
/// ```
/// assert_eq!(zingle_errors_catalog::to_snake_case("InvalidBase64"), "invalid_base64");
/// assert_eq!(zingle_errors_catalog::to_snake_case("HTTPStatus"), "http_status");
/// ```
pub fn to_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Whether `name` is an UpperCamelCase Rust identifier: an ASCII uppercase letter, then
/// ASCII letters and digits, and not the keyword `Self`.
///
/// ```
/// assert!(zingle_errors_catalog::is_upper_camel_case("InvalidLabel"));
/// assert!(!zingle_errors_catalog::is_upper_camel_case("invalid_label"));
/// ```
pub fn is_upper_camel_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z'))
        && chars.all(|c| c.is_ascii_alphanumeric())
        && name != "Self"
}

/// The candidate nearest to `input` by edit distance, if one is close enough to be a
/// likely misspelling (case is ignored).
///
/// ```
/// let names = ["InvalidLabel", "LabelNotFound"];
/// assert_eq!(zingle_errors_catalog::suggest("InvalidLable", names), Some("InvalidLabel"));
/// assert_eq!(zingle_errors_catalog::suggest("Nothing", names), None);
/// ```
pub fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_ascii_lowercase();
    let limit = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&input, &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}
