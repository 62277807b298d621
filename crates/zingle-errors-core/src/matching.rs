//! Finding the parameters' values in a description read from the wire, by matching it
//! against the code's template, in time linear in the description's length.

use memchr::memmem;

use crate::piece::Piece;
use crate::spans::Spans;

/// Where in `text` the values of the template's parameters (by index) lie such that the
/// template, filled, is `text`; `None` when the rule below finds none.
///
/// The rule: the template's first literal must begin the text and its last literal
/// must end it; in between, each parameter's value ends where the literal after it
/// first occurs (the leftmost match), a parameter directly followed by another takes
/// the empty text, and the last parameter takes the rest. A parameter used twice must
/// get the same value both times.
///
/// Each literal is searched for once, from where the previous one ended, so the time is
/// linear in the length of `text` whatever it holds. Filling the template with the values
/// found gives `text` back exactly; where a template is ambiguous (a value could contain
/// the literal after it), the values found may differ from the ones a message was built
/// from, but not the message.
///
/// ```
/// use zingle_errors_core::{Piece, match_template};
///
/// let pieces = [Piece::Lit("Widget "), Piece::Param(0), Piece::Lit(" is a "), Piece::Param(1)];
/// let text = "Widget w is a a is a b";
/// let found = match_template(&pieces, 2, text).unwrap();
/// assert_eq!((&text[found.get(0).unwrap()], &text[found.get(1).unwrap()]), ("w", "a is a b"));
/// assert!(match_template(&pieces, 2, "Gadget w").is_none());
/// ```
#[must_use]
pub fn match_template<S: AsRef<str>>(
    pieces: &[Piece<S>],
    params: usize,
    text: &str,
) -> Option<Spans> {
    let (offset, body, inner) = strip_outer_literals(pieces, text)?;
    let mut spans = Spans::with_len(params);
    let mut at = 0;
    for (k, piece) in inner.iter().enumerate() {
        match piece {
            Piece::Lit(lit) => {
                let lit = lit.as_ref();
                if !body[at..].starts_with(lit) {
                    return None;
                }
                at += lit.len();
            }
            Piece::Param(i) => {
                let end = match inner.get(k + 1) {
                    None => body.len(),
                    Some(Piece::Lit(lit)) => {
                        at + memmem::find(&body.as_bytes()[at..], lit.as_ref().as_bytes())?
                    }
                    Some(Piece::Param(_)) => at,
                };
                let value = offset + at..offset + end;
                // A parameter used before must have the same value again.
                match spans.get(*i) {
                    None => return None,
                    Some(previous)
                        if inner[..k]
                            .iter()
                            .any(|p| matches!(p, Piece::Param(j) if j == i)) =>
                    {
                        if text[previous] != text[value.clone()] {
                            return None;
                        }
                    }
                    Some(_) => spans.set(*i, value),
                }
                at = end;
            }
        }
    }
    (at == body.len()).then_some(spans)
}

/// Which split of a description a match takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Split {
    /// The leftmost: each value ends where the literal after it first occurs. Any
    /// split fills the template back into the same text; this one is found in one pass.
    Leftmost,
    /// The leftmost, only where it is the one split there is: where a value could end at
    /// another occurrence of the literal after it, none. What a code with a sensitive
    /// parameter is read by, so that no part of a sensitive value can be taken for
    /// another parameter's (which logs show).
    Only,
}

impl Split {
    /// The split a description of a code is read by: [`Split::Only`] where the code has
    /// a sensitive parameter, else [`Split::Leftmost`]. The library and the tool both
    /// read by it.
    #[must_use]
    pub fn for_code(has_sensitive: bool) -> Self {
        if has_sensitive {
            Self::Only
        } else {
            Self::Leftmost
        }
    }
}

/// [`match_template`] by `split`.
///
/// ```
/// use zingle_errors_core::{Piece, Split, match_split};
///
/// let pieces = [Piece::Lit("Card "), Piece::Param(0), Piece::Lit(" for "), Piece::Param(1)];
/// assert!(match_split(&pieces, 2, "Card 4111 for 5 EUR", Split::Only).is_some());
/// // `4111 for 1111` could be the card, or `4111` alone: no split is sure.
/// let text = "Card 4111 for 1111 for 5 EUR";
/// assert!(match_split(&pieces, 2, text, Split::Leftmost).is_some());
/// assert!(match_split(&pieces, 2, text, Split::Only).is_none());
/// ```
#[must_use]
pub fn match_split<S: AsRef<str>>(
    pieces: &[Piece<S>],
    params: usize,
    text: &str,
    split: Split,
) -> Option<Spans> {
    let leftmost = match_template(pieces, params, text)?;
    match split {
        Split::Leftmost => Some(leftmost),
        Split::Only => {
            let rightmost = match_rightmost(pieces, params, text)?;
            let same = (0..params).all(|i| leftmost.get(i) == rightmost.get(i));
            same.then_some(leftmost)
        }
    }
}

/// [`match_template`] from the end: each value starts where the literal before it last
/// occurs. Every split lies between the leftmost and this one, value by value, so where
/// the two are the same there is no other.
fn match_rightmost<S: AsRef<str>>(pieces: &[Piece<S>], params: usize, text: &str) -> Option<Spans> {
    let (offset, body, inner) = strip_outer_literals(pieces, text)?;
    let mut spans = Spans::with_len(params);
    let mut seen = alloc::vec![false; params];
    let mut end = body.len();
    for (k, piece) in inner.iter().enumerate().rev() {
        match piece {
            Piece::Lit(lit) => {
                let lit = lit.as_ref();
                if !body[..end].ends_with(lit) {
                    return None;
                }
                end -= lit.len();
            }
            Piece::Param(i) => {
                let start = match k.checked_sub(1).map(|j| &inner[j]) {
                    None => 0,
                    Some(Piece::Lit(lit)) => {
                        let lit = lit.as_ref();
                        memmem::rfind(&body.as_bytes()[..end], lit.as_bytes())? + lit.len()
                    }
                    Some(Piece::Param(_)) => end,
                };
                let value = offset + start..offset + end;
                // A parameter used again must have the same value; its span is that of
                // its first use, as the leftmost match gives.
                let seen = seen.get_mut(*i)?;
                if *seen && text[spans.get(*i)?] != text[value.clone()] {
                    return None;
                }
                *seen = true;
                spans.set(*i, value);
                end = start;
            }
        }
    }
    (end == 0).then_some(spans)
}

/// The text between the template's first and last literals, which must begin and end
/// it, where that text begins, and the pieces between them.
fn strip_outer_literals<'p, 't, S: AsRef<str>>(
    mut pieces: &'p [Piece<S>],
    text: &'t str,
) -> Option<(usize, &'t str, &'p [Piece<S>])> {
    if let [Piece::Lit(only)] = pieces {
        return (text == only.as_ref()).then_some((0, "", &[]));
    }
    let (mut offset, mut body) = (0, text);
    if let [Piece::Lit(first), rest @ ..] = pieces {
        let first = first.as_ref();
        body = body.strip_prefix(first)?;
        offset = first.len();
        pieces = rest;
    }
    if let [rest @ .., Piece::Lit(last)] = pieces {
        body = body.strip_suffix(last.as_ref())?;
        pieces = rest;
    }
    Some((offset, body, pieces))
}

/// Where the values of a code's parameters lie in `text`, a description read from the
/// wire: by the code's template `pieces`, else by the template as published
/// (`published`, its parameters as indices into the same list), where the catalog
/// corrects a published typo. Each is matched by [`match_template`]'s rule.
///
/// ```
/// use zingle_errors_core::{Piece, Split, recover};
///
/// let ours = [Piece::Lit("Invalid label '"), Piece::Param(0), Piece::Lit("'")];
/// let published = [Piece::Lit("Invalid lable '"), Piece::Param(0), Piece::Lit("'")];
/// let found = recover(&ours, Some(&published[..]), 1, "Invalid lable 'vip'", Split::Leftmost).unwrap();
/// assert_eq!(found.get(0), Some(15..18));
/// ```
#[must_use]
pub fn recover<S: AsRef<str>>(
    pieces: &[Piece<S>],
    published: Option<&[Piece<S>]>,
    params: usize,
    text: &str,
    split: Split,
) -> Option<Spans> {
    match_split(pieces, params, text, split)
        .or_else(|| match_split(published?, params, text, split))
}

/// [`recover`], else by each of `translations` in turn: the code's message in the
/// catalog's other locales, split at the same parameters, where it is text and values
/// alone. What reading a description in any of the catalog's languages runs; the
/// translations are not looked at when the message or the published text matches.
///
/// ```
/// use zingle_errors_core::{Piece, Split, recover_localized};
///
/// let ours = [Piece::Lit("Cart '"), Piece::Param(0), Piece::Lit("' not found")];
/// let de = [Piece::Lit("Warenkorb „"), Piece::Param(0), Piece::Lit("“ nicht gefunden")];
/// let text = "Warenkorb „c-7“ nicht gefunden";
/// let found = recover_localized(&ours, None, [&de], 1, text, Split::Leftmost).unwrap();
/// assert_eq!(&text[found.get(0).unwrap()], "c-7");
/// assert!(recover_localized(&ours, None, [&de], 1, "Panier « c-7 »", Split::Leftmost).is_none());
/// ```
#[must_use]
pub fn recover_localized<S: AsRef<str>, T: AsRef<[Piece<S>]>>(
    pieces: &[Piece<S>],
    published: Option<&[Piece<S>]>,
    translations: impl IntoIterator<Item = T>,
    params: usize,
    text: &str,
    split: Split,
) -> Option<Spans> {
    recover(pieces, published, params, text, split).or_else(|| {
        let mut translations = translations.into_iter();
        translations.find_map(|translation| match_split(translation.as_ref(), params, text, split))
    })
}

#[cfg(test)]
mod tests {
    use alloc::borrow::ToOwned;
    use alloc::string::String;
    use alloc::vec;
    use alloc::vec::Vec;

    use crate::piece::Piece::{self, Lit, Param};

    /// The values found, as texts.
    fn match_template(pieces: &[Piece], params: usize, text: &str) -> Option<Vec<String>> {
        let spans = super::match_template(pieces, params, text)?;
        let values = (0..spans.len()).filter_map(|i| spans.get(i));
        Some(values.map(|r| text[r].to_owned()).collect())
    }

    #[test]
    fn values_end_at_the_first_occurrence_of_the_next_literal() {
        let pieces = [Lit("Widget "), Param(0), Lit(" is a "), Param(1), Lit("!")];
        let found = match_template(&pieces, 2, "Widget w is a a is a b!");
        assert_eq!(found, Some(vec!["w".to_owned(), "a is a b".to_owned()]));
    }

    #[test]
    fn the_first_and_last_literals_anchor_the_text() {
        let pieces = [Lit("Invalid label '"), Param(0), Lit("'")];
        let quotes = "'".repeat(5000);
        let text = alloc::format!("Invalid label '{quotes}'");
        assert_eq!(match_template(&pieces, 1, &text), Some(vec![quotes]));
        assert_eq!(match_template(&pieces, 1, "Invalid label 'x"), None);
        assert_eq!(
            match_template(&[Lit("Server error")], 0, "Server error"),
            Some(vec![])
        );
        assert_eq!(match_template(&[Lit("Server error")], 0, "Server"), None);
    }

    #[test]
    fn a_repeated_parameter_must_match_the_same_text() {
        let pieces = [Param(0), Lit(" and "), Param(0)];
        assert_eq!(
            match_template(&pieces, 1, "a and a"),
            Some(vec!["a".to_owned()])
        );
        assert_eq!(match_template(&pieces, 1, "a and b"), None);
    }

    /// The values of the only split, as texts.
    fn only(pieces: &[Piece], params: usize, text: &str) -> Option<Vec<String>> {
        let spans = super::match_split(pieces, params, text, super::Split::Only)?;
        let values = (0..spans.len()).filter_map(|i| spans.get(i));
        Some(values.map(|r| text[r].to_owned()).collect())
    }

    #[test]
    fn only_a_sure_split_is_taken_where_one_must_be() {
        let pieces = [Lit("Card "), Param(0), Lit(" for "), Param(1), Lit("!")];
        assert_eq!(
            only(&pieces, 2, "Card 4111 for 5 EUR!"),
            Some(vec!["4111".to_owned(), "5 EUR".to_owned()])
        );
        // The literal inside a value: two splits give the same text.
        assert_eq!(only(&pieces, 2, "Card 4111 for 1111 for 5 EUR!"), None);
        assert_eq!(
            only(&pieces, 2, "Card é for ü!"),
            Some(vec!["é".to_owned(), "ü".to_owned()])
        );
        // A parameter used twice: the same value both times, or no split.
        let twice = [
            Lit("Card "),
            Param(0),
            Lit(" in "),
            Param(1),
            Lit("; card "),
            Param(0),
        ];
        assert_eq!(
            only(&twice, 2, "Card 41 in May; card 41"),
            Some(vec!["41".to_owned(), "May".to_owned()])
        );
        assert_eq!(
            only(&twice, 2, "Card 41 in May; card 41 in May; card 41"),
            None
        );
        // No parameter; a value that holds the literal after it only at its end.
        assert_eq!(only(&[Lit("Closed")], 0, "Closed"), Some(vec![]));
        let quoted = [Lit("Label '"), Param(0), Lit("'")];
        assert_eq!(only(&quoted, 1, "Label ''''"), Some(vec!["''".to_owned()]));
    }

    #[test]
    fn adjacent_parameters_give_the_first_the_empty_text() {
        let pieces = [Param(0), Param(1)];
        let found = match_template(&pieces, 2, "ab");
        assert_eq!(found, Some(vec![String::new(), "ab".to_owned()]));
    }
}
