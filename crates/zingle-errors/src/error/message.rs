//! An error's message: written piece by piece, without template parsing at run time,
//! whether it was built here or read from the wire.

use core::fmt::{self, Display};

use super::Repr;
use crate::code::{Code, Piece};
use zingle_errors_core::{Spans, Values, reason_phrase, write_pieces};

impl<C: Code> Repr<C> {
    /// Passes the message to `write` in pieces: the message filled or read, else the
    /// template without parameters, else the template with a note that the parameters
    /// are not known, else the code.
    fn write_pieces<E>(&self, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        if let Some(message) = &self.message {
            return write(message);
        }
        match (self.kind, self.known_args()) {
            (_, Some((kind, values))) => write_filled(kind.record().pieces, values, &mut write),
            (Some(kind), None) => {
                write(kind.record().message)?;
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
                match crate::code::retired_reason(C::RETIRED, code) {
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
    pub(super) fn message_is(&self, text: &str) -> bool {
        let mut rest = text;
        let prefix: Result<(), ()> = self.write_pieces(|s| {
            rest = rest.strip_prefix(s).ok_or(())?;
            Ok(())
        });
        prefix.is_ok() && rest.is_empty()
    }

    /// The message in one allocation of the exact size.
    pub fn message(&self) -> String {
        if let Some(message) = &self.message {
            return message.as_str().to_owned();
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

/// What a message whose parameters are not known says after its template.
const PARAMETERS_UNKNOWN: &str = " (parameters not given)";

/// `kind`'s message filled with `value(i)` for each parameter `i` (empty where there is
/// none), and where each value lies in it; no message for a code without parameters
/// (its template is its message).
pub(super) fn fill<'v, C: Code>(
    kind: C,
    value: impl Fn(usize) -> Option<&'v dyn Display>,
) -> (Option<String>, Spans) {
    let params = kind.record().params.len();
    if params == 0 {
        return (None, Spans::default());
    }
    let (message, spans) = zingle_errors_core::fill(kind.record().pieces, params, value);
    (Some(message), spans)
}

/// The template's literals and the values, in order.
fn write_filled<E>(
    pieces: &[Piece],
    values: Values<'_>,
    write: &mut impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    write_pieces(pieces, |i| values.get(i), write)
}

/// The template's literals and the values, as one text.
pub(super) fn filled_text(pieces: &[Piece], values: Values<'_>) -> String {
    let mut out = String::new();
    let Ok(()) = write_filled(pieces, values, &mut |s| {
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
pub(super) fn filled_is(pieces: &[Piece], values: Values<'_>, text: &str) -> bool {
    let mut rest = text;
    let prefix: Result<(), ()> = write_filled(pieces, values, &mut |s| {
        rest = rest.strip_prefix(s).ok_or(())?;
        Ok(())
    });
    prefix.is_ok() && rest.is_empty()
}

impl<C: Code> Repr<C> {
    /// The message as `Display` writes it, piece by piece, with no template parsing;
    /// width, fill and precision (`{:>40}`) apply to the whole message.
    pub(super) fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(message) => f.pad(message),
            None if f.width().is_some() || f.precision().is_some() => f.pad(&self.message()),
            None => self.write_pieces(|s| f.write_str(s)),
        }
    }
}

/// The message; `{:#}`, the alternate form, writes it as logs show it, each sensitive
/// value `[redacted]` (what a log records of an error given as another's cause).
impl<C: Code> Display for Repr<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            Display::fmt(&self.redacted(), f)
        } else {
            self.fmt_message(f)
        }
    }
}
