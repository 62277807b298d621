//! The command line: every subcommand, argument and help text, for clap to parse.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod args;
mod global;
mod help;
mod values;

pub use args::{
    CheckArgs, CompletionsArgs, DiffArgs, DocsArgs, DocsFormat, ExplainArgs, ExportArgs,
    ExportFormat, ListArgs, LocalesArgs, LockArgs, ParseArgs, RenderArgs, ScanArgs, SearchArgs,
};
pub use global::Global;
use help::{
    DOCS_HELP, EXIT_STATUS, EXPLAIN_HELP, EXPORT_HELP, GLOBAL_OPTIONS, LOCK_HELP, SCAN_HELP,
    SEARCH_HELP, diff_help,
};
pub use values::CodeOrName;

/// Explain, search, render and parse Zingle API errors; check, diff, document and
/// export any zingle-errors catalog.
#[derive(Debug, Parser)]
#[command(name = "zingle-errors", version, after_help = EXIT_STATUS)]
// Help as written, never wrapped: the same whether or not another crate of the build
// turns on clap's `wrap_help`.
#[command(term_width = 0)]
#[command(help_template = "{about}\n\n{usage-heading} {usage}\n\n{all-args}{after-help}")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Options of every subcommand, given before or after it.
    #[command(flatten)]
    pub global: Global,
}

impl Cli {
    /// The command line of this process, parsed; or, for bad usage or `--help`, the
    /// process ends as clap ends it.
    pub fn from_env() -> Self {
        let matches = command().get_matches();
        Self::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

/// The command line as clap parses it, with the options of every subcommand listed
/// once, in the top-level help: each subcommand's help lists its own and says where
/// the others are.
pub fn command() -> clap::Command {
    let command = Cli::command();
    // clap copies them to each subcommand that lacks them: given hidden copies first,
    // a subcommand's help does not list them.
    let global: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.clone().hide(true))
        .collect();
    command.mut_subcommands(|subcommand| {
        let after = match subcommand.get_after_help() {
            Some(text) => format!("{text}\n\n{GLOBAL_OPTIONS}"),
            None => GLOBAL_OPTIONS.to_owned(),
        };
        subcommand.args(global.iter().cloned()).after_help(after)
    })
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain a code: its message, parameters, explanation, status and the Rust to
    /// write.
    #[command(after_help = EXPLAIN_HELP)]
    Explain(ExplainArgs),
    /// List the codes, one a line: code, name, HTTP status, message.
    #[command(
        after_help = "Examples:\n  zingle-errors list\n  zingle-errors list --category Labels\n\nWith --json, an array of explain --json's objects, one per code."
    )]
    List(ListArgs),
    /// Find codes by words of their message, name or explanation, best first.
    #[command(after_help = SEARCH_HELP)]
    Search(SearchArgs),
    /// Fill a code's message with values for its parameters.
    #[command(
        after_help = "Example:\n  zingle-errors render 3612 correspondent_id=vip\n  Invalid label 'vip'\n\nWith --json, {\"code\", \"name\", \"message\"}, and \"locale\" with --locale."
    )]
    Render(RenderArgs),
    /// Explain the error in a Zingle response body, with its parameters' values.
    #[command(
        after_help = "Examples:\n  zingle-errors parse response.json\n  curl -s $URL | zingle-errors parse\n\nThe body is {\"status\": {\"text\", \"status_code\", \"description\", \"error_code\"}};\nerror_code is a number or a numeric string.\n\nWith --json, {\"success\", \"status\", \"params\", \"notes\", \"entry\"}: entry is explain --json's\nobject for the code, params the values recovered, in any of the catalog's languages\n(null when the description does not match; {} for a code without parameters);\na success response is {\"success\": true, \"status\"}."
    )]
    Parse(ParseArgs),
    /// Find every error code a log mentions and explain each once, with how often,
    /// most frequent first.
    #[command(after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Validate a catalog with the zingle_errors! macro's rules and messages.
    #[command(
        after_help = "Example:\n  zingle-errors check codes.toml\n  codes.toml: 201 codes in 20 categories\n\nEach fault is printed as PATH:LINE:COL: fault, on stderr; the status is then 1."
    )]
    Check(CheckArgs),
    /// How much of a catalog each of its locales translates: translated / total, and the
    /// ids of the codes it leaves to the default locale.
    #[command(
        after_help = "Example:\n  zingle-errors locales shop.toml\n  en    default  3/3\n  de    100%     3/3\n  pl     66%     2/3  missing: shop-closed\n\nThe catalog names its folder of Fluent files in [catalog] locales; check reports their faults."
    )]
    Locales(LocalesArgs),
    /// What changed between two catalogs, each change breaking or not.
    #[command(after_help = diff_help())]
    Diff(DiffArgs),
    /// Write a catalog's shipped baseline (codes.lock), or check the catalog against it.
    #[command(after_help = LOCK_HELP)]
    Lock(LockArgs),
    /// The catalog as a Markdown document (the published table, then an index by
    /// category) or as one HTML page to publish.
    #[command(after_help = DOCS_HELP)]
    Docs(DocsArgs),
    /// Export the catalog for other tools: JSON, an OpenAPI 3.1 document, or example
    /// responses.
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  zingle-errors completions bash > /etc/bash_completion.d/zingle-errors\n  zingle-errors completions zsh > ~/.zfunc/_zingle-errors"
    )]
    Completions(CompletionsArgs),
}
