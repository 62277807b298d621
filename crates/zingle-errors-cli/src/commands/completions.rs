//! `completions`: a shell's completion script, from clap's own description of the
//! command line.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::output::Report;

/// Runs `completions`.
pub fn run(args: &CompletionsArgs) -> Report {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "zingle-errors", &mut script);
    Report::text(String::from_utf8_lossy(&script).into_owned())
}
