//! What the runtime needs of a generated `ErrorCode`, and the errors of converting a
//! number or text into one.

use core::fmt;
use core::hash::Hash;

pub use zingle_errors_core::Piece;

/// What the catalog says of one code: its row of the table that `zingle_errors!`
/// generates. Every accessor of a generated code reads its record, so a fact of a code
/// is written once.
#[derive(Debug)]
pub struct Record<K: 'static> {
    /// The number, such as 3612.
    pub code: u16,
    /// The name, such as `"InvalidLabel"`.
    pub name: &'static str,
    /// The message template, unfilled.
    pub message: &'static str,
    /// The message template, split at its parameters.
    pub pieces: &'static [Piece],
    /// The message's parameters, in order of first use.
    pub params: &'static [&'static str],
    /// The parameters whose values logs show as `[redacted]`, in the order of `params`.
    pub sensitive: &'static [&'static str],
    /// Why the error happens and what to do, where the catalog says.
    pub explanation: Option<&'static str>,
    /// The code's category.
    pub category: K,
    /// The HTTP status answered with this code.
    pub http_status: u16,
    /// Whether repeating the same request may succeed.
    pub retryable: bool,
    /// The code's documentation link.
    pub doc_url: Option<&'static str>,
    /// The template as published, where the catalog corrects it, split at the same
    /// parameters (indices into `params`).
    pub published_pieces: Option<&'static [Piece]>,
}

/// One of the catalog's locales, compiled from its Fluent file: its tag and, for each
/// code in the order of the catalog's table (`Code::index`), its message and explanation
/// compiled into a list of texts (`zingle_errors_core::write_translation` writes them),
/// empty where the locale does not translate it. Every list is a run of one array of
/// texts, where the code's entry and the next begin: one array of string literals and
/// one of numbers a locale, which rustc checks far more cheaply than an array a
/// translation.
#[derive(Clone, Copy, Debug)]
pub struct LocaleTable {
    /// The locale's BCP 47 tag, `de`.
    pub tag: &'static str,
    /// The texts of every message and explanation, one after the other.
    pub texts: &'static [&'static str],
    /// Where each code's message begins in `texts`, by the code's index, and where the
    /// last ends.
    pub messages: &'static [u32],
    /// Where each code's `.explanation` begins in `texts`, as `messages`; empty where
    /// the locale explains none.
    pub explanations: &'static [u32],
}

impl LocaleTable {
    /// A locale of this tag that translates nothing: one to negotiate with, or to
    /// write compiled translations of one's own in.
    #[must_use]
    pub const fn untranslated(tag: &'static str) -> Self {
        Self {
            tag,
            texts: &[],
            messages: &[],
            explanations: &[],
        }
    }

    /// The compiled message of the code at `index`, if the locale translates it.
    #[must_use]
    pub fn message(&self, index: usize) -> Option<&'static [&'static str]> {
        self.run(self.messages, index)
    }

    /// The compiled explanation of the code at `index`, if the locale has one.
    #[must_use]
    pub fn explanation(&self, index: usize) -> Option<&'static [&'static str]> {
        self.run(self.explanations, index)
    }

    /// The texts from the start at `index` in `starts` to the next; `None` where there
    /// are none.
    #[inline]
    fn run(&self, starts: &[u32], index: usize) -> Option<&'static [&'static str]> {
        let start = usize::try_from(*starts.get(index)?).ok()?;
        let end = usize::try_from(*starts.get(index + 1)?).ok()?;
        self.texts.get(start..end).filter(|run| !run.is_empty())
    }
}

/// What the catalog says of one category: its row of the generated table.
#[derive(Debug)]
pub struct CategoryRecord<C: 'static> {
    /// The name, such as `"Contacts"`.
    pub name: &'static str,
    /// What the category's codes are about.
    pub title: &'static str,
    /// The first code of the range the category reserves.
    pub first: u16,
    /// The last code of that range.
    pub last: u16,
    /// The category's codes, ascending.
    pub codes: &'static [C],
}

/// A code the catalog retired: its number and name are never used again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Retired {
    /// The number the code had.
    pub code: u16,
    /// The name the code had.
    pub name: &'static str,
    /// Why it was retired.
    pub reason: &'static str,
}

/// Why the code numbered `code` was retired, if `retired` lists it.
#[must_use]
pub const fn retired_reason(retired: &'static [Retired], code: u16) -> Option<&'static str> {
    let mut i = 0;
    while i < retired.len() {
        if retired[i].code == code {
            return Some(retired[i].reason);
        }
        i += 1;
    }
    None
}

/// The number of the retired code named `name` and why it was retired, if `retired`
/// lists it.
#[must_use]
pub fn retired_named(retired: &'static [Retired], name: &str) -> Option<(u16, &'static str)> {
    retired
        .iter()
        .find(|r| r.name == name)
        .map(|r| (r.code, r.reason))
}

/// What generic code needs of a generated `ErrorCode`: its table and its lookups, which
/// only generated code can answer. Every fact of a code is read from its [`Record`].
pub trait Code: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static {
    /// The generated category enum.
    type Category: Copy + 'static;
    /// Every code of the catalog, ascending.
    const ALL: &'static [Self];
    /// The catalog's name, the prefix of its diagnostic codes (`zingle`).
    const CATALOG_NAME: Option<&'static str>;
    /// The codes the catalog retired.
    const RETIRED: &'static [Retired];
    /// The names of the generated items: the code enum, the error type, the category
    /// enum, the code macro and the error macro (for the command-line tool, which
    /// prints Rust in the names of the catalog compiled into this crate).
    const ITEMS: [&'static str; 5];
    /// The catalog's locales other than its default, their messages compiled (none
    /// without the `fluent` feature).
    const LOCALES: &'static [LocaleTable];
    /// The code's position in `ALL`, and in each table of the catalog.
    fn index(self) -> usize;
    /// What the catalog says of this code.
    fn record(self) -> &'static Record<Self::Category>;
    /// The code with this number, if the catalog has one.
    fn from_code(code: u16) -> Option<Self>;
    /// The code with this name, or a name it had before.
    fn from_name(name: &str) -> Option<Self>;
}

/// The code with this number (`"3612"`) or name (`"InvalidLabel"`).
///
/// # Errors
///
/// The text is neither; for a retired code's number or name, the error says why it was
/// retired.
pub fn parse_code<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    let found = match s.parse::<u16>() {
        Ok(n) => C::from_code(n).ok_or_else(|| retired_reason(C::RETIRED, n)),
        Err(_) => {
            C::from_name(s).ok_or_else(|| retired_named(C::RETIRED, s).map(|(_, reason)| reason))
        }
    };
    found.map_err(|retired| {
        // A name misspelt: the nearest of the catalog's.
        let names = C::ALL.iter().map(|code| code.record().name);
        let suggestion = retired
            .is_none()
            .then(|| zingle_errors_core::suggest(s, names))
            .flatten();
        ParseCodeError {
            input: s.to_owned(),
            retired,
            suggestion,
        }
    })
}

/// A number that is no code of the catalog, from `ErrorCode::try_from`.
///
/// ```
/// use zingle_errors::{ErrorCode, UnknownCode};
/// assert_eq!(ErrorCode::try_from(1234), Err(UnknownCode(1234)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown error code {0}")]
pub struct UnknownCode(pub u16);

/// Text that is neither a code nor a name of the catalog, from `str::parse`; a name
/// misspelt is given the nearest.
///
/// ```
/// let err = "Nope".parse::<zingle_errors::ErrorCode>().unwrap_err();
/// assert_eq!(err.to_string(), "`Nope` is neither an error code nor a name of the catalog");
/// let err = "InvalidLable".parse::<zingle_errors::ErrorCode>().unwrap_err();
/// assert_eq!(err.suggestion, Some("InvalidLabel"));
/// assert_eq!(
///     err.to_string(),
///     "`InvalidLable` is neither an error code nor a name of the catalog; did you mean `InvalidLabel`?"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", match retired {
    Some(reason) => format!("`{input}` is a retired error code: {reason}"),
    None => format!(
        "`{input}` is neither an error code nor a name of the catalog{}",
        zingle_errors_core::did_you_mean(*suggestion)
    ),
})]
pub struct ParseCodeError {
    /// The text as given.
    pub input: String,
    /// Why the code the text names was retired, where it names a retired one.
    pub retired: Option<&'static str>,
    /// The catalog's name nearest to the text, where it is a likely misspelling of one.
    pub suggestion: Option<&'static str>,
}
