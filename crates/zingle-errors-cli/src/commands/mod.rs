//! One file per subcommand; each takes its arguments and hands back a [`Report`].

mod check;
mod completions;
mod diff;
mod docs;
mod explain;
mod export;
mod list;
mod locales;
mod lock;
mod parse;
mod render;
mod scan;
mod search;

use crate::cli::{Command, Global};
use crate::failure::Failure;
use crate::output::Report;

/// Runs a subcommand, with the global options it has a use for.
///
/// # Errors
///
/// A usage failure for a global option the subcommand has no use for, else what the
/// subcommand gives.
pub fn run(command: Command, global: &Global) -> Result<Report, Failure> {
    refuse_unused(&command, global)?;
    match command {
        Command::Explain(args) => explain::run(&args, global),
        Command::List(args) => list::run(&args, global),
        Command::Search(args) => search::run(&args, global),
        Command::Render(args) => render::run(&args, global),
        Command::Parse(args) => parse::run(&args, global),
        Command::Scan(args) => scan::run(&args, global),
        Command::Check(args) => check::run(&args, global),
        Command::Locales(args) => locales::run(&args, global),
        Command::Diff(args) => diff::run(&args, global),
        Command::Lock(args) => lock::run(&args, global),
        Command::Docs(args) => docs::run(&args, global),
        Command::Export(args) => export::run(&args, global),
        Command::Completions(args) => Ok(completions::run(&args)),
    }
}

/// Refuses `--catalog` where a subcommand takes its catalogs as arguments, and `--json`
/// where it writes some other format, saying what to write instead.
fn refuse_unused(command: &Command, global: &Global) -> Result<(), Failure> {
    let catalog_refusal = match command {
        Command::Diff(_) => {
            Some("`diff` takes both catalogs as arguments: zingle-errors diff OLD NEW")
        }
        Command::Completions(_) => {
            Some("`completions` reads no catalog: it has no use for --catalog")
        }
        _ => None,
    };
    let json_refusal = match command {
        Command::Docs(_) => Some(
            "`docs` writes Markdown or HTML, not JSON: `zingle-errors export --format json` gives every code as JSON",
        ),
        Command::Export(_) => {
            Some("`export` takes its format as --format: zingle-errors export --format json")
        }
        Command::Completions(_) => {
            Some("`completions` prints a shell script: it has no use for --json")
        }
        _ => None,
    };
    if let (Some(_), Some(refusal)) = (&global.catalog, catalog_refusal) {
        return Err(Failure::usage(refusal));
    }
    if let (true, Some(refusal)) = (global.json, json_refusal) {
        return Err(Failure::usage(refusal));
    }
    Ok(())
}

/// The catalog a subcommand that takes one path reads: its argument, or `--catalog`.
///
/// # Errors
///
/// Neither given, or two different ones.
pub fn catalog_path<'a>(
    command: &str,
    path: Option<&'a std::path::Path>,
    global: &'a Global,
) -> Result<&'a std::path::Path, Failure> {
    match (path, global.catalog.as_deref()) {
        (Some(path), Some(catalog)) if path != catalog => Err(Failure::usage(format!(
            "`{command}` was given two catalogs, `{}` and --catalog `{}`: give one",
            path.display(),
            catalog.display()
        ))),
        (Some(path), _) | (None, Some(path)) => Ok(path),
        (None, None) => Err(Failure::usage(format!(
            "`{command}` needs the catalog: zingle-errors {command} PATH (or --catalog PATH)"
        ))),
    }
}
