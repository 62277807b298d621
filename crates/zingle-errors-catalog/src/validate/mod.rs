//! Raw tables → [`Catalog`]: the rules of the format, one function per rule, each named
//! for what it requires.

mod codes;
mod lifecycle;
mod names;
mod texts;

use std::collections::{HashMap, HashSet};

use codes::{
    catalog_has_codes, category_is_declared, category_ranges_do_not_overlap, code_has_a_status,
    code_is_not_retired, code_is_unique, code_lies_in_its_category,
};
use lifecycle::retired;
use names::{name_is_free, name_is_not_reserved, name_is_unique, name_is_upper_camel_case};
use texts::{catalog_name_is_snake_case, doc_url_is_a_template, message_is_a_template};

use crate::error::Faults;
use crate::location::LineIndex;
use crate::parse::{Raw, RawCategory, RawEntry};
use crate::{Catalog, Category, Entry};

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
