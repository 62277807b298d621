//! `diff`: what changed between two catalogs, each change with the semver bump it needs,
//! as the table of change kinds (`zingle_errors_catalog::ChangeRule`) says.

use serde_json::json;
use zingle_errors_catalog::{Bump, Change, diff};
use zingle_errors_core::counted;

use crate::cli::{DiffArgs, Global};
use crate::failure::Failure;
use crate::output::{Report, table};
use crate::source;

/// Runs `diff`.
pub fn run(args: &DiffArgs, global: &Global) -> Result<Report, Failure> {
    let old = source::load(&args.old)?;
    let new = source::load(&args.new)?;
    let changes = diff(&old, &new);
    let breaking = changes.iter().filter(|c| c.is_breaking()).count();
    if global.json {
        let value: Vec<_> = changes
            .iter()
            .map(|c| {
                let rule = c.rule();
                json!({
                    "code": c.code,
                    "name": c.name,
                    "kind": rule.id,
                    "bump": rule.bump.as_str(),
                    "breaking": rule.breaking,
                    "change": c.kind.to_string(),
                })
            })
            .collect();
        let bump = changes.iter().map(Change::bump).max().map(Bump::as_str);
        return Ok(
            Report::json(&json!({ "breaking": breaking, "bump": bump, "changes": value }))
                .failed_if(breaking > 0),
        );
    }
    let rows: Vec<Vec<String>> = changes
        .iter()
        .map(|c| vec![c.bump().as_str().to_owned(), c.to_string()])
        .collect();
    let needs = match changes.iter().map(Change::bump).max() {
        Some(Bump::Never) => "; some no release may ship".to_owned(),
        Some(bump) => format!("; a {bump} release"),
        None => String::new(),
    };
    let summary = match (changes.len(), breaking) {
        (0, _) => "no changes".to_owned(),
        (n, b) => format!("{}, {b} breaking{needs}", counted(n, "change", "changes")),
    };
    Ok(Report::text(format!("{}{summary}\n", table(&rows))).failed_if(breaking > 0))
}
