//! The data and behaviour of a generated `ZingleError`: built from a code and its
//! arguments, or reported by a server.

use core::fmt::{self, Display};
use core::hash::{Hash, Hasher};

use std::sync::Arc;

use crate::code::{Code, Piece};
use crate::reason::reason_phrase;
use crate::recover::match_template;
use crate::render::{RenderError, check};

/// A cause kept with an error: shared, so that the error stays `Clone`.
type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// The data of a generated `ZingleError`.
#[derive(Clone)]
pub struct Repr<C> {
    /// The code; `None` for a status that reported an error without one.
    code: Option<u16>,
    /// `C::from_code(code)`, kept to spare the lookup.
    kind: Option<C>,
    /// Parameter values, in the order of `kind.params()`; fewer (none) when they are
    /// not known: a description read from the wire did not match the template, or
    /// there was none.
    args: Box<[String]>,
    status: u16,
    /// The description as read from the wire, verbatim.
    description: Option<Box<str>>,
    /// The status text as read from the wire.
    text: Option<Box<str>>,
    /// What caused the error, for logs: never on the wire, not compared.
    source: Option<Source>,
}

/// What a message is, for comparing: the template and the values, or the text shown.
enum Message<'a, C> {
    Filled(C, &'a [String]),
    Shown,
}

impl<C: Code> Repr<C> {
    /// An error of the catalog with its arguments, in the order of `kind.params()`.
    pub fn new(kind: C, args: Vec<String>) -> Self {
        debug_assert_eq!(args.len(), kind.params().len());
        Self {
            code: Some(kind.code()),
            kind: Some(kind),
            args: args.into_boxed_slice(),
            status: kind.http_status(),
            description: None,
            text: None,
            source: None,
        }
    }

    /// An error of the catalog whose parameters are not given: its message says so.
    pub fn without_args(kind: C) -> Self {
        Self {
            args: Box::default(),
            ..Self::new(kind, vec![String::new(); kind.params().len()])
        }
    }

    /// An error of the catalog from `(name, value)` arguments checked at run time.
    ///
    /// # Errors
    ///
    /// A parameter missing, unknown or given twice.
    pub fn checked(kind: C, args: &[(&str, &dyn Display)]) -> Result<Self, RenderError> {
        check(kind, args)?;
        let values = kind
            .params()
            .iter()
            .map(|p| {
                args.iter()
                    .find(|(n, _)| n == p)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_default()
            })
            .collect();
        Ok(Self::new(kind, values))
    }

    /// An error as a server reported it: the code may be absent or outside the catalog,
    /// and the parameters are recovered by matching the description against the
    /// template, or else against the template as published where the catalog corrects it.
    pub fn reported(
        code: Option<u16>,
        status: u16,
        text: Option<&str>,
        description: Option<&str>,
    ) -> Self {
        let kind = code.and_then(C::from_code);
        let args = match (kind, description) {
            (Some(kind), Some(description)) => {
                let params = kind.params().len();
                match_template(kind.pieces(), params, description).or_else(|| {
                    let published = kind.published_pieces()?;
                    match_template(published, params, description)
                })
            }
            _ => None,
        };
        Self {
            code,
            kind,
            args: args.unwrap_or_default().into_boxed_slice(),
            status,
            description: description.map(Box::from),
            text: text.map(Box::from),
            source: None,
        }
    }

    /// The error with `source` as its cause.
    #[must_use]
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// The cause, if one was attached.
    pub fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }

    /// The code, or `None` for one outside the catalog (or none at all).
    pub fn kind(&self) -> Option<C> {
        self.kind
    }

    /// The numeric code, known to the catalog or not; 0 when the status gave none.
    pub fn error_code(&self) -> u16 {
        self.code.unwrap_or(0)
    }

    /// Why the error's code was retired, if the catalog retired it.
    pub fn retired(&self) -> Option<&'static str> {
        match (self.kind, self.code) {
            (None, Some(code)) => C::retired(code),
            _ => None,
        }
    }

    /// The numeric code as the status gave it.
    pub fn code(&self) -> Option<u16> {
        self.code
    }

    /// The HTTP status answered with this error.
    pub fn http_status(&self) -> u16 {
        self.status
    }

    /// Whether repeating the same request may succeed: as the catalog says for a known
    /// code, else by the HTTP status (5xx and 429 may).
    pub fn is_retryable(&self) -> bool {
        match self.kind {
            Some(kind) => kind.is_retryable(),
            None => self.status >= 500 || self.status == 429,
        }
    }

    /// The status text: as read from the wire, else the status's reason phrase, else
    /// empty.
    pub fn status_text(&self) -> &str {
        self.text
            .as_deref()
            .or_else(|| reason_phrase(self.status))
            .unwrap_or_default()
    }

    /// The description as read from the wire.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The parameters' values, where they are known.
    fn known_args(&self) -> Option<(C, &[String])> {
        let kind = self.kind?;
        (self.args.len() == kind.params().len()).then_some((kind, &*self.args))
    }

    fn names(&self) -> &'static [&'static str] {
        self.known_args().map_or(&[], |(kind, _)| kind.params())
    }

    /// The value of the parameter `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        let i = self.names().iter().position(|n| *n == name)?;
        self.args.get(i).map(String::as_str)
    }

    /// The `(name, value)` parameters, in message order.
    pub fn args(&self) -> Args<'_> {
        Args {
            names: self.names().iter(),
            values: self.args.iter(),
        }
    }

    /// What the message is, for comparing: the corrected template and the values where
    /// they are known (whichever text they were read from), else the text shown.
    fn canonical(&self) -> Message<'_, C> {
        match self.known_args() {
            Some((kind, args)) => Message::Filled(kind, args),
            None => Message::Shown,
        }
    }

    /// `f` of the message shown, allocating only when it is not a description.
    fn with_shown<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        match &self.description {
            Some(description) => f(description),
            None => f(&self.message()),
        }
    }

    /// Passes the message to `write` in pieces: the description read from the wire,
    /// else the template's literals and values, else the template with a note that the
    /// parameters are not known, else the code.
    fn write_pieces<E>(&self, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        if let Some(description) = &self.description {
            return write(description);
        }
        match (self.kind, self.known_args()) {
            (_, Some((kind, args))) => write_filled(kind.pieces(), args, &mut write),
            (Some(kind), None) => {
                write(kind.message())?;
                write(PARAMETERS_UNKNOWN)
            }
            (None, None) => self.write_unknown(&mut write),
        }
    }

    /// The message of an error outside the catalog and without a description.
    fn write_unknown<E>(&self, write: &mut impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        let mut number = [0u8; 5];
        match self.code {
            Some(code) => {
                write("error ")?;
                write(format_u16(code, &mut number))?;
                match C::retired(code) {
                    Some(reason) => {
                        write(" (retired: ")?;
                        write(reason)?;
                        write(")")
                    }
                    None => Ok(()),
                }
            }
            None => {
                write("HTTP ")?;
                write(format_u16(self.status, &mut number))?;
                match reason_phrase(self.status).or(self.text.as_deref()) {
                    Some(text) if !text.is_empty() => {
                        write(" ")?;
                        write(text)
                    }
                    _ => Ok(()),
                }
            }
        }
    }

    /// Whether the message is `text`, compared piece by piece without allocating.
    fn message_is(&self, text: &str) -> bool {
        let mut rest = text;
        let prefix: Result<(), ()> = self.write_pieces(|s| {
            rest = rest.strip_prefix(s).ok_or(())?;
            Ok(())
        });
        prefix.is_ok() && rest.is_empty()
    }

    /// The filled message in one allocation of the exact size.
    pub fn message(&self) -> String {
        let mut len = 0;
        let Ok(()) = self.write_pieces(|s| {
            len += s.len();
            Ok::<(), core::convert::Infallible>(())
        });
        let mut out = String::with_capacity(len);
        let Ok(()) = self.write_pieces(|s| {
            out.push_str(s);
            Ok::<(), core::convert::Infallible>(())
        });
        out
    }
}

/// What a message whose parameters are not known says after its template.
const PARAMETERS_UNKNOWN: &str = " (parameters not given)";

/// The template's literals and the values, in order.
fn write_filled<E>(
    pieces: &[Piece],
    args: &[String],
    write: &mut impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    for piece in pieces {
        match *piece {
            Piece::Lit(s) => write(s)?,
            Piece::Param(i) => write(args.get(i).map_or("", String::as_str))?,
        }
    }
    Ok(())
}

/// The template's literals and the values, as one text.
fn filled_text(pieces: &[Piece], args: &[String]) -> String {
    let mut out = String::new();
    let Ok(()) = write_filled(pieces, args, &mut |s| {
        out.push_str(s);
        Ok::<(), core::convert::Infallible>(())
    });
    out
}

/// `n` in decimal, in `buf`.
fn format_u16(n: u16, buf: &mut [u8; 5]) -> &str {
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    core::str::from_utf8(&buf[i..]).unwrap_or_default()
}

/// Whether the pieces and values fill `text` exactly, compared without allocating.
fn filled_is(pieces: &[Piece], args: &[String], text: &str) -> bool {
    let mut rest = text;
    let prefix: Result<(), ()> = write_filled(pieces, args, &mut |s| {
        rest = rest.strip_prefix(s).ok_or(())?;
        Ok(())
    });
    prefix.is_ok() && rest.is_empty()
}

/// Two errors are equal when a client would take them for the same: the same code, HTTP
/// status and message, and status texts equal but for ASCII case. The message is
/// compared as the catalog writes it: an error read in the published text of a code
/// whose catalog corrects a typo equals the one built here; the parameters are those of
/// the message (where a template is ambiguous, two sets of values that give the same
/// message are equal). The cause is not compared.
impl<C: Code> PartialEq for Repr<C> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.status == other.status
            && self.status_text().eq_ignore_ascii_case(other.status_text())
            && match (self.canonical(), other.canonical()) {
                (Message::Filled(a, x), Message::Filled(b, y)) => {
                    a == b && (x == y || filled_is(a.pieces(), x, &filled_text(b.pieces(), y)))
                }
                (Message::Filled(kind, args), Message::Shown) => {
                    other.with_shown(|text| filled_is(kind.pieces(), args, text))
                }
                (Message::Shown, Message::Filled(kind, args)) => {
                    self.with_shown(|text| filled_is(kind.pieces(), args, text))
                }
                (Message::Shown, Message::Shown) => other.with_shown(|text| self.message_is(text)),
            }
    }
}
impl<C: Code> Eq for Repr<C> {}

impl<C: Code> Hash for Repr<C> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // A subset of what `eq` compares, so that equal errors hash alike.
        self.code.hash(state);
        self.status.hash(state);
    }
}

/// The longest message `Display` assembles on the stack before writing it at once.
const STACK_MESSAGE: usize = 256;

/// Writes the message in one `write_str` where it fits on the stack, so that
/// `to_string()` allocates once, at the exact size, rather than growing its buffer piece
/// by piece; a longer message is written piece by piece. Width, fill and precision
/// (`{:>40}`) apply to the whole message.
impl<C: Code> Display for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut len = 0;
        let Ok(()) = self.write_pieces(|s| {
            len += s.len();
            Ok::<(), core::convert::Infallible>(())
        });
        if len > STACK_MESSAGE {
            if f.width().is_some() || f.precision().is_some() {
                return f.pad(&self.message());
            }
            return self.write_pieces(|s| f.write_str(s));
        }
        let mut buf = [0u8; STACK_MESSAGE];
        let mut at = 0;
        let Ok(()) = self.write_pieces(|s| {
            buf[at..at + s.len()].copy_from_slice(s.as_bytes());
            at += s.len();
            Ok::<(), core::convert::Infallible>(())
        });
        // Whole `str`s, end to end: valid UTF-8.
        f.pad(core::str::from_utf8(&buf[..at]).map_err(|_| fmt::Error)?)
    }
}

impl<C: Code> Repr<C> {
    /// `Debug` of the generated error type named `name`.
    ///
    /// # Errors
    ///
    /// When `f` fails.
    pub fn fmt_debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct(name);
        debug
            .field("code", &self.error_code())
            .field("kind", &self.kind)
            .field("message", &format_args!("{self}"))
            .field("args", &self.args())
            .field("http_status", &self.status);
        if let Some(source) = &self.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl<C: Code> fmt::Debug for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_debug("Repr", f)
    }
}

/// The `(name, value)` parameters of a [`ZingleError`](crate::ZingleError), in message
/// order.
///
/// ```
/// let err = zingle_errors::ZingleError::invalid_label("abc");
/// assert_eq!(err.args().collect::<Vec<_>>(), [("correspondent_id", "abc")]);
/// ```
#[derive(Clone)]
pub struct Args<'a> {
    names: std::slice::Iter<'static, &'static str>,
    values: std::slice::Iter<'a, String>,
}

impl<'a> Iterator for Args<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        Some((self.names.next()?, self.values.next()?.as_str()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.names.len().min(self.values.len());
        (n, Some(n))
    }
}

impl ExactSizeIterator for Args<'_> {}

impl fmt::Debug for Args<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.clone()).finish()
    }
}
