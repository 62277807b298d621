//! The rules of names: of codes, former names and categories, and the constructors
//! they give.

use std::collections::HashMap;

use super::Seen;
use crate::faults::Faults;
use crate::location::LineIndex;
use crate::parse::Str;
use crate::{
    Fault, NOT_RAW, RESERVED_CONSTRUCTORS, RESERVED_VARIANTS, is_upper_camel_case, to_snake_case,
};

/// Names of codes and categories are UpperCamelCase Rust identifiers.
pub(super) fn name_is_upper_camel_case(name: &Str, faults: &mut Faults) -> bool {
    let ok = is_upper_camel_case(&name.value);
    if !ok {
        let fault = Fault::InvalidName {
            name: name.value.clone(),
        };
        faults.push(name.span.start, fault);
    }
    ok
}

/// No code or category takes the name of an item of the generated enums.
pub(super) fn name_is_not_reserved(name: &Str, faults: &mut Faults) -> bool {
    let ok = !RESERVED_VARIANTS.contains(&name.value.as_str());
    if !ok {
        let fault = Fault::ReservedVariant {
            name: name.value.clone(),
        };
        faults.push(name.span.start, fault);
    }
    ok
}

/// No two codes, and no two categories, have the same name.
pub(super) fn name_is_unique(
    name: &Str,
    first_at: &mut HashMap<String, usize>,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> bool {
    if let Some(&first) = first_at.get(&name.value) {
        let fault = Fault::DuplicateName {
            name: name.value.clone(),
            first: index.location(first),
        };
        faults.push(name.span.start, fault);
        return false;
    }
    first_at.insert(name.value.clone(), name.span.start);
    true
}

/// A code's constructor (its name in snake_case) can be named (raw where it is a
/// keyword), and is no method of the error type and no other code's constructor.
pub(super) fn constructor_is_free(name: &Str, seen: &mut Seen<'_>, faults: &mut Faults) -> bool {
    let at = name.span.start;
    let snake = to_snake_case(&name.value);
    if NOT_RAW.contains(&snake.as_str()) {
        let fault = Fault::KeywordName {
            name: name.value.clone(),
            method: snake,
        };
        faults.push(at, fault);
        return false;
    }
    if RESERVED_CONSTRUCTORS.contains(&snake.as_str()) {
        let fault = Fault::ReservedName {
            name: name.value.clone(),
            method: snake,
        };
        faults.push(at, fault);
        return false;
    }
    let snake = Str {
        value: snake,
        span: name.span.clone(),
    };
    name_is_unique(&snake, &mut seen.constructors, seen.index, faults)
}

/// No code takes the name of a retired code.
pub(super) fn name_is_not_retired(name: &Str, seen: &Seen<'_>, faults: &mut Faults) -> bool {
    let Some(&at) = seen.retired_names.get(&name.value) else {
        return true;
    };
    let fault = Fault::ReusesRetired {
        what: format!("name `{}` is the name", name.value),
        retired_at: seen.index.location(at),
    };
    faults.push(name.span.start, fault);
    false
}
