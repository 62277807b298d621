//! What logs show of an error: its message and parameters, each value of a parameter the
//! catalog marks `sensitive` written `[redacted]`. The wire, `Display` and the accessors
//! keep every value.

use core::fmt::{self, Display};

use super::Repr;
use crate::code::Code;
use zingle_errors_core::write_pieces;

/// What logs show in place of a sensitive value.
pub(crate) const REDACTED: &str = "[redacted]";

/// A value as `Debug` shows it: quoted, or `[redacted]` unquoted (so that it cannot be
/// taken for a value that reads `[redacted]`).
pub(super) struct DebugValue<'a>(pub Option<&'a str>);

impl fmt::Debug for DebugValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(value) => fmt::Debug::fmt(value, f),
            None => f.write_str(REDACTED),
        }
    }
}

/// An error's message as logs show it: see [`Repr::redacted`]. `Debug` writes it quoted
/// and escaped, as a string, so that a line break in it cannot forge a log line.
pub struct Redacted<'a, C>(&'a Repr<C>);

impl<C: Code> fmt::Debug for Redacted<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.to_string().as_str(), f)
    }
}

impl<C: Code> Repr<C> {
    /// The message as logs show it: as `Display` writes it, but that each value of a
    /// parameter the catalog marks sensitive is `[redacted]`. A description read from the
    /// wire whose values could not be located (it did not match the template) is
    /// `[redacted]` whole, where its code has a sensitive parameter. A code the catalog
    /// does not know has nothing marked.
    pub fn redacted(&self) -> Redacted<'_, C> {
        Redacted(self)
    }

    /// The `(name, value)` parameters, in message order, each sensitive value
    /// `[redacted]`.
    #[cfg_attr(
        not(feature = "tracing"),
        allow(dead_code, reason = "read by tracing only")
    )]
    pub(crate) fn redacted_args(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        let sensitive = self.kind.map_or(&[][..], |k| k.record().sensitive);
        self.args().map(move |(name, value)| {
            let shown = if sensitive.contains(&name) {
                REDACTED
            } else {
                value
            };
            (name, shown)
        })
    }

    /// Whether the error's code has a parameter the catalog marks sensitive.
    pub(super) fn has_sensitive(&self) -> bool {
        self.kind.is_some_and(|k| !k.record().sensitive.is_empty())
    }
}

/// Whether the `i`th parameter of `kind` is sensitive.
pub(super) fn is_sensitive<C: Code>(kind: C, i: usize) -> bool {
    kind.record()
        .params
        .get(i)
        .is_some_and(|name| kind.record().sensitive.contains(name))
}

impl<C: Code> Display for Redacted<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let repr = self.0;
        if !repr.has_sensitive() {
            return repr.fmt_message(f);
        }
        match (repr.known_args(), &repr.message) {
            (Some((kind, values)), _) => write_pieces(
                kind.record().pieces,
                |i| {
                    if is_sensitive(kind, i) {
                        REDACTED
                    } else {
                        values.get(i)
                    }
                },
                |s| f.write_str(s),
            ),
            // Values somewhere in a text that did not match the template.
            (None, Some(_)) => f.write_str(REDACTED),
            // The template, and that its parameters are not given: no value to hide.
            (None, None) => repr.fmt_message(f),
        }
    }
}
