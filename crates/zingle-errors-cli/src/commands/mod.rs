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
mod search;

use zingle_errors_catalog::Names;

use crate::cli::Command;
use crate::failure::Failure;
use crate::output::Report;

/// Runs a subcommand; the Rust it prints names the generated items by `names`.
pub fn run(command: Command, names: &Names) -> Result<Report, Failure> {
    match command {
        Command::Explain(args) => explain::run(&args, names),
        Command::List(args) => list::run(&args, names),
        Command::Search(args) => search::run(&args, names),
        Command::Render(args) => render::run(&args),
        Command::Parse(args) => parse::run(&args, names),
        Command::Check(args) => check::run(&args),
        Command::Locales(args) => locales::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Lock(args) => lock::run(&args),
        Command::Docs(args) => docs::run(&args, names),
        Command::Export(args) => export::run(&args, names),
        Command::Completions(args) => Ok(completions::run(&args)),
    }
}
