//! Raw model → [`Catalog`]: the rules that span entries, each stated once.

use std::collections::HashMap;

use crate::parse::{Faults, Raw, Str};
use crate::{Catalog, Category, Entry, Fault, Location, RESERVED_CONSTRUCTORS, Template};

pub(crate) fn validate(raw: Raw, source: &str, path: &str, faults: &mut Faults) -> Catalog {
    let mut catalog = Catalog {
        categories: Vec::new(),
        entries: Vec::new(),
    };
    if raw.broken {
        return catalog;
    }
    let here = |offset: usize| format!("{path}:{}", Location::of_offset(source, offset));

    // Category names are UpperCamelCase and unique; ranges do not overlap.
    let mut category_at: HashMap<String, usize> = HashMap::new();
    for c in raw.categories {
        let (Some(name), Some(title), Some(range)) = (c.name, c.title, c.range) else {
            continue;
        };
        if !crate::is_upper_camel_case(&name.value) {
            faults.push((
                name.span.start,
                Fault::InvalidName {
                    name: name.value.clone(),
                },
            ));
        }
        if let Some(&first) = category_at.get(&name.value) {
            faults.push((
                name.span.start,
                Fault::DuplicateName {
                    name: name.value,
                    first: here(first),
                },
            ));
            continue;
        }
        let (first, last) = range.value;
        if let Some(other) = catalog
            .categories
            .iter()
            .find(|o| o.first <= last && first <= o.last)
        {
            let other_at = format!("{path}:{}", other.location);
            faults.push((
                range.at,
                Fault::OverlappingCategories {
                    first,
                    last,
                    other: other.name.clone(),
                    other_at,
                },
            ));
        }
        category_at.insert(name.value.clone(), name.span.start);
        catalog.categories.push(Category {
            name: name.value,
            title: title.value,
            first,
            last,
            status: c.status.map(|s| s.value),
            location: Location::of_offset(source, c.at),
        });
    }

    // Codes are unique; names are UpperCamelCase, unique, and give unique, unreserved
    // constructors; each code lies in its category's range and has a status.
    let mut code_at: HashMap<u16, usize> = HashMap::new();
    let mut name_at: HashMap<String, usize> = HashMap::new();
    let mut snake_at: HashMap<String, usize> = HashMap::new();
    for e in raw.entries {
        let mut ok = true;
        if let Some(code) = &e.code {
            if let Some(&first) = code_at.get(&code.value) {
                faults.push((
                    code.at,
                    Fault::DuplicateCode {
                        code: code.value,
                        first: here(first),
                    },
                ));
                ok = false;
            } else {
                code_at.insert(code.value, code.at);
            }
        }
        if let Some(name) = &e.name {
            ok &= check_name(name, &mut name_at, &mut snake_at, &here, faults);
        }
        let category = e.category.as_ref().and_then(|c| {
            let found = catalog.categories.iter().position(|k| k.name == c.value);
            if found.is_none() {
                let names = catalog.categories.iter().map(|k| k.name.as_str());
                let suggestion = crate::suggest(&c.value, names).map(str::to_owned);
                faults.push((
                    c.span.start,
                    Fault::UnknownCategory {
                        name: c.value.clone(),
                        suggestion,
                    },
                ));
            }
            found
        });
        if let (Some(code), Some(index)) = (&e.code, category) {
            let k = &catalog.categories[index];
            if !(k.first..=k.last).contains(&code.value) {
                let (category, first, last) = (k.name.clone(), k.first, k.last);
                faults.push((
                    code.at,
                    Fault::CodeOutsideCategory {
                        code: code.value,
                        category,
                        first,
                        last,
                    },
                ));
                ok = false;
            }
        }
        let message = e.message.as_ref().and_then(|m| template(m, source, faults));
        let status = e
            .status
            .as_ref()
            .map(|s| s.value)
            .or_else(|| category.and_then(|i| catalog.categories[i].status));
        if status.is_none() && category.is_some() {
            faults.push((e.at, Fault::MissingStatus));
        }
        let (Some(code), Some(name), Some(category), Some(message), Some(status), true) =
            (e.code, e.name, category, message, status, ok)
        else {
            continue;
        };
        catalog.entries.push(Entry {
            code: code.value,
            name: name.value,
            category,
            message,
            explanation: e.explanation.map(|s| s.value),
            published_message: e.published_message.map(|s| s.value),
            published_explanation: e.published_explanation.map(|s| s.value),
            status,
            location: Location::of_offset(source, e.at),
        });
    }
    if catalog.entries.is_empty() && faults.is_empty() {
        faults.push((0, Fault::NoCodes));
    }
    catalog.entries.sort_by_key(|e| e.code);
    catalog
}

fn check_name(
    name: &Str,
    name_at: &mut HashMap<String, usize>,
    snake_at: &mut HashMap<String, usize>,
    here: &impl Fn(usize) -> String,
    faults: &mut Faults,
) -> bool {
    let at = name.span.start;
    if !crate::is_upper_camel_case(&name.value) {
        faults.push((
            at,
            Fault::InvalidName {
                name: name.value.clone(),
            },
        ));
        return false;
    }
    if let Some(&first) = name_at.get(&name.value) {
        faults.push((
            at,
            Fault::DuplicateName {
                name: name.value.clone(),
                first: here(first),
            },
        ));
        return false;
    }
    name_at.insert(name.value.clone(), at);
    let snake = crate::to_snake_case(&name.value);
    if RESERVED_CONSTRUCTORS.contains(&snake.as_str()) {
        faults.push((
            at,
            Fault::ReservedName {
                name: name.value.clone(),
                method: snake,
            },
        ));
        return false;
    }
    if let Some(&first) = snake_at.get(&snake) {
        faults.push((
            at,
            Fault::DuplicateName {
                name: snake,
                first: here(first),
            },
        ));
        return false;
    }
    snake_at.insert(snake, at);
    true
}

/// Parses a message, pointing a fault at the brace itself when the TOML string has no
/// escapes (so that template offsets are source offsets).
fn template(message: &Str, source: &str, faults: &mut Faults) -> Option<Template> {
    if message.value.trim().is_empty() {
        faults.push((message.span.start, Fault::EmptyMessage));
        return None;
    }
    Template::parse(&message.value)
        .map_err(|error| {
            let literal = &source[message.span.clone()];
            let verbatim = literal.len() == message.value.len() + 2
                && literal[1..literal.len() - 1] == message.value;
            let at = if verbatim {
                message.span.start + 1 + error.offset()
            } else {
                message.span.start
            };
            faults.push((
                at,
                Fault::Template {
                    key: "message",
                    error,
                },
            ));
        })
        .ok()
}
