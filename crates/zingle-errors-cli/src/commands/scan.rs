//! `scan`: every error code a log mentions, explained once each with how often, most
//! frequent first.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use zingle_errors_core::counted;

use serde_json::{Value, json};
use zingle_errors_catalog::Catalog;

use crate::cli::{Global, ScanArgs};
use crate::commands::explain::{explain_with, retired_json, retired_text};
use crate::describe::entry_json;
use crate::failure::Failure;
use crate::output::{Report, fields};
use crate::scanner::{How, scan_line};
use crate::source;

/// Runs `scan`.
pub fn run(args: &ScanArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let (input, what) = open(args.file.as_deref())?;
    let counts = count(&catalog, input, &what)?;
    let mut codes: Vec<(u16, usize)> = counts.into_iter().collect();
    codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if global.json {
        let objects: Vec<Value> = codes
            .iter()
            .map(|&(code, count)| {
                let explained = match (catalog.get(code), retired(&catalog, code)) {
                    (Some(entry), _) => entry_json(&catalog, entry, names),
                    (None, Some(r)) => retired_json(r),
                    (None, None) => Value::Null,
                };
                json!({ "code": code, "count": count, "explained": explained })
            })
            .collect();
        return Ok(Report::json(&Value::Array(objects)).failed_if(codes.is_empty()));
    }
    if codes.is_empty() {
        return Ok(Report::text(format!("no error code in {what}\n")).failed_if(true));
    }
    let mentions: usize = codes.iter().map(|(_, n)| n).sum();
    let mut texts = vec![format!(
        "{what}: {} of {}\n",
        counted(mentions, "mention", "mentions"),
        counted(codes.len(), "code", "codes"),
    )];
    for &(code, count) in &codes {
        let extra = [("mentions", count.to_string())];
        texts.push(match (catalog.get(code), retired(&catalog, code)) {
            (Some(entry), _) => explain_with(&catalog, entry, None, names, &extra),
            (None, Some(r)) => retired_text(r, &extra),
            (None, None) => format!(
                "{code}\n{}",
                fields(&[
                    ("mentions", count.to_string()),
                    ("unknown", "not in the catalog".to_owned())
                ])
            ),
        });
    }
    Ok(Report::text(texts.join("\n")))
}

fn retired(catalog: &Catalog, code: u16) -> Option<&zingle_errors_catalog::Retired> {
    catalog.retired().iter().find(|r| r.code == code)
}

/// How often each code is mentioned: a code after `error_code` or the catalog's name
/// always counts (one the catalog lacks is told as unknown); a bracketed number only
/// when the catalog has or had that code.
fn count(
    catalog: &Catalog,
    mut input: impl BufRead,
    what: &str,
) -> Result<HashMap<u16, usize>, Failure> {
    let name = catalog.name();
    let mut counts: HashMap<u16, usize> = HashMap::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| Failure::failed(format!("cannot read {what}: {e}")))?;
        if read == 0 {
            return Ok(counts);
        }
        scan_line(&line, name, |code, how| {
            let known = catalog.get(code).is_some() || retired(catalog, code).is_some();
            if how != How::Bracketed || known {
                *counts.entry(code).or_default() += 1;
            }
        });
    }
}

/// The log, and how to name it in messages.
fn open(file: Option<&Path>) -> Result<(Box<dyn BufRead>, String), Failure> {
    match file {
        Some(path) if path != Path::new("-") => {
            let file = File::open(path)
                .map_err(|e| Failure::failed(format!("cannot read `{}`: {e}", path.display())))?;
            Ok((
                Box::new(BufReader::new(file)),
                format!("`{}`", path.display()),
            ))
        }
        _ => Ok((Box::new(std::io::stdin().lock()), "stdin".to_owned())),
    }
}
