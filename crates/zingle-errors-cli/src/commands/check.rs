//! `check`: a catalog validated with exactly the macro's rules and messages.

use serde_json::json;
use zingle_errors_catalog::LoadError;

use crate::cli::CheckArgs;
use crate::failure::Failure;
use crate::output::Report;

/// Runs `check`.
pub fn run(args: &CheckArgs) -> Result<Report, Failure> {
    let display = args.path.display().to_string();
    match zingle_errors_catalog::load(&args.path, &display) {
        Ok(catalog) => {
            let (codes, categories) = (catalog.entries().len(), catalog.categories().len());
            let retired = catalog.retired().len();
            if args.json.json {
                return Ok(Report::json(&json!({
                    "path": display,
                    "valid": true,
                    "codes": codes,
                    "categories": categories,
                    "retired": retired,
                })));
            }
            let retired = match retired {
                0 => String::new(),
                n => format!(", {n} retired"),
            };
            Ok(Report::text(format!(
                "{display}: {codes} codes in {categories} categories{retired}\n"
            )))
        }
        Err(LoadError::Invalid(errors)) if args.json.json => {
            let faults: Vec<_> = errors
                .iter()
                .map(|e| {
                    json!({
                        "path": &*e.location.path,
                        "line": e.location.line,
                        "column": e.location.column,
                        "message": e.fault.to_string(),
                    })
                })
                .collect();
            Ok(
                Report::json(&json!({ "path": display, "valid": false, "faults": faults }))
                    .failed_if(true),
            )
        }
        Err(LoadError::Invalid(errors)) => {
            let count = match errors.len() {
                1 => "1 fault".to_owned(),
                n => format!("{n} faults"),
            };
            Err(Failure::failed(format!(
                "`{display}` is invalid: {count}\n{errors}"
            )))
        }
        Err(io @ LoadError::Io { .. }) => Err(Failure::failed(io)),
    }
}
