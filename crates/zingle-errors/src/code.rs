//! What the runtime needs of a generated `ErrorCode`, and the errors of converting a
//! number or text into one.

use core::fmt;
use core::hash::Hash;

pub use zingle_errors_core::Piece;

/// What generic code needs of a generated `ErrorCode`; each method is the generated
/// method of the same name.
///
/// A new method is added here and as one line of the list that generates the impl
/// (`code_trait_impl!` in zingle-errors-catalog's `codegen/error_code.rs`).
pub trait Code: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static {
    /// The number, such as 3612.
    fn code(self) -> u16;
    /// The code with this number, if the catalog has one.
    fn from_code(code: u16) -> Option<Self>;
    /// The name, such as `"InvalidLabel"`.
    fn name(self) -> &'static str;
    /// The code with this name, or a name it had before.
    fn from_name(name: &str) -> Option<Self>;
    /// Why the code with this number was retired, if it was.
    fn retired(code: u16) -> Option<&'static str>;
    /// The number of the retired code with this name, and why it was retired, if one was.
    fn retired_name(name: &str) -> Option<(u16, &'static str)>;
    /// The message template, unfilled.
    fn message(self) -> &'static str;
    /// The message's parameters, in order of first use.
    fn params(self) -> &'static [&'static str];
    /// The parameters whose values logs show as `[redacted]`, in the order of `params()`.
    fn sensitive_params(self) -> &'static [&'static str];
    /// The message template, split at its parameters.
    fn pieces(self) -> &'static [Piece];
    /// The HTTP status answered with this code.
    fn http_status(self) -> u16;
    /// Every code of the catalog.
    fn all() -> &'static [Self];
    /// Why the error happens and what to do, where the catalog says.
    fn explanation(self) -> Option<&'static str>;
    /// The code's documentation link.
    fn doc_url(self) -> Option<&'static str>;
    /// Whether repeating the same request may succeed.
    fn is_retryable(self) -> bool;
    /// The template as published, where the catalog corrects it, split at the same
    /// parameters (indices into `params()`).
    fn published_pieces(self) -> Option<&'static [Piece]>;
    /// The catalog's name, the prefix of its diagnostic codes (`zingle`).
    fn catalog_name() -> Option<&'static str>;
    /// The message in each of the catalog's locales that writes it as text and values
    /// alone (no selector such as a plural, no function, term or message reference),
    /// `(tag, pieces)`, its pieces split at the same parameters (indices into `params()`)
    /// and packed into one text (`zingle_errors_core::unpack` gives them): what a
    /// description in another language is matched against. None without the `fluent`
    /// feature, and for a code without parameters (nothing to recover).
    fn localized_pieces(self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
}

/// The code with this number (`"3612"`) or name (`"InvalidLabel"`).
///
/// # Errors
///
/// The text is neither; for a retired code's number or name, the error says why it was
/// retired.
pub fn parse_code<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    let found = match s.parse::<u16>() {
        Ok(n) => C::from_code(n).ok_or_else(|| C::retired(n)),
        Err(_) => C::from_name(s).ok_or_else(|| C::retired_name(s).map(|(_, reason)| reason)),
    };
    found.map_err(|retired| ParseCodeError {
        input: s.to_owned(),
        retired,
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

/// Text that is neither a code nor a name of the catalog, from `str::parse`.
///
/// ```
/// let err = "Nope".parse::<zingle_errors::ErrorCode>().unwrap_err();
/// assert_eq!(err.to_string(), "`Nope` is neither an error code nor a name of the catalog");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", match retired {
    Some(reason) => format!("`{input}` is a retired error code: {reason}"),
    None => format!("`{input}` is neither an error code nor a name of the catalog"),
})]
pub struct ParseCodeError {
    /// The text as given.
    pub input: String,
    /// Why the code the text names was retired, where it names a retired one.
    pub retired: Option<&'static str>,
}
