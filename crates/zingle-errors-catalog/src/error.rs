//! What can be wrong with a catalog, and where.

use std::fmt;
use std::path::PathBuf;

use crate::Location;
use zingle_errors_core::did_you_mean;

/// One fault in a catalog. Its `Display` is lowercase, without a location.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Fault {
    /// The file is not valid TOML.
    #[error("invalid TOML: {0}")]
    Syntax(String),
    /// A key this format does not define (often a misspelling).
    #[error("unknown key `{key}` in {table}{}", hint(suggestion.as_deref(), expected))]
    UnknownKey {
        /// The key as written.
        key: String,
        /// `[[code]]`, `[[category]]` or `the top level`.
        table: &'static str,
        /// The nearest known key, if one is close.
        suggestion: Option<String>,
        /// The keys the table accepts.
        expected: &'static [&'static str],
    },
    /// A required key is absent.
    #[error("missing key `{key}` in {table}")]
    MissingKey {
        /// The key.
        key: &'static str,
        /// `[[code]]` or `[[category]]`.
        table: &'static str,
    },
    /// A value of the wrong TOML type.
    #[error("`{key}` must be {expected}, found {found}")]
    WrongType {
        /// The key.
        key: String,
        /// What the key takes.
        expected: &'static str,
        /// The TOML type found.
        found: &'static str,
    },
    /// A code that is not an integer from 0 to 65535.
    #[error("code out of range: {value} is not from 0 to 65535")]
    CodeOutOfRange {
        /// The number as written.
        value: String,
    },
    /// An HTTP status that is not from 100 to 599.
    #[error("status out of range: {value} is not an HTTP status from 100 to 599")]
    StatusOutOfRange {
        /// The number as written.
        value: String,
    },
    /// A category range that is not `[first, last]` with `first <= last`.
    #[error("`range` must be [first, last] with first <= last, both from 0 to 65535")]
    InvalidRange,
    /// The same code twice.
    #[error("duplicate code {code}: already defined at {first}")]
    DuplicateCode {
        /// The code.
        code: u16,
        /// Where the code is first defined.
        first: Location,
    },
    /// The same name twice (codes, or categories).
    #[error("duplicate name `{name}`: already used at {first}")]
    DuplicateName {
        /// The name.
        name: String,
        /// Where the name is first used.
        first: Location,
    },
    /// A name that is not an UpperCamelCase Rust identifier.
    #[error(
        "name `{name}` is not an UpperCamelCase Rust identifier (ASCII letters and digits, starting with an uppercase letter)"
    )]
    InvalidName {
        /// The name as written.
        name: String,
    },
    /// A name whose constructor would clash with a method of the error type.
    #[error(
        "name `{name}` gives the constructor `{method}`, which clashes with a method of the error type"
    )]
    ReservedName {
        /// The name as written.
        name: String,
        /// The snake_case constructor name.
        method: String,
    },
    /// A name of a code that gives a constructor no Rust code can name, even raw.
    #[error(
        "name `{name}` gives the constructor `{method}`, a Rust keyword that cannot name a function"
    )]
    KeywordName {
        /// The name as written.
        name: String,
        /// The snake_case constructor name.
        method: String,
    },
    /// A name the generated enums use for an item of their own.
    #[error("name `{name}` is reserved: the generated enum has an item of that name")]
    ReservedVariant {
        /// The name as written.
        name: String,
    },
    /// A catalog name that is not `snake_case`.
    #[error(
        "catalog name `{name}` is not snake_case, as `billing` or `card_payments`: it prefixes diagnostic codes (`billing::100`) and names the generated items (`BillingCode`, `BillingError`, `billing_error!`)"
    )]
    InvalidCatalogName {
        /// The name as written.
        name: String,
    },
    /// A locale named by something other than a BCP 47 language tag.
    #[error(
        "`{tag}` is not a BCP 47 language tag (such as `de`, `pt-BR`, `zh-Hant-TW` or `de-DE-u-co-phonebk`)"
    )]
    InvalidLocaleTag {
        /// The tag as written (a file's name without `.ftl`, or `default_locale`).
        tag: String,
    },
    /// A Fluent file that does not parse.
    #[error("invalid Fluent: {0}")]
    FluentSyntax(String),
    /// A translation whose id names no code of the catalog.
    #[error("message `{id}` names no code of the catalog (a code's id is its name in kebab-case){}", did_you_mean(suggestion.as_deref()))]
    UnknownMessageId {
        /// The id as written.
        id: String,
        /// The nearest id of a code, if one is close.
        suggestion: Option<String>,
    },
    /// The same message twice in one locale.
    #[error("duplicate message `{id}`: already translated at {first}")]
    DuplicateMessageId {
        /// The id.
        id: String,
        /// Where it is first translated.
        first: Location,
    },
    /// A variable of a translation that is no parameter of its code.
    #[error("`${variable}` is not a parameter of {code} ({name}){}; its parameters: {}", did_you_mean(suggestion.as_deref().map(|s| format!("${s}")).as_deref()), list(expected))]
    UnknownVariable {
        /// The variable's name, without `$`.
        variable: String,
        /// The code.
        code: u16,
        /// The code's name.
        name: String,
        /// The nearest parameter, if one is close.
        suggestion: Option<String>,
        /// The code's parameters.
        expected: Vec<String>,
    },
    /// A parameter of a code that its translation leaves out.
    #[error("the translation of {code} ({name}) leaves out its parameter `${param}`")]
    ParameterLeftOut {
        /// The parameter.
        param: String,
        /// The code.
        code: u16,
        /// The code's name.
        name: String,
    },
    /// A name in a code's `sensitive` list that is no parameter of its message.
    #[error("`sensitive` names `{param}`, which is no parameter of the message{}; its parameters: {}", did_you_mean(suggestion.as_deref()), list(expected))]
    UnknownSensitiveParam {
        /// The name as written.
        param: String,
        /// The nearest parameter, if one is close.
        suggestion: Option<String>,
        /// The message's parameters.
        expected: Vec<String>,
    },
    /// A `published_message` whose parameters are not the message's.
    #[error(
        "`published_message` has other parameters than `message`{}{}: a description in the published text could never give the message's values, so it would never be used",
        named(" (it lacks ", missing),
        named(" (it adds ", extra)
    )]
    PublishedParamsDiffer {
        /// The message's parameters it lacks.
        missing: Vec<String>,
        /// The parameters it has that the message lacks.
        extra: Vec<String>,
    },
    /// A sensitive parameter written right beside another parameter in the message.
    #[error(
        "`sensitive` names `{param}`, which the message writes right beside `{{{neighbour}}}` with no text between: a description read back could not be split there, and part of the value would reach logs; put text between them"
    )]
    SensitiveParamNotDelimited {
        /// The sensitive parameter.
        param: String,
        /// The parameter beside it.
        neighbour: String,
    },
    /// A parameter named twice in a code's `sensitive` list.
    #[error("`sensitive` names `{param}` twice: already named at {first}")]
    DuplicateSensitiveParam {
        /// The parameter.
        param: String,
        /// Where it is first named.
        first: Location,
    },
    /// A Fluent function call, which translations cannot make.
    #[error(
        "`{name}()` is a Fluent function, which a translation cannot call: write the variable itself (`{{ $count }}`); a selector on a number chooses its plural form by the locale's rules"
    )]
    FluentFunction {
        /// The function's name.
        name: String,
    },
    /// A reference to a message or term the file does not have.
    #[error("`{reference}` is neither a message nor a term of this file{}", did_you_mean(suggestion.as_deref()))]
    UnknownFluentReference {
        /// The reference as written (`-brand` for a term).
        reference: String,
        /// The nearest of the file's messages or terms, if one is close.
        suggestion: Option<String>,
    },
    /// A reference to an attribute the message or term does not have.
    #[error("`{reference}` has no attribute `.{attribute}`")]
    MissingFluentAttribute {
        /// The message or term (`-brand` for a term).
        reference: String,
        /// The attribute, without `.`.
        attribute: String,
    },
    /// A reference to a message that has attributes only.
    #[error("message `{id}` has no value to write, only attributes")]
    FluentMessageWithoutValue {
        /// The message's id.
        id: String,
    },
    /// A message or term that refers to itself.
    #[error("`{reference}` refers to itself, through the references that lead here")]
    FluentCycle {
        /// The message or term (`-brand` for a term).
        reference: String,
    },
    /// A term and a message of one id, which Fluent keeps one of.
    #[error(
        "the term `-{id}` and the message `{id}` share an id, which Fluent gives to the first only: the other is at {first}"
    )]
    FluentIdShared {
        /// The id.
        id: String,
        /// Where the first of the two is.
        first: Location,
    },
    /// A variable of a term that the reference does not give.
    #[error(
        "the term `-{term}` writes `${variable}`, which this reference does not give: pass it, as `{{ -{term}({variable}: \"…\") }}`"
    )]
    TermArgumentMissing {
        /// The term's id, without `-`.
        term: String,
        /// The variable, without `$`.
        variable: String,
    },
    /// A selection without a default variant.
    #[error("this selection has no default variant (`*[other] …`), which Fluent requires")]
    FluentSelectWithoutDefault,
    /// A NUL character in a translation.
    #[error("the translation holds a NUL character, which messages cannot carry")]
    NulInTranslation,
    /// Two locale files of one tag, in different case.
    #[error(
        "`{tag}` names the locale of `{other}` again, in other case: keep one of the two files"
    )]
    LocaleTagCase {
        /// This file's tag.
        tag: String,
        /// The other file, as named in messages.
        other: String,
    },
    /// A locale file for the catalog's default locale.
    #[error(
        "`{tag}` is the catalog's default locale, whose messages are those of the catalog itself: this file would never be used; remove it, or change `default_locale`"
    )]
    DefaultLocaleFile {
        /// The tag.
        tag: String,
    },
    /// A locales folder that cannot be read.
    #[error("cannot read the locales folder: {0}")]
    LocalesUnreadable(String),
    /// A `doc_url` that is no absolute `http` or `https` URL.
    #[error(
        "`doc_url` {url:?} is no absolute http or https URL of a URI's characters, as `https://example.com/errors#{{code}}`: it is each code's link, and the `type` of its problem documents"
    )]
    DocUrlNotHttp {
        /// The value as written.
        url: String,
    },
    /// A placeholder of `doc_url` other than `{code}` and `{name}`.
    #[error("`doc_url` placeholder `{{{name}}}` is neither `{{code}}` nor `{{name}}`")]
    UnknownUrlPlaceholder {
        /// The placeholder's name.
        name: String,
    },
    /// A code that takes the number or the name of a retired code.
    #[error(
        "{what} of a retired code, retired at {retired_at}: a retired code's number and name are never used again"
    )]
    ReusesRetired {
        /// `code 3612` or `name `InvalidLabel``.
        what: String,
        /// Where the code is retired.
        retired_at: Location,
    },
    /// A message with no text.
    #[error("empty message")]
    EmptyMessage,
    /// A message template that does not parse.
    #[error("in `{key}`: {error}")]
    Template {
        /// `message` or `doc_url`.
        key: &'static str,
        /// What is wrong with it.
        error: crate::TemplateError,
    },
    /// A `category` naming no declared category.
    #[error("unknown category `{name}`{}", hint(suggestion.as_deref(), &[]))]
    UnknownCategory {
        /// The name as written.
        name: String,
        /// The nearest declared category, if one is close.
        suggestion: Option<String>,
    },
    /// A code outside the range of its category.
    #[error("code {code} is outside its category `{category}` ({first}..={last})")]
    CodeOutsideCategory {
        /// The code.
        code: u16,
        /// The category's name.
        category: String,
        /// First code of the category.
        first: u16,
        /// Last code of the category.
        last: u16,
    },
    /// Two categories whose ranges overlap.
    #[error("category range {first}..={last} overlaps `{other}`, declared at {other_at}")]
    OverlappingCategories {
        /// First code of this category.
        first: u16,
        /// Last code of this category.
        last: u16,
        /// The other category's name.
        other: String,
        /// Where the other category is declared.
        other_at: Location,
    },
    /// A code with no status of its own and none from its category.
    #[error("no HTTP status: set `status` on the code or on its category")]
    MissingStatus,
    /// A catalog with no codes.
    #[error("the catalog defines no `[[code]]`")]
    NoCodes,
}

/// ` (it lacks `a`, `b`)`: `names` after `lead`, in backticks, closed; nothing for none.
fn named(lead: &str, names: &[String]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let names: Vec<String> = names.iter().map(|n| format!("`{{{n}}}`")).collect();
    format!("{lead}{})", names.join(", "))
}

/// `a, b`, or `none`.
fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

fn hint(suggestion: Option<&str>, expected: &[&str]) -> String {
    match suggestion {
        Some(_) => did_you_mean(suggestion),
        None if !expected.is_empty() => format!("; expected one of {}", expected.join(", ")),
        None => String::new(),
    }
}

/// One fault at one place: `Display` gives `path:line:col: fault`.
///
/// ```
/// let err = zingle_errors_catalog::parse("[[code]]\ncode = 1\nmesage = 'x'\n", "codes.toml").unwrap_err();
/// assert!(err.iter().any(|e| e.to_string().starts_with("codes.toml:3:1: unknown key `mesage`")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{location}: {fault}")]
pub struct Error {
    /// Where the fault is.
    pub location: Location,
    /// What the fault is.
    pub fault: Fault,
}

/// Every fault found in a catalog, in file order; never empty.
///
/// `Display` writes one fault a line, the first [`SHOWN_FAULTS`] of them, then how many
/// more there are.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Errors(pub(crate) Vec<Error>);

impl Errors {
    /// Every fault of `first`, then of `second`; `None` when neither has any.
    #[must_use]
    pub fn chain(first: Option<Self>, second: Option<Self>) -> Option<Self> {
        match (first, second) {
            (Some(mut first), Some(second)) => {
                first.0.extend(second.0);
                Some(first)
            }
            (first, second) => first.or(second),
        }
    }
}

impl Errors {
    /// The faults, in file order.
    pub fn iter(&self) -> std::slice::Iter<'_, Error> {
        self.0.iter()
    }

    /// The first `limit` faults, and how many more there are: what a compiler or a
    /// terminal should show of a file with thousands of faults.
    ///
    /// ```
    /// let errors = zingle_errors_catalog::parse("a = 1\nb = 2\nc = 3\n", "codes.toml").unwrap_err();
    /// let (shown, more) = errors.truncated(2);
    /// assert_eq!((shown.len(), more), (2, 1));
    /// ```
    #[must_use]
    pub fn truncated(&self, limit: usize) -> (&[Error], usize) {
        let shown = &self.0[..limit.min(self.0.len())];
        (shown, self.0.len() - shown.len())
    }

    /// How many faults there are (at least one).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// How many faults [`Errors`]' `Display` shows before it says how many more there are.
pub const SHOWN_FAULTS: usize = 100;

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (shown, more) = self.truncated(SHOWN_FAULTS);
        for (i, e) in shown.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            fmt::Display::fmt(e, f)?;
        }
        if more > 0 {
            write!(f, "\n... and {more} more faults")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

impl IntoIterator for Errors {
    type Item = Error;
    type IntoIter = std::vec::IntoIter<Error>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Errors {
    type Item = &'a Error;
    type IntoIter = std::slice::Iter<'a, Error>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Why [`load`](crate::load) returned no catalog: the file could not be read, or it
/// holds faults.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the catalog `{}`: {source}", path.display())]
    Io {
        /// The file as given.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file was read, and holds faults.
    #[error(transparent)]
    Invalid(#[from] Errors),
}
