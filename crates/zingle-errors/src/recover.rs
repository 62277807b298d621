//! Finding the parameters' values in a description read from the wire, by matching it
//! against the code's template.

use crate::code::Piece;

/// Values for the template's parameters (by index) such that the template, filled,
/// is `text`; `None` when it cannot be. A repeated parameter must match the same text.
///
/// A value ends where the next literal occurs (each occurrence is tried) or, for the
/// last piece, at the end of the text. A budget of steps bounds the work on hostile
/// descriptions; past it, no parameters are recovered.
pub(crate) fn match_template(pieces: &[Piece], params: usize, text: &str) -> Option<Vec<String>> {
    let mut matcher = Matcher {
        values: vec![None; params],
        budget: 10_000,
    };
    if !matcher.go(pieces, text) {
        return None;
    }
    matcher
        .values
        .into_iter()
        .map(|v| v.map(str::to_owned))
        .collect()
}

struct Matcher<'t> {
    values: Vec<Option<&'t str>>,
    budget: usize,
}

impl<'t> Matcher<'t> {
    fn go(&mut self, pieces: &[Piece], text: &'t str) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        match pieces {
            [] => text.is_empty(),
            [Piece::Lit(lit), rest @ ..] => text
                .strip_prefix(lit)
                .is_some_and(|tail| self.go(rest, tail)),
            [Piece::Param(i), rest @ ..] => {
                let ends: Box<dyn Iterator<Item = usize> + 't> = match rest.first() {
                    None => Box::new([text.len()].into_iter()),
                    Some(Piece::Lit(lit)) => Box::new(text.match_indices(*lit).map(|(at, _)| at)),
                    Some(Piece::Param(_)) => {
                        Box::new(text.char_indices().map(|(at, _)| at).chain([text.len()]))
                    }
                };
                for end in ends {
                    let value = &text[..end];
                    let previous = self.values[*i];
                    if previous.is_some_and(|p| p != value) {
                        continue;
                    }
                    self.values[*i] = Some(value);
                    if self.go(rest, &text[end..]) {
                        return true;
                    }
                    self.values[*i] = previous;
                    if self.budget == 0 {
                        return false;
                    }
                }
                false
            }
        }
    }
}
