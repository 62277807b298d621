//! Raw tables → [`Catalog`]: the rules of the format, one function per rule, each named
//! for what it requires, all called by [`validate`], in the order they are checked (as
//! serde_derive's `check.rs` calls its rules from `check()`).

mod codes;
mod lifecycle;
mod names;
mod texts;

use std::collections::{HashMap, HashSet};

use codes::{
    catalog_has_codes, category_is_declared, category_ranges_do_not_overlap, code_has_a_status,
    code_is_not_retired, code_is_unique, code_lies_in_its_category,
};
use lifecycle::retired_code_is_unique;
use names::{
    constructor_is_free, name_is_not_reserved, name_is_not_retired, name_is_unique,
    name_is_upper_camel_case,
};
use texts::{
    catalog_name_is_snake_case, default_locale_is_a_language_tag, doc_url_is_a_template,
    message_is_a_template, published_message_has_the_messages_parameters, sensitive_are_parameters,
    sensitive_values_are_delimited,
};

use crate::faults::Faults;
use crate::location::LineIndex;
use crate::parse::{Raw, RawEntry};
use crate::{Catalog, Category, Entry, Retired, Template};

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

/// Every rule, in order: each table's rules as it is read, then the rules across tables.
/// A table with a fault is left out of the catalog, and what depends on it is not checked
/// again (a code of a faulty category is not checked against its range).
pub(crate) fn validate(raw: Raw, index: &LineIndex<'_>, faults: &mut Faults) -> Catalog {
    let mut catalog = Catalog {
        name: None,
        doc_url: None,
        locales: None,
        default_locale: None,
        exhaustive: false,
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

    // Retired codes first: the codes are checked against them.
    for r in raw.retired {
        let (Some(code), Some(name), Some(reason)) = (r.code, r.name, r.reason) else {
            continue;
        };
        let code_ok = retired_code_is_unique(&code, &mut seen, faults);
        let name_ok = name_is_upper_camel_case(&name, faults)
            && name_is_unique(&name, &mut seen.retired_names, index, faults);
        if code_ok && name_ok {
            catalog.retired.push(Retired {
                code: code.value,
                name: name.value,
                reason: reason.value,
                location: index.location(r.at),
            });
        }
    }

    if let Some(meta) = raw.catalog {
        // A name written otherwise (`Billing`) is a fault; its snake_case, where that is
        // one, still names the generated items, so that their uses add nothing to it.
        catalog.name = meta.name.and_then(|n| {
            if catalog_name_is_snake_case(&n, faults) {
                return Some(n.value);
            }
            let snake = crate::to_snake_case(&n.value);
            crate::naming::is_snake_case(&snake).then_some(snake)
        });
        catalog.doc_url = meta
            .doc_url
            .and_then(|u| doc_url_is_a_template(&u, index, faults));
        catalog.locales = meta.locales.map(|l| l.value);
        catalog.exhaustive = meta.exhaustive.unwrap_or(false);
        catalog.default_locale = meta
            .default_locale
            .filter(|tag| default_locale_is_a_language_tag(tag, faults))
            .map(|tag| tag.value);
    }

    let mut range_offsets = Vec::new();
    for c in raw.categories {
        let (name, title, range) = match (c.name, c.title, c.range) {
            (Some(name), Some(title), Some(range)) => (name, title, range),
            (Some(name), _, _) => {
                seen.faulty_categories.insert(name.value);
                continue;
            }
            _ => continue,
        };
        if !(name_is_upper_camel_case(&name, faults) && name_is_not_reserved(&name, faults)) {
            seen.faulty_categories.insert(name.value);
            continue;
        }
        if !name_is_unique(&name, &mut seen.category_names, index, faults) {
            continue;
        }
        let (first, last) = range.value;
        catalog.categories.push(Category {
            name: name.value,
            title: title.value,
            first,
            last,
            status: c.status.map(|s| s.value),
            location: index.location(c.at),
        });
        range_offsets.push(range.at);
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
        let mut ok = true;
        if let Some(code) = &e.code {
            ok &=
                code_is_unique(code, &mut seen, faults) && code_is_not_retired(code, &seen, faults);
        }
        // The name, then each former name: each is a variant and gives a constructor.
        for name in e.name.iter().chain(e.aliases.iter().flatten()) {
            ok &= name_is_upper_camel_case(name, faults)
                && name_is_not_reserved(name, faults)
                && name_is_not_retired(name, &seen, faults)
                && name_is_unique(name, &mut seen.names, index, faults)
                && constructor_is_free(name, &mut seen, faults);
        }
        let category = e
            .category
            .as_ref()
            .filter(|c| !seen.faulty_categories.contains(&c.value))
            .and_then(|c| category_is_declared(c, &catalog.categories, &by_name, faults));
        if let (Some(code), Some(i)) = (&e.code, category) {
            ok &= code_lies_in_its_category(code, &catalog.categories[i], faults);
        }
        let message = e
            .message
            .as_ref()
            .and_then(|m| message_is_a_template(m, index, faults));
        if let (Some(message), Some(published)) = (&message, &e.published_message) {
            ok &= published_message_has_the_messages_parameters(published, message, index, faults);
        }
        // Checked against the message's parameters, so only where the message parses.
        let sensitive = match (&message, &e.sensitive) {
            (Some(message), Some(list)) => sensitive_are_parameters(list, message, index, faults)
                .filter(|_| sensitive_values_are_delimited(list, message, faults)),
            _ => Some(Vec::new()),
        };
        let status = category.and_then(|i| code_has_a_status(&e, &catalog.categories[i], faults));
        if let (Some(category), Some(message), Some(status), Some(sensitive), true) =
            (category, message, status, sensitive, ok)
        {
            entries.extend(entry(e, category, message, status, sensitive, index));
        }
    }
    catalog.entries = entries;
    catalog_has_codes(&catalog, faults);

    catalog.entries.sort_by_key(|e| e.code);
    catalog
}

/// The entry of a code that passed every rule; `None` when a required key is missing
/// (its fault is reported already).
fn entry(
    e: RawEntry,
    category: usize,
    message: Template,
    status: u16,
    sensitive: Vec<String>,
    index: &LineIndex<'_>,
) -> Option<Entry> {
    let (Some(code), Some(name)) = (e.code, e.name) else {
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
        sensitive,
        location: index.location(e.at),
    })
}
