//! A message's parameters found again in a description read from the wire, by matching
//! it against the template: the runtime crate's rule, in time linear in the text.

use zingle_errors_catalog::{Piece, Template};

/// The value of each of the template's parameters (in [`Template::params`] order) such
/// that the template, filled, is `text`; `None` when there are none by this rule.
///
/// The template's first literal must begin the text and its last literal end it; in
/// between, each parameter's value ends where the literal after it first occurs, a
/// parameter directly followed by another takes the empty text, and the last takes the
/// rest. A parameter used twice must get the same value both times.
pub fn match_template(template: &Template, text: &str) -> Option<Vec<String>> {
    let (body, pieces) = strip_outer_literals(template.pieces(), text)?;
    let mut values: Vec<Option<&str>> = vec![None; template.params().len()];
    let mut at = 0;
    let mut rest = pieces.iter().peekable();
    while let Some(piece) = rest.next() {
        match piece {
            Piece::Literal(lit) => {
                if !body[at..].starts_with(lit.as_str()) {
                    return None;
                }
                at += lit.len();
            }
            Piece::Param(i) => {
                let end = match rest.peek() {
                    None => body.len(),
                    Some(Piece::Literal(lit)) => at + body[at..].find(lit.as_str())?,
                    Some(Piece::Param(_)) => at,
                };
                let value = &body[at..end];
                let slot = values.get_mut(*i)?;
                if slot.is_some_and(|previous| previous != value) {
                    return None;
                }
                *slot = Some(value);
                at = end;
            }
        }
    }
    if at != body.len() {
        return None;
    }
    values.into_iter().map(|v| v.map(str::to_owned)).collect()
}

/// The text between the template's first and last literals, which must begin and end
/// it, and the pieces between them.
fn strip_outer_literals<'p, 't>(
    mut pieces: &'p [Piece],
    text: &'t str,
) -> Option<(&'t str, &'p [Piece])> {
    if let [Piece::Literal(only)] = pieces {
        return (text == only).then_some(("", &[]));
    }
    let mut body = text;
    if let [Piece::Literal(first), rest @ ..] = pieces {
        body = body.strip_prefix(first.as_str())?;
        pieces = rest;
    }
    if let [rest @ .., Piece::Literal(last)] = pieces {
        body = body.strip_suffix(last.as_str())?;
        pieces = rest;
    }
    Some((body, pieces))
}

/// The template filled with `values` (in [`Template::params`] order).
pub fn fill(template: &Template, values: &[impl AsRef<str>]) -> String {
    let mut text = String::new();
    for piece in template.pieces() {
        match piece {
            Piece::Literal(lit) => text.push_str(lit),
            Piece::Param(i) => text.push_str(values.get(*i).map_or("", AsRef::as_ref)),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{fill, match_template};
    use zingle_errors_catalog::Template;

    fn template(source: &str) -> Template {
        Template::parse(source).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn values_end_at_the_first_occurrence_of_the_next_literal() {
        let t = template("Widget {w} is a {kind}!");
        let found = match_template(&t, "Widget w is a a is a b!");
        assert_eq!(found, Some(vec!["w".to_owned(), "a is a b".to_owned()]));
    }

    #[test]
    fn the_first_and_last_literals_anchor_the_text() {
        let t = template("Invalid label '{correspondent_id}'");
        assert_eq!(match_template(&t, "Invalid label 'x"), None);
        assert_eq!(
            match_template(&t, "Invalid label 'vip'"),
            Some(vec!["vip".to_owned()])
        );
        let plain = template("Server error");
        assert_eq!(match_template(&plain, "Server error"), Some(vec![]));
        assert_eq!(match_template(&plain, "Server"), None);
    }

    #[test]
    fn a_repeated_parameter_must_match_the_same_text() {
        let t = template("{a} and {a}");
        assert_eq!(match_template(&t, "x and x"), Some(vec!["x".to_owned()]));
        assert_eq!(match_template(&t, "x and y"), None);
    }

    #[test]
    fn filling_gives_the_text_back() {
        let t = template("'{value}' is not a valid {kind}");
        let text = "'a' is not a valid b' is not a valid c";
        let values = match_template(&t, text).unwrap_or_default();
        assert_eq!(fill(&t, &values), text);
    }
}
