//! The long help texts: the exit status and the options everywhere, and each
//! subcommand's details and examples.

pub(super) const EXIT_STATUS: &str = "\
Exit status: 0 on success; 1 on a failed check, a breaking change, or something asked
for that is not there (a code, a parameter, a file, valid JSON); 2 on bad usage.

Options go before or after the subcommand (zingle-errors --catalog shop.toml list).
Without --catalog, the commands answer from the Zingle catalog compiled in. The Rust
they print names the generated items as zingle_errors! does by default; give the names
your invocation gives them, and nothing printed for your catalog says Zingle:
  zingle-errors explain CardHasExpired --catalog billing.toml \\
    --code-macro billing_code --error-macro billing_error \\
    --error-type BillingError --code-type BillingCode";

/// Where a subcommand's help says the options of every subcommand are.
pub(super) const GLOBAL_OPTIONS: &str = "\
The options every subcommand takes (--catalog, --json, --locale, and the names in the
Rust printed) are listed once, in zingle-errors --help.";

pub(super) const EXPLAIN_HELP: &str = "\
Examples:
  zingle-errors explain 3612
  zingle-errors explain invalid_label
  zingle-errors explain 36              # every code from 3600 to 3699
  zingle-errors explain 3612 2600 zingle::4001

With --json, always an array: one object per code, in the order asked, each code once
(a prefix gives every code it matches); a code's object has every field (export
--format json's), a retired code's is {\"code\", \"name\", \"retired\": reason}.
When a query names nothing, each such query is told on stderr and nothing is printed.";

pub(super) const SCAN_HELP: &str = "\
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

pub(super) const SEARCH_HELP: &str = "\
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
pub(super) fn diff_help() -> String {
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

pub(super) const LOCK_HELP: &str = "\
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

pub(super) const DOCS_HELP: &str = "\
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

pub(super) const EXPORT_HELP: &str = "\
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
