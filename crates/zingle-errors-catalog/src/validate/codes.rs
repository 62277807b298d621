//! The rules of codes and categories: numbers, ranges and statuses.

use std::collections::HashMap;

use super::Seen;
use crate::faults::Faults;
use crate::parse::{Num, RawEntry, Str};
use crate::{Catalog, Category, Fault, suggest};

/// No two codes have the same number.
pub(super) fn code_is_unique(code: &Num<u16>, seen: &mut Seen<'_>, faults: &mut Faults) -> bool {
    if let Some(&first) = seen.codes.get(&code.value) {
        let fault = Fault::DuplicateCode {
            code: code.value,
            first: seen.index.location(first),
        };
        faults.push(code.at, fault);
        return false;
    }
    seen.codes.insert(code.value, code.at);
    true
}

/// A code's category is declared; the index of the category.
pub(super) fn category_is_declared(
    name: &Str,
    categories: &[Category],
    by_name: &HashMap<&str, usize>,
    faults: &mut Faults,
) -> Option<usize> {
    let found = by_name.get(name.value.as_str()).copied();
    if found.is_none() {
        let names = categories.iter().map(|k| k.name.as_str());
        let fault = Fault::UnknownCategory {
            name: name.value.clone(),
            suggestion: suggest(&name.value, names).map(str::to_owned),
        };
        faults.push(name.span.start, fault);
    }
    found
}

/// A code lies in the range of its category.
pub(super) fn code_lies_in_its_category(
    code: &Num<u16>,
    category: &Category,
    faults: &mut Faults,
) -> bool {
    let ok = (category.first..=category.last).contains(&code.value);
    if !ok {
        let fault = Fault::CodeOutsideCategory {
            code: code.value,
            category: category.name.clone(),
            first: category.first,
            last: category.last,
        };
        faults.push(code.at, fault);
    }
    ok
}

/// A code has an HTTP status: its own, or its category's; the status.
pub(super) fn code_has_a_status(
    e: &RawEntry,
    category: &Category,
    faults: &mut Faults,
) -> Option<u16> {
    let status = e.status.as_ref().map(|s| s.value).or(category.status);
    if status.is_none() {
        faults.push(e.at, Fault::MissingStatus);
    }
    status
}

/// No two categories' ranges overlap. Ranges are compared in order of their first code,
/// each with the one reaching furthest before it; a fault is reported at the category
/// declared later, naming the other.
pub(super) fn category_ranges_do_not_overlap(
    categories: &[Category],
    range_offsets: &[usize],
    faults: &mut Faults,
) {
    let mut order: Vec<usize> = (0..categories.len()).collect();
    order.sort_by_key(|&i| (categories[i].first, i));
    let mut furthest: Option<usize> = None;
    for i in order {
        if let Some(f) = furthest
            && categories[i].first <= categories[f].last
        {
            let (later, earlier) = if i > f { (i, f) } else { (f, i) };
            let (this, other) = (&categories[later], &categories[earlier]);
            let fault = Fault::OverlappingCategories {
                first: this.first,
                last: this.last,
                other: other.name.clone(),
                other_at: other.location.clone(),
            };
            faults.push(range_offsets[later], fault);
        }
        if furthest.is_none_or(|f| categories[i].last > categories[f].last) {
            furthest = Some(i);
        }
    }
}

/// A catalog defines at least one code (reported only when nothing else is wrong, as
/// every entry may have been refused for another fault).
pub(super) fn catalog_has_codes(catalog: &Catalog, faults: &mut Faults) {
    if catalog.entries.is_empty() && faults.is_empty() {
        faults.push(0, Fault::NoCodes);
    }
}

/// No code takes the number of a retired code.
pub(super) fn code_is_not_retired(code: &Num<u16>, seen: &Seen<'_>, faults: &mut Faults) -> bool {
    let Some(&at) = seen.retired_codes.get(&code.value) else {
        return true;
    };
    let fault = Fault::ReusesRetired {
        what: format!("code {} is the number", code.value),
        retired_at: seen.index.location(at),
    };
    faults.push(code.at, fault);
    false
}
