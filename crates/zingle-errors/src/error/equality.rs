//! When two errors are the same error.

use core::hash::{Hash, Hasher};

use super::Repr;
use super::message::{filled_is, filled_text};
use crate::code::Code;
use zingle_errors_core::Values;

/// What a message is, for comparing: the template and the values, or the text shown.
enum Message<'a, C> {
    Filled(C, Values<'a>),
    Shown,
}

impl<C: Code> Repr<C> {
    /// What the message is, for comparing: the corrected template and the values where
    /// they are known (whichever text they were read from), else the text shown.
    fn canonical(&self) -> Message<'_, C> {
        match self.known_args() {
            Some((kind, args)) => Message::Filled(kind, args),
            None => Message::Shown,
        }
    }

    /// `f` of the message shown, allocating only when it is not kept whole.
    fn with_shown<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        match &self.message {
            Some(message) => f(message),
            None => f(&self.message()),
        }
    }
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
                    a == b
                        && (x.same_as(y)
                            || filled_is(a.record().pieces, x, &filled_text(b.record().pieces, y)))
                }
                (Message::Filled(kind, args), Message::Shown) => {
                    other.with_shown(|text| filled_is(kind.record().pieces, args, text))
                }
                (Message::Shown, Message::Filled(kind, args)) => {
                    self.with_shown(|text| filled_is(kind.record().pieces, args, text))
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
