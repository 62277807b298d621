//! File → raw model: walks toml's spanned document, checking keys and value types.

use std::ops::Range;

use toml::de::{DeInteger, DeTable, DeValue};

use crate::Fault;

pub(crate) type Faults = Vec<(usize, Fault)>;

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

pub(crate) struct RawCategory {
    pub at: usize,
    pub name: Option<Str>,
    pub title: Option<Str>,
    pub range: Option<Num<(u16, u16)>>,
    pub status: Option<Num<u16>>,
}

pub(crate) struct RawEntry {
    pub at: usize,
    pub code: Option<Num<u16>>,
    pub name: Option<Str>,
    pub category: Option<Str>,
    pub message: Option<Str>,
    pub explanation: Option<Str>,
    pub published_message: Option<Str>,
    pub published_explanation: Option<Str>,
    pub status: Option<Num<u16>>,
}

#[derive(Default)]
pub(crate) struct Raw {
    pub categories: Vec<RawCategory>,
    pub entries: Vec<RawEntry>,
    /// Whether the TOML itself failed to parse (nothing else is then checked).
    pub broken: bool,
}

const TOP_KEYS: &[&str] = &["category", "code"];
const CATEGORY_KEYS: &[&str] = &["name", "title", "range", "status"];
const CODE_KEYS: &[&str] = &[
    "code",
    "name",
    "category",
    "message",
    "explanation",
    "published_message",
    "published_explanation",
    "status",
];

pub(crate) fn parse(source: &str, faults: &mut Faults) -> Raw {
    let (doc, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            faults.push((at, Fault::Syntax(e.message().trim().to_owned())));
        }
        return Raw {
            broken: true,
            ..Raw::default()
        };
    }
    let mut raw = Raw::default();
    for (key, value) in doc.get_ref() {
        let name = key.get_ref().as_ref();
        let at = key.span().start;
        let tables = match (name, value.get_ref()) {
            ("category" | "code", DeValue::Array(items)) => items,
            ("category" | "code", other) => {
                let found = other.type_str();
                faults.push((
                    at,
                    Fault::WrongType {
                        key: name.to_owned(),
                        expected: "an array of tables",
                        found,
                    },
                ));
                continue;
            }
            _ => {
                faults.push((at, unknown_key(name, "the top level", TOP_KEYS)));
                continue;
            }
        };
        for item in tables {
            let Some(table) = item.get_ref().as_table() else {
                let found = item.get_ref().type_str();
                faults.push((
                    item.span().start,
                    Fault::WrongType {
                        key: name.to_owned(),
                        expected: "a table",
                        found,
                    },
                ));
                continue;
            };
            let first_key = table.keys().map(|k| k.span().start).min();
            let at = table_start(source, first_key.unwrap_or(item.span().start));
            if name == "category" {
                raw.categories.push(category(table, at, faults));
            } else {
                raw.entries.push(entry(table, at, faults));
            }
        }
    }
    raw
}

/// The start of the `[[...]]` header of a table whose first key starts at `offset`
/// (toml gives the element of an array of tables no span of its own).
fn table_start(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    source[..offset].rfind("[[").unwrap_or(offset)
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

fn category(table: &DeTable<'_>, at: usize, faults: &mut Faults) -> RawCategory {
    let mut c = RawCategory {
        at,
        name: None,
        title: None,
        range: None,
        status: None,
    };
    for (key, value) in table {
        let k = key.get_ref().as_ref();
        let span = value.span();
        let v = value.get_ref();
        match k {
            "name" => c.name = string(k, v, span, faults),
            "title" => c.title = string(k, v, span, faults),
            "status" => c.status = status(v, span.start, faults),
            "range" => c.range = range(v, span.start, faults),
            _ => faults.push((
                key.span().start,
                unknown_key(k, "[[category]]", CATEGORY_KEYS),
            )),
        }
    }
    missing_keys(
        table,
        &["name", "title", "range"],
        "[[category]]",
        at,
        faults,
    );
    c
}

fn entry(table: &DeTable<'_>, at: usize, faults: &mut Faults) -> RawEntry {
    let mut e = RawEntry {
        at,
        code: None,
        name: None,
        category: None,
        message: None,
        explanation: None,
        published_message: None,
        published_explanation: None,
        status: None,
    };
    for (key, value) in table {
        let k = key.get_ref().as_ref();
        let span = value.span();
        let v = value.get_ref();
        match k {
            "code" => e.code = code(v, span.start, faults),
            "name" => e.name = string(k, v, span, faults),
            "category" => e.category = string(k, v, span, faults),
            "message" => e.message = string(k, v, span, faults),
            "explanation" => e.explanation = string(k, v, span, faults),
            "published_message" => e.published_message = string(k, v, span, faults),
            "published_explanation" => e.published_explanation = string(k, v, span, faults),
            "status" => e.status = status(v, span.start, faults),
            _ => faults.push((key.span().start, unknown_key(k, "[[code]]", CODE_KEYS))),
        }
    }
    missing_keys(
        table,
        &["code", "name", "category", "message"],
        "[[code]]",
        at,
        faults,
    );
    e
}

/// A fault for each required key the table lacks (one present with a wrong value has
/// its own fault already).
fn missing_keys(
    table: &DeTable<'_>,
    required: &[&'static str],
    name: &'static str,
    at: usize,
    faults: &mut Faults,
) {
    for &key in required {
        if !table.keys().any(|k| k.get_ref() == key) {
            faults.push((at, Fault::MissingKey { key, table: name }));
        }
    }
}

fn string(key: &str, v: &DeValue<'_>, span: Range<usize>, faults: &mut Faults) -> Option<Str> {
    match v.as_str() {
        Some(s) => Some(Str {
            value: s.to_owned(),
            span,
        }),
        None => {
            faults.push((
                span.start,
                Fault::WrongType {
                    key: key.to_owned(),
                    expected: "a string",
                    found: v.type_str(),
                },
            ));
            None
        }
    }
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
            faults.push((
                at,
                Fault::WrongType {
                    key: key.to_owned(),
                    expected: "an integer",
                    found: v.type_str(),
                },
            ));
            None
        }
    }
}

fn code(v: &DeValue<'_>, at: usize, faults: &mut Faults) -> Option<Num<u16>> {
    let (value, written) = integer("code", v, at, faults)?;
    match value.and_then(|n| u16::try_from(n).ok()) {
        Some(value) => Some(Num { value, at }),
        None => {
            faults.push((at, Fault::CodeOutOfRange { value: written }));
            None
        }
    }
}

fn status(v: &DeValue<'_>, at: usize, faults: &mut Faults) -> Option<Num<u16>> {
    let (value, written) = integer("status", v, at, faults)?;
    match value.filter(|n| (100..=599).contains(n)) {
        Some(n) => Some(Num {
            value: n as u16,
            at,
        }),
        None => {
            faults.push((at, Fault::StatusOutOfRange { value: written }));
            None
        }
    }
}

fn range(v: &DeValue<'_>, at: usize, faults: &mut Faults) -> Option<Num<(u16, u16)>> {
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
            faults.push((at, Fault::InvalidRange));
            None
        }
    }
}
