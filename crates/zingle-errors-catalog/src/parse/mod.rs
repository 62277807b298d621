//! File → raw model: walks toml's spanned document, checking keys and value types.

use std::collections::HashMap;

use toml::de::{DeTable, DeValue};

use crate::Fault;
use crate::faults::Faults;

mod tables;
#[cfg(test)]
mod tests;
mod values;

pub(crate) use tables::{Num, RawCatalog, RawCategory, RawEntry, RawRetired, Str};
use values::unknown_key;

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
/// Every kind of table and the keys it accepts: for the test that a change to any key
/// is a change the diff sees.
#[cfg(test)]
pub(crate) const TABLE_KEYS: &[(&str, &[&str])] = &[
    (RawCatalog::KEY, RawCatalog::KEYS),
    (RawCategory::KEY, RawCategory::KEYS),
    (RawEntry::KEY, RawEntry::KEYS),
    (RawRetired::KEY, RawRetired::KEYS),
];

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
