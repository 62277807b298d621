//! `check`: a catalog validated with exactly the macro's rules and messages, its
//! translations included.

use serde_json::json;
use zingle_errors_catalog::{Errors, LoadError, catalog_locales};
use zingle_errors_core::counted;

use crate::cli::{CheckArgs, Global};
use crate::failure::Failure;
use crate::output::Report;

/// Runs `check`.
pub fn run(args: &CheckArgs, global: &Global) -> Result<Report, Failure> {
    let path = super::catalog_path("check", args.path.as_deref(), global)?;
    let display = path.display().to_string();
    let checked = zingle_errors_catalog::load(path, &display).and_then(|catalog| {
        match catalog_locales(&catalog, path, &display) {
            (locales, None) => Ok((catalog, locales)),
            (_, Some(errors)) => Err(LoadError::Invalid(errors)),
        }
    });
    match checked {
        Ok((catalog, locales)) => {
            let (codes, categories) = (catalog.entries().len(), catalog.categories().len());
            let retired = catalog.retired().len();
            let tags: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
            if global.json {
                return Ok(Report::json(&json!({
                    "path": display,
                    "valid": true,
                    "codes": codes,
                    "categories": categories,
                    "retired": retired,
                    "locales": tags,
                })));
            }
            let retired = match retired {
                0 => String::new(),
                n => format!(", {n} retired"),
            };
            let locales = match tags.as_slice() {
                [] => String::new(),
                tags => format!(", translated into {}", tags.join(", ")),
            };
            Ok(Report::text(format!(
                "{display}: {} in {}{retired}{locales}\n",
                counted(codes, "code", "codes"),
                counted(categories, "category", "categories"),
            )))
        }
        Err(LoadError::Invalid(errors)) if global.json => Ok(Report::json(&json!({
            "path": display,
            "valid": false,
            "faults": faults_json(&errors),
        }))
        .failed_if(true)),
        Err(LoadError::Invalid(errors)) => {
            let count = counted(errors.len(), "fault", "faults");
            Err(Failure::failed(format!(
                "`{display}` is invalid: {count}\n{errors}"
            )))
        }
        Err(io @ LoadError::Io { .. }) => Err(Failure::failed(io)),
    }
}

/// Each fault as `{path, line, column, message}`.
fn faults_json(errors: &Errors) -> Vec<serde_json::Value> {
    errors
        .iter()
        .map(|e| {
            json!({
                "path": &*e.location.path,
                "line": e.location.line,
                "column": e.location.column,
                "message": e.fault.to_string(),
            })
        })
        .collect()
}
