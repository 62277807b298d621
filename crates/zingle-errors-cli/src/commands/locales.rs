//! `locales`: how much of a catalog each of its locales translates.

use serde_json::json;
use zingle_errors_catalog::{catalog_locales, message_id};

use crate::cli::{Global, LocalesArgs};
use crate::failure::Failure;
use crate::output::Report;
use crate::source;

/// Runs `locales`: the default locale, then each locale by tag, with what it leaves out.
pub fn run(args: &LocalesArgs, global: &Global) -> Result<Report, Failure> {
    let path = super::catalog_path("locales", args.path.as_deref(), global)?;
    let catalog = source::load(path)?;
    let display = path.display().to_string();
    let (locales, errors) = catalog_locales(&catalog, path, &display);
    if let Some(errors) = errors {
        return Err(Failure::failed(format!(
            "the translations of `{display}` have faults (`zingle-errors check` lists them):\n{errors}"
        )));
    }
    let total = catalog.entries().len();
    let rows: Vec<(String, usize, Vec<String>)> = locales
        .iter()
        .map(|locale| {
            let missing = catalog
                .entries()
                .iter()
                .filter(|e| !locale.translated().any(|c| c == e.code))
                .map(|e| message_id(&e.name))
                .collect();
            (locale.tag.clone(), locale.translations.len(), missing)
        })
        .collect();
    if global.json {
        let locales: Vec<_> = rows
            .iter()
            .map(|(tag, translated, missing)| {
                json!({ "tag": tag, "translated": translated, "total": total, "missing": missing })
            })
            .collect();
        return Ok(Report::json(&json!({
            "default": catalog.default_locale(),
            "locales": locales,
        })));
    }
    let mut out = format!("{:<5} default  {total}/{total}\n", catalog.default_locale());
    if catalog.locales().is_none() {
        out.push_str("(the catalog names no folder of translations: [catalog] locales)\n");
    }
    for (tag, translated, missing) in &rows {
        let percent = (translated * 100).checked_div(total).unwrap_or(100);
        let missing = match missing.as_slice() {
            [] => String::new(),
            ids => format!("  missing: {}", ids.join(", ")),
        };
        out.push_str(&format!(
            "{tag:<5} {percent:>3}%     {translated}/{total}{missing}\n"
        ));
    }
    Ok(Report::text(out))
}
