//! The data and behaviour of a generated `ZingleError`: built from a code and its
//! arguments, or reported by a server.

use core::fmt::{self, Display};
use core::hash::{Hash, Hasher};

use crate::code::{Code, Piece};
use crate::reason::reason_phrase;
use crate::recover::match_template;

/// The data of a generated `ZingleError`.
#[derive(Clone)]
pub struct Repr<C> {
    code: u16,
    /// `C::from_code(code)`, kept to spare the lookup.
    kind: Option<C>,
    /// Parameter values, in the order of `kind.params()`; empty when a description
    /// read from the wire did not match the template.
    args: Box<[String]>,
    status: u16,
    /// The description as read from the wire, verbatim.
    description: Option<Box<str>>,
    /// The status text as read from the wire.
    text: Option<Box<str>>,
}

impl<C: Code> Repr<C> {
    /// An error of the catalog with its arguments, in the order of `kind.params()`.
    pub fn new(kind: C, args: Vec<String>) -> Self {
        debug_assert_eq!(args.len(), kind.params().len());
        Self {
            code: kind.code(),
            kind: Some(kind),
            args: args.into_boxed_slice(),
            status: kind.http_status(),
            description: None,
            text: None,
        }
    }

    /// An error as a server reported it: the code may be outside the catalog, and
    /// the parameters are recovered by matching the description against the template.
    pub fn reported(code: u16, status: u16, text: Option<&str>, description: Option<&str>) -> Self {
        let kind = C::from_code(code);
        let args = match (kind, description) {
            (Some(kind), Some(description)) => {
                match_template(kind.pieces(), kind.params().len(), description)
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
        }
    }

    /// The code, or `None` for one outside the catalog.
    pub fn kind(&self) -> Option<C> {
        self.kind
    }

    /// The numeric code, known to the catalog or not.
    pub fn error_code(&self) -> u16 {
        self.code
    }

    /// The HTTP status answered with this error.
    pub fn http_status(&self) -> u16 {
        self.status
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

    fn names(&self) -> &'static [&'static str] {
        self.kind.map_or(&[], C::params)
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

    /// Passes the message to `write` in pieces: the description read from the wire,
    /// else the template's literals and values (a parameter without a value stays
    /// `{name}`), else nothing.
    fn write_pieces<E>(&self, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        if let Some(description) = &self.description {
            return write(description);
        }
        let Some(kind) = self.kind else { return Ok(()) };
        for piece in kind.pieces() {
            match *piece {
                Piece::Lit(s) => write(s)?,
                Piece::Param(i) => match self.args.get(i) {
                    Some(value) => write(value)?,
                    None => {
                        write("{")?;
                        write(kind.params()[i])?;
                        write("}")?;
                    }
                },
            }
        }
        Ok(())
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
        if self.description.is_none() && self.kind.is_none() {
            return self.to_string();
        }
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

/// Two errors are equal when they have the same code, status, status text, message and
/// parameters, however they were made: built here or read from the wire.
impl<C: Code> PartialEq for Repr<C> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.status == other.status
            && self.args == other.args
            && self.status_text() == other.status_text()
            && match (&self.description, &other.description) {
                // Same code and arguments fill the same template.
                (None, None) => true,
                (Some(text), _) => other.message_is(text),
                (None, Some(text)) => self.message_is(text),
            }
    }
}

impl<C: Code> Eq for Repr<C> {}

impl<C: Code> Hash for Repr<C> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // A subset of what `eq` compares, so that equal errors hash alike.
        self.code.hash(state);
        self.status.hash(state);
        self.args.hash(state);
    }
}

impl<C: Code> Display for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.description.is_none() && self.kind.is_none() {
            return write!(f, "error {}", self.code);
        }
        self.write_pieces(|s| f.write_str(s))
    }
}

impl<C: Code> Repr<C> {
    /// `Debug` of the generated error type named `name`.
    ///
    /// # Errors
    ///
    /// When `f` fails.
    pub fn fmt_debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(name)
            .field("code", &self.code)
            .field("kind", &self.kind)
            .field("message", &format_args!("{self}"))
            .field("args", &self.args())
            .field("http_status", &self.status)
            .finish()
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
