//! Each subcommand's arguments.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::CodeOrName;
use super::values::parse_version;

/// `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The codes, names or prefixes to explain.
    #[arg(
        value_name = "CODE|NAME",
        required = true,
        num_args = 1..,
        value_parser = CodeOrName,
        hide_possible_values = true,
        help = "Codes (3612, 0xE1C, [3612], miette's zingle::3612), names (InvalidLabel, invalid_label) or prefixes of either (36, Contact)"
    )]
    pub codes: Vec<String>,
}

/// `locales`.
#[derive(Debug, Args)]
pub struct LocalesArgs {
    /// The catalog, whose `[catalog] locales` names its folder of Fluent files (or
    /// --catalog PATH).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the codes of this category (its name or title, case ignored).
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,
}

/// `search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for.
    #[arg(value_name = "TEXT", required = true, num_args = 1..)]
    pub text: Vec<String>,
}

/// `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The code, by number or name.
    #[arg(value_name = "CODE|NAME", value_parser = CodeOrName, hide_possible_values = true)]
    pub code: String,
    /// A value for each parameter of the message.
    #[arg(value_name = "KEY=VALUE")]
    pub values: Vec<String>,
}

/// `parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The response body; `-` or nothing reads stdin.
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
}

/// `scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The log; `-` or nothing reads stdin.
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
}

/// `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The catalog to validate (or --catalog PATH).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The catalog before.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The catalog after.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
}

/// `lock`.
#[derive(Debug, Args)]
pub struct LockArgs {
    /// The catalog (or --catalog PATH).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    /// The lock to check the catalog against, instead of printing the catalog's lock.
    #[arg(long, value_name = "LOCK", conflicts_with = "update")]
    pub check: Option<PathBuf>,
    /// Check the catalog against this lock and, when it passes, record the lock again
    /// in it, at the version now, keeping every name and number it shipped.
    #[arg(long, value_name = "LOCK")]
    pub update: Option<PathBuf>,
    /// The crate's version now, instead of the nearest Cargo.toml's beside the catalog.
    #[arg(long, value_name = "X.Y.Z", value_parser = parse_version)]
    pub version: Option<zingle_errors_catalog::Version>,
}

/// `docs`.
#[derive(Debug, Args)]
pub struct DocsArgs {
    /// The document's format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Markdown)]
    pub format: DocsFormat,
}

/// Formats of `docs`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DocsFormat {
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// One self-contained, searchable HTML page, an anchor per code.
    Html,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write into this directory (created if need be) instead of stdout.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Every field of every code.
    Json,
    /// An OpenAPI 3.1 document of the error responses.
    Openapi,
    /// An error envelope and a problem document per code (needs --out).
    Examples,
}

/// `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
