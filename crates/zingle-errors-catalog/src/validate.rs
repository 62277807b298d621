//! Raw tables → [`Catalog`]: the rules of the format, one function per rule, each named
//! for what it requires.

use std::collections::{HashMap, HashSet};

use crate::error::Faults;
use crate::location::LineIndex;
use crate::parse::{Num, Raw, RawCategory, RawEntry, RawRetired, Str};
use crate::{
    Catalog, Category, Entry, Fault, NOT_RAW, RESERVED_CONSTRUCTORS, RESERVED_VARIANTS, Retired,
    Template, is_snake_case, is_upper_camel_case, suggest, to_snake_case,
};

/// What the rules have seen so far: the offset where each code and name first appears.
struct Seen<'i> {
    index: &'i LineIndex<'i>,
    category_names: HashMap<String, usize>,
    codes: HashMap<u16, usize>,
    names: HashMap<String, usize>,
    constructors: HashMap<String, usize>,
    /// Categories declared with a fault: their codes are not checked against them, so
    /// that one fault is not reported again at every code of the category.
    faulty_categories: HashSet<String>,
    /// The numbers and names of retired codes, where they are retired.
    retired_codes: HashMap<u16, usize>,
    retired_names: HashMap<String, usize>,
}

pub(crate) fn validate(raw: Raw, index: &LineIndex<'_>, faults: &mut Faults) -> Catalog {
    let mut catalog = Catalog {
        name: None,
        doc_url: None,
        categories: Vec::new(),
        entries: Vec::new(),
        retired: Vec::new(),
    };
    if raw.broken {
        return catalog;
    }
    let mut seen = Seen {
        index,
        category_names: HashMap::new(),
        codes: HashMap::new(),
        names: HashMap::new(),
        constructors: HashMap::new(),
        faulty_categories: HashSet::new(),
        retired_codes: HashMap::new(),
        retired_names: HashMap::new(),
    };
    for r in raw.retired {
        catalog.retired.extend(retired(r, &mut seen, faults));
    }
    if let Some(meta) = raw.catalog {
        catalog.name = meta
            .name
            .filter(|n| catalog_name_is_snake_case(n, faults))
            .map(|n| n.value);
        catalog.doc_url = meta
            .doc_url
            .and_then(|u| doc_url_is_a_template(&u, index, faults));
    }
    let mut range_offsets = Vec::new();
    for c in raw.categories {
        if let Some((category, range_at)) = category(c, &mut seen, faults) {
            catalog.categories.push(category);
            range_offsets.push(range_at);
        }
    }
    category_ranges_do_not_overlap(&catalog.categories, &range_offsets, faults);
    let by_name: HashMap<&str, usize> = catalog
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.as_str(), i))
        .collect();
    let mut entries = Vec::with_capacity(raw.entries.len());
    for e in raw.entries {
        entries.extend(entry(e, &catalog.categories, &by_name, &mut seen, faults));
    }
    catalog.entries = entries;
    catalog_has_codes(&catalog, faults);
    catalog.entries.sort_by_key(|e| e.code);
    catalog
}

fn category(c: RawCategory, seen: &mut Seen<'_>, faults: &mut Faults) -> Option<(Category, usize)> {
    let (name, title, range) = match (c.name, c.title, c.range) {
        (Some(name), Some(title), Some(range)) => (name, title, range),
        (Some(name), _, _) => {
            seen.faulty_categories.insert(name.value);
            return None;
        }
        _ => return None,
    };
    if !(name_is_upper_camel_case(&name, faults) && name_is_not_reserved(&name, faults)) {
        seen.faulty_categories.insert(name.value);
        return None;
    }
    if !name_is_unique(&name, &mut seen.category_names, seen.index, faults) {
        return None;
    }
    let (first, last) = range.value;
    let category = Category {
        name: name.value,
        title: title.value,
        first,
        last,
        status: c.status.map(|s| s.value),
        location: seen.index.location(c.at),
    };
    Some((category, range.at))
}

fn entry(
    e: RawEntry,
    categories: &[Category],
    by_name: &HashMap<&str, usize>,
    seen: &mut Seen<'_>,
    faults: &mut Faults,
) -> Option<Entry> {
    let mut ok = true;
    if let Some(code) = &e.code {
        ok &= code_is_unique(code, seen, faults) && code_is_not_retired(code, seen, faults);
    }
    if let Some(name) = &e.name {
        ok &= name_is_free(name, seen, faults);
    }
    for alias in e.aliases.iter().flatten() {
        ok &= name_is_free(alias, seen, faults);
    }
    let category = e
        .category
        .as_ref()
        .filter(|c| !seen.faulty_categories.contains(&c.value))
        .and_then(|c| category_is_declared(c, categories, by_name, faults));
    if let (Some(code), Some(index)) = (&e.code, category) {
        ok &= code_lies_in_its_category(code, &categories[index], faults);
    }
    let message = e
        .message
        .as_ref()
        .and_then(|m| message_is_a_template(m, seen.index, faults));
    let status = category.and_then(|i| code_has_a_status(&e, &categories[i], faults));
    let (Some(code), Some(name), Some(category), Some(message), Some(status), true) =
        (e.code, e.name, category, message, status, ok)
    else {
        return None;
    };
    Some(Entry {
        code: code.value,
        name: name.value,
        category,
        message,
        explanation: e.explanation.map(|s| s.value),
        published_message: e.published_message.map(|s| s.value),
        published_explanation: e.published_explanation.map(|s| s.value),
        status,
        retryable: e.retryable.unwrap_or(false),
        deprecated: e.deprecated.map(|s| s.value),
        aliases: e.aliases.into_iter().flatten().map(|s| s.value).collect(),
        since: e.since.map(|s| s.value),
        location: seen.index.location(e.at),
    })
}

/// A retired code: its number and name are reserved from then on.
fn retired(r: RawRetired, seen: &mut Seen<'_>, faults: &mut Faults) -> Option<Retired> {
    let (Some(code), Some(name), Some(reason)) = (r.code, r.name, r.reason) else {
        return None;
    };
    let unique_code = match seen.retired_codes.get(&code.value) {
        Some(&first) => {
            let fault = Fault::DuplicateCode {
                code: code.value,
                first: seen.index.location(first),
            };
            faults.push(code.at, fault);
            false
        }
        None => {
            seen.retired_codes.insert(code.value, code.at);
            true
        }
    };
    let unique_name = name_is_upper_camel_case(&name, faults)
        && name_is_unique(&name, &mut seen.retired_names, seen.index, faults);
    (unique_code && unique_name).then(|| Retired {
        code: code.value,
        name: name.value,
        reason: reason.value,
        location: seen.index.location(r.at),
    })
}

/// A name of a code, or a former name (an alias), can be the variant and give the
/// constructor: all the rules of names.
fn name_is_free(name: &Str, seen: &mut Seen<'_>, faults: &mut Faults) -> bool {
    name_is_upper_camel_case(name, faults)
        && name_is_not_reserved(name, faults)
        && name_is_not_retired(name, seen, faults)
        && name_is_unique(name, &mut seen.names, seen.index, faults)
        && constructor_is_free(name, seen, faults)
}

/// No code takes the number of a retired code.
fn code_is_not_retired(code: &Num<u16>, seen: &Seen<'_>, faults: &mut Faults) -> bool {
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

/// No code takes the name of a retired code.
fn name_is_not_retired(name: &Str, seen: &Seen<'_>, faults: &mut Faults) -> bool {
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

/// Names of codes and categories are UpperCamelCase Rust identifiers.
fn name_is_upper_camel_case(name: &Str, faults: &mut Faults) -> bool {
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
fn name_is_not_reserved(name: &Str, faults: &mut Faults) -> bool {
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
fn name_is_unique(
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

/// No two codes have the same number.
fn code_is_unique(code: &Num<u16>, seen: &mut Seen<'_>, faults: &mut Faults) -> bool {
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

/// A code's constructor (its name in snake_case) can be named (raw where it is a
/// keyword), and is no method of the error type and no other code's constructor.
fn constructor_is_free(name: &Str, seen: &mut Seen<'_>, faults: &mut Faults) -> bool {
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

/// A code's category is declared; the index of the category.
fn category_is_declared(
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
fn code_lies_in_its_category(code: &Num<u16>, category: &Category, faults: &mut Faults) -> bool {
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
fn code_has_a_status(e: &RawEntry, category: &Category, faults: &mut Faults) -> Option<u16> {
    let status = e.status.as_ref().map(|s| s.value).or(category.status);
    if status.is_none() {
        faults.push(e.at, Fault::MissingStatus);
    }
    status
}

/// A message is a template with text: balanced braces, snake_case placeholders.
fn message_is_a_template(
    message: &Str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    if message.value.trim().is_empty() {
        faults.push(message.span.start, Fault::EmptyMessage);
        return None;
    }
    template(message, "message", index, faults)
}

/// The catalog's name, which prefixes diagnostic codes, is `snake_case`.
fn catalog_name_is_snake_case(name: &Str, faults: &mut Faults) -> bool {
    let ok = is_snake_case(&name.value);
    if !ok {
        let fault = Fault::InvalidCatalogName {
            name: name.value.clone(),
        };
        faults.push(name.span.start, fault);
    }
    ok
}

/// The documentation link is a template whose placeholders are `{code}` and `{name}`.
fn doc_url_is_a_template(
    url: &Str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    let template = template(url, "doc_url", index, faults)?;
    let unknown: Vec<&String> = template
        .params()
        .iter()
        .filter(|p| !matches!(p.as_str(), "code" | "name"))
        .collect();
    for name in &unknown {
        let fault = Fault::UnknownUrlPlaceholder {
            name: (*name).clone(),
        };
        faults.push(url.span.start, fault);
    }
    unknown.is_empty().then_some(template)
}

/// The template a string holds; each fault points at its brace when the TOML string has
/// no escapes (so that offsets in the template are offsets in the file).
fn template(
    text: &Str,
    key: &'static str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    let message = text;
    Template::parse(&message.value)
        .map_err(|errors| {
            let literal = index.text(message.span.clone());
            let verbatim = literal.len() == message.value.len() + 2
                && literal[1..literal.len() - 1] == message.value;
            for error in errors {
                let at = if verbatim {
                    message.span.start + 1 + error.offset()
                } else {
                    message.span.start
                };
                let fault = Fault::Template { key, error };
                faults.push(at, fault);
            }
        })
        .ok()
}

/// No two categories' ranges overlap. Ranges are compared in order of their first code,
/// each with the one reaching furthest before it; a fault is reported at the category
/// declared later, naming the other.
fn category_ranges_do_not_overlap(
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
fn catalog_has_codes(catalog: &Catalog, faults: &mut Faults) {
    if catalog.entries.is_empty() && faults.is_empty() {
        faults.push(0, Fault::NoCodes);
    }
}
