//! A message template split at its parameters.

/// A piece of a message template: literal text, or a parameter by its index.
///
/// The runtime's generated tables hold `Piece<&'static str>` (the default); the catalog
/// crate's parsed templates hold `Piece<String>`. Every algorithm here takes either.
///
/// ```
/// use zingle_errors_core::Piece;
///
/// // `Invalid label '{correspondent_id}'`, whose parameters are `[correspondent_id]`:
/// let pieces = [Piece::Lit("Invalid label '"), Piece::Param(0), Piece::Lit("'")];
/// assert_eq!(pieces[0].literal(), Some("Invalid label '"));
/// assert_eq!(pieces[1].literal(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Piece<S = &'static str> {
    /// Literal text, written as it is (a template's `{{` and `}}` already one brace).
    Lit(S),
    /// The parameter at this index of the code's parameters.
    Param(usize),
}

impl<S: AsRef<str>> Piece<S> {
    /// The literal text, for a literal piece.
    #[must_use]
    pub fn literal(&self) -> Option<&str> {
        match self {
            Self::Lit(text) => Some(text.as_ref()),
            Self::Param(_) => None,
        }
    }

    /// The same piece, its text borrowed.
    #[must_use]
    pub fn as_borrowed(&self) -> Piece<&str> {
        match self {
            Self::Lit(text) => Piece::Lit(text.as_ref()),
            Self::Param(i) => Piece::Param(*i),
        }
    }
}
