//! What is generated for a catalog with faults: the codes that validated, and one more
//! variant that the generated macros give for what they cannot find, so that a user sees
//! the catalog's faults and no "cannot find" error at every use.

use crate::naming::FAULTY_VARIANT;
use crate::{Catalog, Category, Entry, Location, Template};

/// `catalog` with a category and a code named [`FAULTY_VARIANT`], the code numbered
/// with the first number no other code has.
pub(crate) fn with_faulty_variant(catalog: &Catalog) -> Catalog {
    let mut catalog = catalog.clone();
    let used: std::collections::HashSet<u16> = catalog.entries.iter().map(|e| e.code).collect();
    let code = (0..=u16::MAX)
        .find(|c| !used.contains(c))
        .unwrap_or(u16::MAX);
    let location = Location {
        path: "".into(),
        line: 1,
        column: 1,
    };
    catalog.categories.push(Category {
        name: FAULTY_VARIANT.to_owned(),
        title: "The catalog has faults".to_owned(),
        first: code,
        last: code,
        status: Some(500),
        location: location.clone(),
    });
    let message = Template::plain("The catalog has faults");
    catalog.entries.push(Entry {
        code,
        name: FAULTY_VARIANT.to_owned(),
        category: catalog.categories.len() - 1,
        message,
        explanation: None,
        published_message: None,
        published_explanation: None,
        status: 500,
        retryable: false,
        deprecated: None,
        aliases: Vec::new(),
        since: None,
        sensitive: Vec::new(),
        location,
    });
    catalog.entries.sort_by_key(|e| e.code);
    catalog
}
