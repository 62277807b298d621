//! Pieces packed into one text, for the runtime's tables of translations: a string
//! literal is far cheaper for the compiler to check than an array of enum values, and a
//! catalog with many locales has many of them.

use alloc::string::String;
use core::fmt::Write as _;

use crate::piece::Piece;

/// What separates a literal from a parameter's index in a packed text.
const SEPARATOR: char = '\0';

/// `pieces` as one text: the literals, each parameter's index between two NULs;
/// `None` where a literal holds a NUL, which could not be told from a separator, or is
/// empty or follows another literal: [`unpack`] gives back only pieces as a template's
/// are (no empty literal, no two in a row), so that the text matches as they do.
///
/// ```
/// use zingle_errors_core::{Piece, pack, unpack};
///
/// let pieces = [Piece::Lit("Warenkorb „"), Piece::Param(0), Piece::Lit("“ fehlt")];
/// let packed = pack(&pieces).unwrap();
/// assert_eq!(packed, "Warenkorb „\u{0}0\u{0}“ fehlt");
/// assert!(unpack(&packed).eq(pieces));
/// assert_eq!(pack(&[Piece::Lit("a\u{0}b")]), None);
/// assert_eq!(pack(&[Piece::Lit("a"), Piece::Lit("b")]), None);
/// assert_eq!(pack(&[Piece::Param(0), Piece::Lit("")]), None);
/// ```
#[must_use]
pub fn pack<S: AsRef<str>>(pieces: &[Piece<S>]) -> Option<String> {
    let mut out = String::new();
    let mut after_literal = false;
    for piece in pieces {
        match piece {
            Piece::Lit(text) => {
                let text = text.as_ref();
                if after_literal || text.is_empty() || text.contains(SEPARATOR) {
                    return None;
                }
                after_literal = true;
                out.push_str(text);
            }
            Piece::Param(i) => {
                after_literal = false;
                let _ = write!(out, "{SEPARATOR}{i}{SEPARATOR}");
            }
        }
    }
    Some(out)
}

/// The pieces of a text [`pack`] made, its literals borrowed from it; an index that does
/// not read (in a text `pack` did not make) is left out.
pub fn unpack(packed: &str) -> impl Iterator<Item = Piece<&str>> {
    // Literals and indices alternate; adjacent parameters have an empty literal between.
    packed
        .split(SEPARATOR)
        .enumerate()
        .filter_map(|(k, field)| match k % 2 {
            0 => (!field.is_empty()).then_some(Piece::Lit(field)),
            _ => field.parse().ok().map(Piece::Param),
        })
}

#[cfg(test)]
mod tests {
    use alloc::vec::Vec;

    use super::{pack, unpack};
    use crate::piece::Piece::{self, Lit, Param};

    fn round_trip(pieces: &[Piece]) {
        let packed = pack(pieces).unwrap();
        assert_eq!(unpack(&packed).collect::<Vec<_>>(), pieces, "{packed:?}");
    }

    #[test]
    fn every_shape_of_template_comes_back() {
        round_trip(&[]);
        round_trip(&[Lit("only text")]);
        round_trip(&[Param(0)]);
        round_trip(&[Param(0), Param(1)]);
        round_trip(&[Param(1), Lit(" à "), Param(0), Lit("!")]);
        round_trip(&[Lit("{0}"), Param(12), Lit("}")]);
    }
}
