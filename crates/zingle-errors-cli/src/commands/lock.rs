//! `lock`: a catalog's shipped baseline, written or checked.

use std::path::Path;

use serde_json::json;
use zingle_errors_catalog::{Catalog, baseline};

use crate::cli::LockArgs;
use crate::failure::Failure;
use crate::output::Report;

/// Runs `lock`.
pub fn run(args: &LockArgs) -> Result<Report, Failure> {
    let catalog = load(&args.path)?;
    let Some(lock_path) = &args.check else {
        return Ok(Report::text(baseline::lock(&catalog)));
    };
    let locked = load(lock_path)?;
    let breaks = baseline::check(&catalog, &locked).err().unwrap_or_default();
    let (catalog_shown, lock_shown) = (args.path.display(), lock_path.display());
    if args.json.json {
        let breaks: Vec<_> = breaks
            .iter()
            .map(|b| {
                json!({
                    "code": b.change.code,
                    "name": b.change.name,
                    "kind": b.change.rule().id,
                    "change": b.change.to_string(),
                    "fix": b.fix,
                })
            })
            .collect();
        let failed = !breaks.is_empty();
        return Ok(Report::json(&json!({
            "catalog": catalog_shown.to_string(),
            "lock": lock_shown.to_string(),
            "breaks": breaks,
        }))
        .failed_if(failed));
    }
    if breaks.is_empty() {
        return Ok(Report::text(format!(
            "{catalog_shown} keeps everything {lock_shown} says was shipped\n"
        )));
    }
    let lines: Vec<String> = breaks.iter().map(|b| format!("  {b}")).collect();
    Err(Failure::failed(format!(
        "{catalog_shown} breaks what {lock_shown} says was shipped:\n{}",
        lines.join("\n")
    )))
}

fn load(path: &Path) -> Result<Catalog, Failure> {
    zingle_errors_catalog::load(path, &path.display().to_string()).map_err(Failure::failed)
}
