//! `export`: the catalog for other tools, on stdout or into a directory.

mod examples;
mod openapi;

use std::path::Path;

use serde_json::Value;

use crate::cli::{ExportArgs, ExportFormat, Global};
use crate::describe::entry_json;
use crate::failure::Failure;
use crate::output::{Report, json};
use crate::source;

/// Runs `export`.
pub fn run(args: &ExportArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let (file, document) = match args.format {
        ExportFormat::Json => {
            let all: Value = catalog
                .entries()
                .iter()
                .map(|e| entry_json(&catalog, e, names))
                .collect();
            ("codes.json", all)
        }
        ExportFormat::Openapi => ("openapi.json", openapi::document(&catalog)),
        ExportFormat::Examples => {
            let Some(dir) = &args.out else {
                return Err(Failure::usage(
                    "`--format examples` writes a directory of files: give it with --out DIR",
                ));
            };
            let files = examples::files(&catalog);
            for (name, text) in &files {
                write(dir, name, text)?;
            }
            return Ok(Report::text(format!(
                "wrote {} files into {}\n",
                files.len(),
                dir.display()
            )));
        }
    };
    match &args.out {
        Some(dir) => {
            write(dir, file, &json(&document))?;
            Ok(Report::text(format!(
                "wrote {}\n",
                dir.join(file).display()
            )))
        }
        None => Ok(Report::json(&document)),
    }
}

/// Writes `dir/name`, creating `dir` if need be.
fn write(dir: &Path, name: &str, text: &str) -> Result<(), Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure::failed(format!("cannot create `{}`: {e}", dir.display())))?;
    let path = dir.join(name);
    std::fs::write(&path, text)
        .map_err(|e| Failure::failed(format!("cannot write `{}`: {e}", path.display())))
}
