//! `zingle-errors`, the command line of the zingle-errors catalog: explain, search,
//! render and parse Zingle API errors; check, diff, document and export any catalog.
//!
//! Every rule it applies is the `zingle_errors!` macro's, from `zingle-errors-catalog`.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod cli;
mod commands;
mod describe;
mod failure;
mod lookup;
mod output;
mod reason;
mod scanner;
mod source;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::from_env();
    match commands::run(cli.command, &cli.global) {
        Ok(report) => report.print(),
        Err(failure) => failure.print(),
    }
}
