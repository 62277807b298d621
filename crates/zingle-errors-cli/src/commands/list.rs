//! `list`: one line per code.

use zingle_errors_catalog::{Catalog, suggest};

use crate::cli::{Global, ListArgs};
use crate::describe::{entry_json, summary_row};
use crate::failure::Failure;
use crate::output::{Report, table};
use crate::source;

/// Runs `list`.
pub fn run(args: &ListArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let category = match &args.category {
        Some(name) => Some(category_index(&catalog, name)?),
        None => None,
    };
    let entries: Vec<_> = catalog
        .entries()
        .iter()
        .filter(|e| category.is_none_or(|c| e.category == c))
        .collect();
    if global.json {
        let value = entries
            .iter()
            .map(|e| entry_json(&catalog, e, names))
            .collect();
        return Ok(Report::json(&value));
    }
    let rows: Vec<Vec<String>> = entries.iter().map(|e| summary_row(e)).collect();
    Ok(Report::text(table(&rows)))
}

/// The category named `name` (its name or title, case ignored).
fn category_index(catalog: &Catalog, name: &str) -> Result<usize, Failure> {
    let wanted = name.trim().to_lowercase();
    if let Some(i) = catalog
        .categories()
        .iter()
        .position(|c| c.name.to_lowercase() == wanted || c.title.to_lowercase() == wanted)
    {
        return Ok(i);
    }
    let names = catalog.categories().iter().map(|c| c.name.as_str());
    let hint = match suggest(name, names) {
        Some(s) => format!("did you mean `{s}`?"),
        None => {
            let all: Vec<&str> = catalog
                .categories()
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            format!("expected one of {}", all.join(", "))
        }
    };
    Err(Failure::failed(format!(
        "no category `{name}` in the catalog; {hint}"
    )))
}
