//! The readers of a key's value: each checks its type (and range), or says what is wrong.

use std::ops::{Range, RangeInclusive};

use toml::de::{DeInteger, DeValue};

use super::{Num, Str};
use crate::Fault;
use crate::faults::Faults;

pub(super) fn unknown_key(
    key: &str,
    table: &'static str,
    expected: &'static [&'static str],
) -> Fault {
    let suggestion = crate::suggest(key, expected.iter().copied()).map(str::to_owned);
    Fault::UnknownKey {
        key: key.to_owned(),
        table,
        suggestion,
        expected,
    }
}

pub(super) fn string(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<Str> {
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

pub(super) fn strings(
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

pub(super) fn boolean(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<bool> {
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

pub(super) fn code(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<Num<u16>> {
    number_in(key, v, span, faults, 0..=u16::MAX, |value| {
        Fault::CodeOutOfRange { value }
    })
}

pub(super) fn status(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
) -> Option<Num<u16>> {
    number_in(key, v, span, faults, 100..=599, |value| {
        Fault::StatusOutOfRange { value }
    })
}

/// An integer within `bounds`; outside them, `None` with the fault `out_of_range` makes of
/// the number as written.
fn number_in(
    key: &str,
    v: &DeValue<'_>,
    span: Range<usize>,
    faults: &mut Faults,
    bounds: RangeInclusive<u16>,
    out_of_range: fn(String) -> Fault,
) -> Option<Num<u16>> {
    let at = span.start;
    let (value, written) = integer(key, v, at, faults)?;
    let value = value.and_then(|n| u16::try_from(n).ok());
    match value.filter(|n| bounds.contains(n)) {
        Some(value) => Some(Num { value, at }),
        None => {
            faults.push(at, out_of_range(written));
            None
        }
    }
}

pub(super) fn range(
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
