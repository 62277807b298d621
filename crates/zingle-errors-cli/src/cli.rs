//! The command line: every subcommand, argument and help text, for clap to parse.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_STATUS: &str = "\
Exit status: 0 on success; 1 on a failed check, a breaking change, or something asked
for that is not there (a code, a parameter, a file, valid JSON); 2 on bad usage.

Options go before or after the subcommand (zingle-errors --catalog shop.toml list).
Without --catalog, the commands answer from the Zingle catalog compiled in. The Rust
they print names the generated items as zingle_errors! does by default; give the names
your invocation gives them, and nothing printed for your catalog says Zingle:
  zingle-errors explain CardHasExpired --catalog billing.toml \\
    --code-macro billing_code --error-macro billing_error \\
    --error-type BillingError --code-type BillingCode";

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
        after_help = "Examples:\n  zingle-errors parse response.json\n  curl -s $URL | zingle-errors parse\n\nThe body is {\"status\": {\"text\", \"status_code\", \"description\", \"error_code\"}};\nerror_code is a number or a numeric string.\n\nWith --json, {\"success\", \"status\", \"params\", \"notes\", \"entry\"}: entry is explain --json's\nobject for the code, params the values recovered (null when the description does\nnot match); a success response is {\"success\": true, \"status\"}."
    )]
    Parse(ParseArgs),
    /// Find every error code a log mentions and explain each once, with how often,
    /// most frequent first.
    #[command(after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Validate a catalog with the zingle_errors! macro's rules and messages.
    #[command(
        after_help = "Example:\n  zingle-errors check codes.toml\n  codes.toml: 201 codes in 22 categories\n\nEach fault is printed as PATH:LINE:COL: fault, on stderr; the status is then 1."
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

const EXPLAIN_HELP: &str = "\
Examples:
  zingle-errors explain 3612
  zingle-errors explain invalid_label
  zingle-errors explain 36              # every code from 3600 to 3699
  zingle-errors explain 3612 2600 zingle::4001

With --json, always an array: one object per code, in the order asked, each code once
(a prefix gives every code it matches); a code's object has every field (export
--format json's), a retired code's is {\"code\", \"name\", \"retired\": reason}.
When a query names nothing, each such query is told on stderr and nothing is printed.";

const SCAN_HELP: &str = "\
A code is found after the key error_code (error_code=3612, \"error_code\": 3612,
\"error_code\":\"3612\", escaped JSON inside a string too), after the catalog's name
as miette prints it (zingle::3612), and in brackets as an error's Display writes it
([3612], counted only when the catalog has or had the code). The log is read once,
line by line. Exit status 1 when it mentions no code.

With --json, an array, most frequent first: {\"code\", \"count\", \"explained\"},
explained being explain --json's object for the code, or null when the catalog does
not have it.

Examples:
  zingle-errors scan app.log
  kubectl logs deploy/api | zingle-errors scan
  zingle-errors scan app.log --json | jq '.[0].code'";

const SEARCH_HELP: &str = "\
Scoring: the query's words (split on anything but letters and digits, case ignored)
are looked for in each code; a query word matches a word of the text that begins with
it. A code's score is the best of:
  4  its message is the query (case, spaces and punctuation ignored)
  3  every query word is in its message
  2  every query word is in its name (InvalidLabel: invalid, label)
  1  every query word is in its explanation
Codes are listed by score, then by how few words their message has beyond the query's,
then by code. Exit status 1 when no code matches.

Examples:
  zingle-errors search \"contact not found\"
  zingle-errors search base64

With --json, an array, best first: {\"score\", \"matched\", \"entry\"}, entry being explain
--json's object for the code.";

/// `diff`'s help: the table of change kinds, as `lock --check` judges them too.
fn diff_help() -> String {
    format!(
        "\
Each change is one of these kinds (--json gives its id and bump): the semver bump it
needs in the crate that ships the catalog, or `never`, when no release may ship it. A
breaking one (major or never) makes the exit status 1; `lock --check` asks each for its
version.

{}
Example:
  zingle-errors diff old/codes.toml codes.toml",
        zingle_errors_catalog::change_rules_text()
    )
}

const LOCK_HELP: &str = "\
Examples:
  zingle-errors lock codes.toml > codes.lock
  zingle-errors lock codes.toml --check codes.lock
  zingle-errors lock codes.toml --update codes.lock   # at a release

The lock records the crate's version: --version, else that of the nearest Cargo.toml
beside the catalog. With --check, each change from the lock to the catalog needs the
bump `zingle-errors diff --help` gives its kind, and the version now must make it: a
change it is too small for is printed with the smallest version that would do
(\"requires 2.0.0: 101 CardExpired: retired: ...\") and how to make it in a smaller
release. A change of kind `never` fails at any version: the lock keeps every code,
name, alias and retired code ever shipped, and none is forgotten or used again. Every
`since` must be a version no later than the version now, and a new code needs one.
The status is then 1. --update checks, then records the lock again at the version now,
keeping every name and number it shipped.";

const DOCS_HELP: &str = "\
Formats:
  markdown  the published table, then an index by category
  html      one self-contained page to publish: a section per category, an element
            per code with the code as its id (doc_url = \"https://…/errors.html#{code}\"),
            the retired codes. Everything is shown and found with the browser's find;
            with JavaScript, a search box filters as you type, from ?q= or #q= in the URL

A problem's type (RFC 9457: to_problem, export) is the doc_url without its #fragment,
so codes documented as anchors of one page share one problem type; for a type per code,
write doc_url without a fragment (\"https://…/errors/{code}\").

Examples:
  zingle-errors docs > error_codes.md
  zingle-errors docs --format html > errors.html";

const EXPORT_HELP: &str = "\
Formats:
  json      every field of every code, as a JSON array
  openapi   an OpenAPI 3.1 document: the error envelope's and problem's schemas,
            error_code an integer with one `const` and description per code
  examples  for each code, CODE.envelope.json (a Zingle error response) and
            CODE.problem.json (RFC 9457), parameters filled with their own names:
            fixtures an SDK in any language can test itself against (needs --out)

Examples:
  zingle-errors export --format json > codes.json
  zingle-errors export --format openapi --out docs/
  zingle-errors export --format examples --out fixtures/";

/// `--code-macro`, `--error-macro`, `--error-type`, `--code-type`: the names a
/// catalog's `zingle_errors!` invocation gives its items, for the Rust the tool prints.
#[derive(Debug, Args)]
#[command(next_help_heading = "Names in the Rust printed")]
pub struct NamesArgs {
    /// The code macro, as `code_macro = NAME` names it (default: code)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub code_macro: Option<String>,
    /// The error macro, as `error_macro = NAME` names it (default: after the catalog's name, as zingle_error)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub error_macro: Option<String>,
    /// The error type, as `error = NAME` names it (default: after the catalog's name, as ZingleError)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub error_type: Option<String>,
    /// The code enum, as `code = NAME` names it (default: ErrorCode)
    #[arg(long, global = true, value_name = "NAME", value_parser = identifier)]
    pub code_type: Option<String>,
}

impl NamesArgs {
    /// The names given, the macro's defaults for a catalog named `catalog` for the others.
    pub fn names(&self, catalog: Option<&str>) -> zingle_errors_catalog::Names {
        let mut names = zingle_errors_catalog::Names::of_catalog(catalog);
        for (given, name) in [
            (&self.code_macro, &mut names.code_macro),
            (&self.error_macro, &mut names.error_macro),
            (&self.error_type, &mut names.error),
            (&self.code_type, &mut names.code),
        ] {
            if let Some(given) = given {
                name.clone_from(given);
            }
        }
        names
    }
}

/// A Rust identifier, for a name option.
fn identifier(text: &str) -> Result<String, String> {
    let mut chars = text.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if starts_well && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && text != "_" {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not a Rust identifier (ASCII letters, digits and `_`, not starting with a digit)"
        ))
    }
}

/// The options every subcommand takes, before or after its name
/// (`zingle-errors --catalog shop.toml list` or `zingle-errors list --catalog shop.toml`);
/// a subcommand they mean nothing to refuses them.
#[derive(Debug, Args)]
pub struct Global {
    /// Read this catalog instead of the Zingle catalog compiled in.
    #[arg(long, global = true, value_name = "PATH")]
    pub catalog: Option<PathBuf>,
    /// Print JSON, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
    /// Also show messages in the locale of the catalog (given with --catalog) that serves
    /// this BCP 47 tag best: de-CH, then de.
    #[arg(long, global = true, value_name = "TAG")]
    pub locale: Option<String>,
    #[command(flatten)]
    pub names: NamesArgs,
}

impl Global {
    /// The names given, the macro's defaults for `catalog` for the others.
    pub fn names(&self, catalog: &zingle_errors_catalog::Catalog) -> zingle_errors_catalog::Names {
        self.names.names(catalog.name())
    }
}

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
        help = "Codes (3612, [3612], miette's zingle::3612), names (InvalidLabel, invalid_label) or prefixes of either (36, Contact)"
    )]
    pub codes: Vec<String>,
}

/// A code or name as typed: any text (the command looks it up, and says what is wrong),
/// completing in a shell to the built-in catalog's codes and names.
#[derive(Clone, Copy, Debug)]
pub struct CodeOrName;

impl TypedValueParser for CodeOrName {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        static VALUES: OnceLock<Vec<PossibleValue>> = OnceLock::new();
        let values = VALUES.get_or_init(|| {
            let Ok(catalog) = crate::source::catalog(None) else {
                return Vec::new();
            };
            let numbers = catalog
                .entries()
                .iter()
                .map(|e| PossibleValue::new(e.code.to_string()).help(e.name.clone()));
            let names = catalog
                .entries()
                .iter()
                .map(|e| PossibleValue::new(e.name.clone()).help(e.message.source().to_owned()));
            numbers.chain(names).collect()
        });
        Some(Box::new(values.iter().cloned()))
    }
}

/// `locales`.
#[derive(Debug, Args)]
pub struct LocalesArgs {
    /// The catalog, whose `[catalog] locales` names its folder of Fluent files.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
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
    /// The catalog to validate.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
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
    /// The catalog.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
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

/// A version for `--version`.
fn parse_version(text: &str) -> Result<zingle_errors_catalog::Version, String> {
    text.parse()
        .map_err(|e: zingle_errors_catalog::VersionError| e.to_string())
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
