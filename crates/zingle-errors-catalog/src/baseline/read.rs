//! Reading a lock: the `[lock]` table split from the catalog, each read, every fault kept.

use toml::de::{DeTable, DeValue};

use super::{Former, Lock};
use crate::error::Error;
use crate::faults::Faults;
use crate::location::LineIndex;
use crate::{Errors, Fault, Version};

/// The top-level key of the lock's own table.
const LOCK: &str = "lock";
/// The keys of `[lock]`.
const LOCK_KEYS: &[&str] = &["version", "former"];
/// The keys of an entry of `[lock] former`.
const FORMER_KEYS: &[&str] = &["code", "name"];

/// Reads a lock: the catalog with the catalog's parser, the `[lock]` table beside it.
/// A catalog file with no `[lock]` table is a lock of no version and no history.
///
/// ```
/// let lock = zingle_errors_catalog::baseline::read(
///     "[lock]\nversion = \"1.2.0\"\nformer = [{ code = 2, name = \"Gone\" }]\n\
///      [[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops\"\n",
///     "codes.lock",
/// )?;
/// assert_eq!(lock.version.map(|v| v.to_string()), Some("1.2.0".to_owned()));
/// assert_eq!(lock.former[0].name, "Gone");
/// assert_eq!(lock.catalog.entries().len(), 1);
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
///
/// # Errors
///
/// Every fault of the catalog and of the `[lock]` table, each with its location.
pub fn read(source: &str, path: &str) -> Result<Lock, Errors> {
    let (catalog_text, lock_text) = split(source);
    let (catalog, catalog_errors) = crate::parse_recovering(&catalog_text, path);
    let mut faults = Faults::default();
    let (version, former) = read_lock_table(&lock_text, &mut faults);
    let index = LineIndex::new(&lock_text, path);
    let mut errors: Vec<Error> = catalog_errors.map(|e| e.0).unwrap_or_default();
    errors.extend(faults.into_errors(&index).into_iter().flat_map(|e| e.0));
    if errors.is_empty() {
        return Ok(Lock {
            catalog,
            version,
            former,
        });
    }
    // Both texts keep every line where it was: their locations are the file's.
    errors.sort_by_key(|e| (e.location.line, e.location.column));
    Err(Errors(errors))
}

/// The file's text twice, each with the other's lines emptied: the catalog (every line
/// but the `[lock]` table's) and the `[lock]` table. Every line stays where it was, so
/// that locations in either are the file's.
///
/// A table starts at a line that starts with `[`; a line of a multi-line string that
/// does so would be taken for one (the lock is written without any).
fn split(source: &str) -> (String, String) {
    let mut catalog = String::with_capacity(source.len());
    let mut lock = String::new();
    let mut in_lock = false;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            let name = trimmed.trim_start_matches('[').trim_start();
            in_lock = name
                .strip_prefix(LOCK)
                .is_some_and(|rest| rest.trim_start().starts_with([']', '.']));
        }
        let (keep, empty) = if in_lock {
            (&mut lock, &mut catalog)
        } else {
            (&mut catalog, &mut lock)
        };
        keep.push_str(line);
        if line.ends_with('\n') {
            empty.push('\n');
        }
    }
    (catalog, lock)
}

/// The `[lock]` table's version and former names, every fault in `faults`.
fn read_lock_table(text: &str, faults: &mut Faults) -> (Option<Version>, Vec<Former>) {
    let (doc, errors) = DeTable::parse_recoverable(text);
    let mut version = None;
    let mut former = Vec::new();
    if !errors.is_empty() {
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            faults.push(at, Fault::Syntax(e.message().trim().to_owned()));
        }
        return (version, former);
    }
    let Some((key, value)) = doc.get_ref().iter().next() else {
        return (version, former);
    };
    let Some(table) = value.get_ref().as_table() else {
        faults.push(
            key.span().start,
            wrong_type(LOCK, "a table", value.get_ref()),
        );
        return (version, former);
    };
    for (key, value) in table {
        let at = value.span().start;
        match key.get_ref().as_ref() {
            "version" => match value.get_ref().as_str().map(str::parse::<Version>) {
                Some(Ok(v)) => version = Some(v),
                Some(Err(_)) => faults.push(at, not_a_version("version")),
                None => faults.push(at, wrong_type("version", "a string", value.get_ref())),
            },
            "former" => former = read_former(value.get_ref(), at, faults),
            other => faults.push(key.span().start, unknown_key(other, "[lock]", LOCK_KEYS)),
        }
    }
    (version, former)
}

/// `[lock] former`: an array of `{ code, name }`.
fn read_former(value: &DeValue<'_>, at: usize, faults: &mut Faults) -> Vec<Former> {
    const EXPECTED: &str = "an array of `{ code = NUMBER, name = \"Name\" }`";
    let Some(items) = value.as_array() else {
        faults.push(at, wrong_type("former", EXPECTED, value));
        return Vec::new();
    };
    let mut former = Vec::with_capacity(items.len());
    for item in items {
        let at = item.span().start;
        let Some(table) = item.get_ref().as_table() else {
            faults.push(at, wrong_type("former", EXPECTED, item.get_ref()));
            continue;
        };
        let (mut code, mut name) = (None, None);
        for (key, value) in table {
            let v = value.get_ref();
            let at = value.span().start;
            match key.get_ref().as_ref() {
                "code" => match v.as_integer() {
                    Some(i) => {
                        let n = i64::from_str_radix(i.as_str(), i.radix()).ok();
                        match n.and_then(|n| u16::try_from(n).ok()) {
                            Some(n) => code = Some(n),
                            None => faults.push(
                                at,
                                Fault::CodeOutOfRange {
                                    value: i.to_string(),
                                },
                            ),
                        }
                    }
                    None => faults.push(at, wrong_type("code", "an integer", v)),
                },
                "name" => match v.as_str() {
                    Some(s) => name = Some(s.to_owned()),
                    None => faults.push(at, wrong_type("name", "a string", v)),
                },
                other => faults.push(
                    key.span().start,
                    unknown_key(other, "[lock] former", FORMER_KEYS),
                ),
            }
        }
        for (key, present) in [("code", code.is_some()), ("name", name.is_some())] {
            if !present && !table.keys().any(|k| k.get_ref() == key) {
                faults.push(
                    at,
                    Fault::MissingKey {
                        key,
                        table: "[lock] former",
                    },
                );
            }
        }
        if let (Some(code), Some(name)) = (code, name) {
            former.push(Former { code, name });
        }
    }
    former
}

fn wrong_type(key: &str, expected: &'static str, found: &DeValue<'_>) -> Fault {
    Fault::WrongType {
        key: key.to_owned(),
        expected,
        found: found.type_str(),
    }
}

fn not_a_version(key: &str) -> Fault {
    Fault::WrongType {
        key: key.to_owned(),
        expected: "a version MAJOR.MINOR.PATCH, such as \"1.4.2\"",
        found: "another string",
    }
}

fn unknown_key(key: &str, table: &'static str, expected: &'static [&'static str]) -> Fault {
    Fault::UnknownKey {
        key: key.to_owned(),
        table,
        suggestion: crate::suggest(key, expected.iter().copied()).map(str::to_owned),
        expected,
    }
}
