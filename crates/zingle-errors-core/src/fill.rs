//! A message template filled with values.

use alloc::string::String;
use core::fmt::{self, Display, Write as _};

use crate::piece::Piece;
use crate::spans::Spans;

/// How many bytes are set aside for each value when a message is filled, here and by
/// the runtime's generated constructors.
pub const VALUE_CAPACITY: usize = 16;

/// The room a message of the template `pieces`, with `params` parameters, is given: its
/// literals, and [`VALUE_CAPACITY`] for each value, so that most messages allocate once.
///
/// ```
/// use zingle_errors_core::{Piece, VALUE_CAPACITY, capacity};
/// assert_eq!(capacity(&[Piece::Lit("ab"), Piece::Param(0)], 1), 2 + VALUE_CAPACITY);
/// ```
#[must_use]
pub fn capacity<S: AsRef<str>>(pieces: &[Piece<S>], params: usize) -> usize {
    let literals: usize = pieces.iter().filter_map(Piece::literal).map(str::len).sum();
    literals + VALUE_CAPACITY * params
}

/// The template `pieces` filled with `value(i)` for each parameter `i` (nothing where
/// it gives none), and where each value lies in the message; `params` is the number of
/// parameters. The message is allocated once for short values.
///
/// A value whose `Display` fails leaves what it wrote, where `to_string` would panic.
///
/// ```
/// use zingle_errors_core::{Piece, fill};
///
/// let pieces = [Piece::Param(0), Piece::Lit(" and "), Piece::Param(1)];
/// let (message, spans) = fill(&pieces, 2, |i| [1, 22].get(i).copied());
/// assert_eq!(message, "1 and 22");
/// assert_eq!((spans.get(0), spans.get(1)), (Some(0..1), Some(6..8)));
/// ```
pub fn fill<S: AsRef<str>, V: Display>(
    pieces: &[Piece<S>],
    params: usize,
    mut value: impl FnMut(usize) -> Option<V>,
) -> (String, Spans) {
    let mut message = String::with_capacity(capacity(pieces, params));
    let mut spans = Spans::with_len(params);
    for piece in pieces {
        match piece {
            Piece::Lit(text) => message.push_str(text.as_ref()),
            Piece::Param(i) => {
                let start = message.len();
                if let Some(value) = value(*i) {
                    let _ = write!(message, "{value}");
                }
                spans.set(*i, start..message.len());
            }
        }
    }
    (message, spans)
}

/// Writes the template `pieces` into `out`, each parameter `i` as `value(i)` (nothing
/// where it gives none).
///
/// # Errors
///
/// `out` or a value's `Display` failed.
///
/// ```
/// use zingle_errors_core::{Piece, write_filled};
///
/// let mut out = String::new();
/// write_filled(&mut out, &[Piece::Lit("page "), Piece::Param(0)], |_| Some(3))?;
/// assert_eq!(out, "page 3");
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write_filled<S: AsRef<str>, V: Display, W: fmt::Write + ?Sized>(
    out: &mut W,
    pieces: &[Piece<S>],
    mut value: impl FnMut(usize) -> Option<V>,
) -> fmt::Result {
    for piece in pieces {
        match piece {
            Piece::Lit(text) => out.write_str(text.as_ref())?,
            Piece::Param(i) => {
                if let Some(value) = value(*i) {
                    write!(out, "{value}")?;
                }
            }
        }
    }
    Ok(())
}

/// Passes the template `pieces` to `write` one text at a time, each parameter `i` as
/// `value(i)`: for values already text, with no formatting layer.
///
/// # Errors
///
/// The first error `write` returns.
///
/// ```
/// use zingle_errors_core::{Piece, write_pieces};
///
/// let mut len = 0;
/// let pieces = [Piece::Lit("Contact '"), Piece::Param(0), Piece::Lit("' not found")];
/// write_pieces(&pieces, |_| "c1", |s| Ok::<(), ()>(len += s.len()))?;
/// assert_eq!(len, "Contact 'c1' not found".len());
/// # Ok::<(), ()>(())
/// ```
pub fn write_pieces<'v, S: AsRef<str>, E>(
    pieces: &[Piece<S>],
    mut value: impl FnMut(usize) -> &'v str,
    mut write: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    for piece in pieces {
        match piece {
            Piece::Lit(text) => write(text.as_ref())?,
            Piece::Param(i) => write(value(*i))?,
        }
    }
    Ok(())
}
