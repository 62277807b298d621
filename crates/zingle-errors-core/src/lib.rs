//! Implementation detail of the `zingle-errors` crates: the text algorithms that the
//! compile-time catalog (`zingle-errors-catalog`, the proc macro, the command-line tool)
//! and the runtime crate share, each written once here.
//!
//! - [`Piece`]: a message template split at its parameters.
//! - [`fill`], [`write_filled`], [`write_pieces`]: a template filled with values.
//! - [`match_template`], [`match_split`], [`recover`] and [`recover_localized`]: the
//!   values found again in a description read from the wire, in time linear in its
//!   length; [`Split::Only`] where a sensitive value must not be split wrongly.
//! - [`Encoder`] and [`write_translation`]: a translation compiled from Fluent into a
//!   list of texts, written as Fluent writes it, plurals by the caller's rules.
//! - [`param_faults`] and [`ParamFaultKind`]: the parameter rule of a message (each
//!   parameter given once, and nothing else), with the one wording every fault is
//!   reported in.
//! - [`suggest`]: the nearest name to one misspelt, for every message that reads one.
//! - [`reason_phrase`]: HTTP reason phrases.
//! - [`counted`]: a number of things in words, `1 code`, `2 codes`.
//! - [`to_snake_case`] and [`message_id`]: how a code's name is spelt as a constructor and
//!   as a translation's id.
//!
//! ```
//! use zingle_errors_core::{Piece, fill, match_template};
//!
//! let pieces = [Piece::Lit("Invalid label '"), Piece::Param(0), Piece::Lit("'")];
//! let (message, spans) = fill(&pieces, 1, |_| Some("vip"));
//! assert_eq!(message, "Invalid label 'vip'");
//! assert_eq!(spans.get(0), Some(15..18));
//! let found = match_template(&pieces, 1, "Invalid label 'abc'").unwrap();
//! assert_eq!(found.get(0), Some(15..18));
//! ```
#![no_std]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

extern crate alloc;

mod case;
mod count;
mod fill;
mod matching;
mod number;
mod params;
mod piece;
mod reason;
mod spans;
mod suggest;
mod translation;

pub use case::{message_id, to_snake_case};
pub use count::counted;
pub use fill::{VALUE_CAPACITY, capacity, fill, write_filled, write_pieces};
pub use matching::{Split, match_split, match_template, recover, recover_localized};
pub use number::{Number, Plural, is_number, plain_integer};
pub use params::{ParamFaultKind, param_faults, write_param_fault};
pub use piece::Piece;
pub use reason::reason_phrase;
pub use spans::{Spans, Values};
pub use suggest::{did_you_mean, suggest};
pub use translation::{Encoder, Key, Selector, plain_pieces, reads_back, write_translation};
