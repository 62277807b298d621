//! File → raw model: walks toml's spanned document, checking keys and value types.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeInteger, DeTable, DeValue};

use crate::Fault;
use crate::faults::Faults;

/// A string value and the byte span of its TOML literal.
pub(crate) struct Str {
    pub value: String,
    pub span: Range<usize>,
}

/// A number value and the byte offset of its literal.
pub(crate) struct Num<T> {
    pub value: T,
    pub at: usize,
}

/// Declares a kind of table once: its raw struct, its keys (each with what it is, the
/// function that reads its value, and whether it is required) and how it is read, so that
/// the keys it accepts, the keys it requires, the keys it reads and the keys documented
/// cannot disagree. Each key's one-line doc comment is its description in the format's
/// documentation (the header of `codes.toml` and the `zingle_errors!` rustdoc, which a
/// test holds to it).
macro_rules! table {
    (
        $(#[$doc:meta])*
        $name:ident = $table:literal as $header:literal {
            $(
                #[doc = $key_doc:literal]
                $key:ident: $ty:ty = $read:ident, $required:literal;
            )*
        }
    ) => {
        $(#[$doc])*
        pub(crate) struct $name {
            /// Byte offset of the table's header.
            #[allow(dead_code, reason = "not every kind of table has a fault located at its header")]
            pub at: usize,
            $(#[doc = $key_doc] pub $key: Option<$ty>,)*
        }

        impl $name {
            /// The top-level key of this kind of table.
            const KEY: &'static str = $table;
            /// The table as written in messages.
            const HEADER: &'static str = $header;
            /// Every key the table accepts.
            const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];
            /// Whether each of `KEYS` is required.
            const REQUIRED: &'static [bool] = &[$($required),*];
            /// What each of `KEYS` is, on one line.
            #[cfg(test)]
            const DOCS: &'static [&'static str] = &[$($key_doc),*];

            fn read(table: &DeTable<'_>, at: usize, faults: &mut Faults) -> Self {
                let mut raw = Self { at, $($key: None,)* };
                for (key, value) in table {
                    let k: &str = key.get_ref().as_ref();
                    $(
                        if k == stringify!($key) {
                            raw.$key = $read(k, value.get_ref(), value.span(), faults);
                            continue;
                        }
                    )*
                    faults.push(key.span().start, unknown_key(k, Self::HEADER, Self::KEYS));
                }
                // A key present with a wrong value has its own fault already.
                for (&key, &required) in Self::KEYS.iter().zip(Self::REQUIRED) {
                    if required && !table.keys().any(|k| k.get_ref() == key) {
                        faults.push(at, Fault::MissingKey { key, table: Self::HEADER });
                    }
                }
                raw
            }
        }
    };
}

table! {
    /// The `[catalog]` table, as written: what is said of the whole catalog.
    RawCatalog = "catalog" as "[catalog]" {
        /// snake_case, the prefix of diagnostic codes, as in `zingle::3612`
        name: Str = string, false;
        /// a code's documentation link, a template of `{code}` and `{name}`
        doc_url: Str = string, false;
        /// a folder beside this file of Fluent translations, one per locale: `de.ftl`
        locales: Str = string, false;
        /// the BCP 47 tag of the language `message` is written in, `en` unless said
        default_locale: Str = string, false;
        /// `true`: users may match the code enum exhaustively, and adding a code is then a major change
        exhaustive: bool = boolean, false;
    }
}

table! {
    /// A `[[category]]` as written.
    RawCategory = "category" as "[[category]]" {
        /// UpperCamelCase: the category enum's variant
        name: Str = string, true;
        /// what the range's codes are about, for people
        title: Str = string, true;
        /// `[first, last]`, inclusive: the codes it holds; ranges do not overlap
        range: Num<(u16, u16)> = range, true;
        /// the HTTP status of its codes that set none
        status: Num<u16> = status, false;
    }
}

table! {
    /// A `[[code]]` as written.
    RawEntry = "code" as "[[code]]" {
        /// from 0 to 65535, unique, in its category's range
        code: Num<u16> = code, true;
        /// UpperCamelCase, unique: the variant; its snake_case is the constructor
        name: Str = string, true;
        /// the `name` of its category
        category: Str = string, true;
        /// a template: `{snake_case}` is a parameter, `{{` and `}}` are braces
        message: Str = string, true;
        /// why the error happens and what to do
        explanation: Str = string, false;
        /// the published text, where `message` corrects a typo
        published_message: Str = string, false;
        /// likewise for `explanation`
        published_explanation: Str = string, false;
        /// the HTTP status, where the category gives none or another
        status: Num<u16> = status, false;
        /// `true` where the same request may succeed later
        retryable: bool = boolean, false;
        /// why, and what to use instead; using the code warns
        deprecated: Str = string, false;
        /// former names, which still work, with a warning
        aliases: Vec<Str> = strings, false;
        /// the version that added the code, for docs
        since: Str = string, false;
        /// parameters whose values logs, `Debug` and tracing show as `[redacted]`; the wire keeps them
        sensitive: Vec<Str> = strings, false;
    }
}

table! {
    /// A `[[retired]]` as written: a code that is no more, whose number and name stay
    /// reserved.
    RawRetired = "retired" as "[[retired]]" {
        /// the number, never used again
        code: Num<u16> = code, true;
        /// the name, never used again
        name: Str = string, true;
        /// why it was retired
        reason: Str = string, true;
    }
}

#[derive(Default)]
pub(crate) struct Raw {
    pub categories: Vec<RawCategory>,
    pub entries: Vec<RawEntry>,
    pub catalog: Option<RawCatalog>,
    pub retired: Vec<RawRetired>,
    /// Whether the TOML itself failed to parse (nothing else is then checked).
    pub broken: bool,
}

/// The keys of the top level: one per kind of table.
const TOP_KEYS: &[&str] = &[
    RawCatalog::KEY,
    RawCategory::KEY,
    RawEntry::KEY,
    RawRetired::KEY,
];

pub(crate) fn parse(source: &str, faults: &mut Faults) -> Raw {
    let (doc, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            faults.push(at, Fault::Syntax(e.message().trim().to_owned()));
        }
        return Raw {
            broken: true,
            ..Raw::default()
        };
    }
    let mut raw = Raw::default();
    let headers = headers(source);
    for (key, value) in doc.get_ref() {
        let name = key.get_ref().as_ref();
        let at = key.span().start;
        if !TOP_KEYS.contains(&name) {
            faults.push(at, unknown_key(name, "the top level", TOP_KEYS));
            continue;
        }
        if name == RawCatalog::KEY {
            match value.get_ref().as_table() {
                Some(table) => raw.catalog = Some(RawCatalog::read(table, at, faults)),
                None => faults.push(
                    at,
                    Fault::WrongType {
                        key: name.to_owned(),
                        expected: "a table",
                        found: value.get_ref().type_str(),
                    },
                ),
            }
            continue;
        }
        let DeValue::Array(items) = value.get_ref() else {
            let found = value.get_ref().type_str();
            faults.push(
                at,
                Fault::WrongType {
                    key: name.to_owned(),
                    expected: "an array of tables",
                    found,
                },
            );
            continue;
        };
        let starts = headers.get(name).filter(|h| h.len() == items.len());
        for (i, item) in items.iter().enumerate() {
            let Some(table) = item.get_ref().as_table() else {
                let found = item.get_ref().type_str();
                faults.push(
                    item.span().start,
                    Fault::WrongType {
                        key: name.to_owned(),
                        expected: "a table",
                        found,
                    },
                );
                continue;
            };
            // toml gives an element of an array of tables no span of its own.
            let at = starts.map_or(item.span().start, |s| s[i]);
            if name == RawCategory::KEY {
                raw.categories.push(RawCategory::read(table, at, faults));
            } else if name == RawRetired::KEY {
                raw.retired.push(RawRetired::read(table, at, faults));
            } else {
                raw.entries.push(RawEntry::read(table, at, faults));
            }
        }
    }
    raw
}

/// The offset of every `[[name]]` header, by name, in file order: one pass over the
/// lines. (A header-like line inside a multi-line string makes a count that differs from
/// the number of tables, and the headers of that name are then not used.)
fn headers(source: &str) -> HashMap<&str, Vec<usize>> {
    let mut found: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("[[")
            && let Some(end) = rest.find("]]")
        {
            let at = offset + (line.len() - trimmed.len());
            found.entry(rest[..end].trim()).or_default().push(at);
        }
        offset += line.len();
    }
    found
}

fn unknown_key(key: &str, table: &'static str, expected: &'static [&'static str]) -> Fault {
    let suggestion = crate::suggest(key, expected.iter().copied()).map(str::to_owned);
    Fault::UnknownKey {
        key: key.to_owned(),
        table,
        suggestion,
        expected,
    }
}

fn string(key: &str, v: &DeValue<'_>, span: Range<usize>, faults: &mut Faults) -> Option<Str> {
    match v.as_str() {
        Some(s) => Some(Str {
            value: s.to_owned(),
            span,
        }),
        None => {
            faults.push(
                span.start,
                Fault::WrongType {
                    key: key.to_owned(),
                    expected: "a string",
                    found: v.type_str(),
                },
            );
            None
        }
    }
}

fn strings(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<Vec<Str>> {
    let wrong = |faults: &mut Faults, at: usize, found: &'static str| {
        let fault = Fault::WrongType {
            key: key.to_owned(),
            expected: "an array of strings",
            found,
        };
        faults.push(at, fault);
    };
    let Some(items) = v.as_array() else {
        wrong(faults, span.start, v.type_str());
        return None;
    };
    let mut strings = Vec::with_capacity(items.len());
    for item in items {
        match item.get_ref().as_str() {
            Some(s) => strings.push(Str {
                value: s.to_owned(),
                span: item.span(),
            }),
            None => wrong(faults, item.span().start, item.get_ref().type_str()),
        }
    }
    Some(strings)
}

fn boolean(key: &str, v: &DeValue<'_>, span: Range<usize>, faults: &mut Faults) -> Option<bool> {
    let value = v.as_bool();
    if value.is_none() {
        let fault = Fault::WrongType {
            key: key.to_owned(),
            expected: "`true` or `false`",
            found: v.type_str(),
        };
        faults.push(span.start, fault);
    }
    value
}

/// An integer's value, `None` when it does not fit in an `i64`.
fn to_i64(i: &DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

/// An integer's value, `None` with a fault when it is not an integer.
fn integer(
    key: &str,
    v: &DeValue<'_>,
    at: usize,
    faults: &mut Faults,
) -> Option<(Option<i64>, String)> {
    match v.as_integer() {
        Some(i) => Some((to_i64(i), i.to_string())),
        None => {
            faults.push(
                at,
                Fault::WrongType {
                    key: key.to_owned(),
                    expected: "an integer",
                    found: v.type_str(),
                },
            );
            None
        }
    }
}

fn code(key: &str, v: &DeValue<'_>, span: Range<usize>, faults: &mut Faults) -> Option<Num<u16>> {
    let at = span.start;
    let (value, written) = integer(key, v, at, faults)?;
    match value.and_then(|n| u16::try_from(n).ok()) {
        Some(value) => Some(Num { value, at }),
        None => {
            faults.push(at, Fault::CodeOutOfRange { value: written });
            None
        }
    }
}

fn status(key: &str, v: &DeValue<'_>, span: Range<usize>, faults: &mut Faults) -> Option<Num<u16>> {
    let at = span.start;
    let (value, written) = integer(key, v, at, faults)?;
    match value.filter(|n| (100..=599).contains(n)) {
        Some(n) => Some(Num {
            value: n as u16,
            at,
        }),
        None => {
            faults.push(at, Fault::StatusOutOfRange { value: written });
            None
        }
    }
}

fn range(
    _key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<Num<(u16, u16)>> {
    let at = span.start;
    let bound = |i: usize| {
        v.get(i)
            .and_then(|x| x.get_ref().as_integer())
            .and_then(to_i64)
            .and_then(|n| u16::try_from(n).ok())
    };
    let len = v.as_array().map(|a| a.len());
    match (len, bound(0), bound(1)) {
        (Some(2), Some(first), Some(last)) if first <= last => Some(Num {
            value: (first, last),
            at,
        }),
        _ => {
            faults.push(at, Fault::InvalidRange);
            None
        }
    }
}

#[cfg(test)]
mod tests {
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
    const MACRO_DOC: &str = include_str!("../../zingle-errors/src/zingle_errors_macro.md");
    const CODES_TOML: &str = include_str!("../../../codes.toml");

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
}
