//! `completions`: a shell's completion script, from clap's own description of the
//! command line (`explain` and `render` complete the built-in catalog's codes and
//! names: [`crate::cli::CodeOrName`]).

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, CompletionsArgs};
use crate::output::Report;

/// The binary's name, as the shell sees it.
const BIN: &str = "zingle-errors";

/// What the bash script is generated under: clap_complete's bash script names its
/// states inconsistently for a binary with a hyphen in its name, so that no
/// subcommand's options complete (clap#6421); the script is generated under a name
/// without one, and registered for [`BIN`].
const BASH_NAME: &str = "zingle_errors";

/// Runs `completions`.
pub fn run(args: &CompletionsArgs) -> Report {
    Report::text(script(args.shell))
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let name = if shell == Shell::Bash { BASH_NAME } else { BIN };
    let mut command = Cli::command().name(name);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, name, &mut script);
    let script = String::from_utf8_lossy(&script).into_owned();
    match shell {
        Shell::Bash => register_bash(&script),
        Shell::Fish => script + &fish_positionals(&command),
        _ => script,
    }
}

/// The bash script with its `complete` lines registering it for [`BIN`] rather than
/// [`BASH_NAME`].
fn register_bash(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    for line in script.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        match body.strip_suffix(&format!(" {BASH_NAME}")) {
            Some(start) if body.trim_start().starts_with("complete ") => {
                out.push_str(start);
                out.push(' ');
                out.push_str(BIN);
                out.push_str(&line[body.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// The fish lines clap_complete leaves out: the values of each subcommand's positional
/// arguments (the codes and names of `explain` and `render`, the shells of
/// `completions`), each with its help as the description.
fn fish_positionals(command: &clap::Command) -> String {
    let mut lines = String::new();
    for sub in command.get_subcommands() {
        for arg in sub.get_positionals() {
            for value in arg.get_possible_values() {
                if value.is_hide_set() {
                    continue;
                }
                let help = value.get_help().map(ToString::to_string);
                lines.push_str(&format!(
                    "complete -c {BIN} -n \"__fish_{}_using_subcommand {}\" -f -a {}{}\n",
                    BIN.replace('-', "_"),
                    sub.get_name(),
                    fish_quote(value.get_name()),
                    help.map(|h| format!(" -d {}", fish_quote(&h)))
                        .unwrap_or_default(),
                ));
            }
        }
    }
    lines
}

/// `text` as a single-quoted fish string.
fn fish_quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}
