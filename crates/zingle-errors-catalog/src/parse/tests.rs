//! The keys the parser reads are the keys the format's documentation describes.

use super::{RawCatalog, RawCategory, RawEntry, RawRetired};

/// Each kind of table as its header, and its keys, whether each is required, and what
/// each is.
type Keys = (
    &'static str,
    &'static [&'static str],
    &'static [bool],
    &'static [&'static str],
);

const TABLES: [Keys; 4] = [
    (
        RawCatalog::HEADER,
        RawCatalog::KEYS,
        RawCatalog::REQUIRED,
        RawCatalog::DOCS,
    ),
    (
        RawCategory::HEADER,
        RawCategory::KEYS,
        RawCategory::REQUIRED,
        RawCategory::DOCS,
    ),
    (
        RawEntry::HEADER,
        RawEntry::KEYS,
        RawEntry::REQUIRED,
        RawEntry::DOCS,
    ),
    (
        RawRetired::HEADER,
        RawRetired::KEYS,
        RawRetired::REQUIRED,
        RawRetired::DOCS,
    ),
];

/// The format's documentation: the `zingle_errors!` rustdoc and the Zingle catalog.
const MACRO_DOC: &str = include_str!("../../../zingle-errors/src/zingle_errors_macro.md");
const CODES_TOML: &str = include_str!("../../../../codes.toml");

/// Every key of every table, as documented: `(table, key, description)`, the
/// description marked `optional: ` where the key is.
fn expected() -> Vec<(String, String, String)> {
    let mut keys = Vec::new();
    for (header, names, required, docs) in TABLES {
        for ((name, required), doc) in names.iter().zip(required).zip(docs) {
            let doc = doc.trim();
            let described = if *required {
                doc.to_owned()
            } else {
                format!("optional: {doc}")
            };
            keys.push((header.to_owned(), (*name).to_owned(), described));
        }
    }
    keys.sort();
    keys
}

/// The keys of the rustdoc's section "The catalog format": its TOML example, where
/// each key's line ends with `  # description`.
fn macro_doc_keys() -> Vec<(String, String, String)> {
    let section = MACRO_DOC
        .split("\n# ")
        .find(|s| s.starts_with("The catalog format"))
        .unwrap_or_default();
    let example = section.split("```").nth(1).unwrap_or_default();
    let mut table = String::new();
    let mut keys = Vec::new();
    for line in example.lines() {
        if line.starts_with('[') {
            table = line
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned();
        } else if let Some((key, rest)) = line.split_once(" = ")
            && let Some((_, described)) = rest.split_once("  # ")
        {
            keys.push((table.clone(), key.to_owned(), described.trim().to_owned()));
        }
    }
    keys.sort();
    keys
}

/// The keys of `codes.toml`'s header comment: under a line `# [table]: ...`, a line
/// `#   key  description` for each key.
fn codes_toml_keys() -> Vec<(String, String, String)> {
    let header = CODES_TOML.lines().take_while(|l| l.starts_with('#'));
    let mut table = String::new();
    let mut keys = Vec::new();
    for line in header {
        if let Some(rest) = line.strip_prefix("# [") {
            let end = rest.find(':').unwrap_or(rest.len());
            table = format!("[{}", &rest[..end]);
        } else if let Some(rest) = line.strip_prefix("#   ")
            && !rest.starts_with(' ')
            && let Some((key, described)) = rest.split_once(' ')
        {
            keys.push((table.clone(), key.to_owned(), described.trim().to_owned()));
        }
    }
    keys.sort();
    keys
}

#[test]
fn the_macro_documentation_describes_every_key_as_the_parser() {
    assert_eq!(macro_doc_keys(), expected());
}

#[test]
fn the_header_of_codes_toml_describes_every_key_as_the_parser() {
    assert_eq!(codes_toml_keys(), expected());
}
