//! A locale's translations split at their variables, as the catalog's templates are, so
//! that a description written in the locale gives its values back by the same rule
//! (`zingle_errors_core::match_template`).
//!
//! Only a message of text and `{ $variable }` placeables (and string literals) is split:
//! what a selector, a function, a term or another message writes depends on more than
//! the values, so such a message is not recoverable.

use std::collections::HashSet;

use fluent_syntax::ast;
use fluent_syntax::unicode::unescape_unicode_to_string;

use super::{Locale, ids};
use crate::{Catalog, Piece};

impl Locale {
    /// Each code this locale translates (in file order), with its translation split at
    /// its variables, their indices those of the code's parameters: what Fluent writes
    /// for given values is the pieces filled with them. `None` for a translation that is
    /// not only text, `{ $variable }` and string literals (a selector such as a plural, a
    /// function, a term or message reference, a number literal), that has no value or
    /// leaves out a parameter, or that is values alone with no text between them (it
    /// would match any text): its values cannot be read back from its text. A code
    /// without parameters has its text alone, which tells a description in the locale
    /// for the code's own. None at all for a file that is not valid Fluent,
    /// which the runtime does not format either. The generated code and the tool's
    /// `parse` both read descriptions by these pieces.
    ///
    /// ```
    /// use zingle_errors_catalog::Piece;
    ///
    /// let catalog = zingle_errors_catalog::parse(
    ///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
    ///      [[code]]\ncode = 1\nname = \"CartNotFound\"\ncategory = \"A\"\nmessage = \"Cart '{cart_id}' not found\"\n\
    ///      [[code]]\ncode = 2\nname = \"ItemsLeft\"\ncategory = \"A\"\nmessage = \"{count} items left\"\n",
    ///     "codes.toml",
    /// )?;
    /// let (de, _) = zingle_errors_catalog::check_locale(
    ///     &catalog,
    ///     "de",
    ///     "cart-not-found = Warenkorb „{ $cart_id }“\n    nicht gefunden\n\
    ///      items-left = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    ///     "locales/de.ftl",
    /// );
    /// let cart = vec![
    ///     Piece::Lit("Warenkorb „".to_owned()),
    ///     Piece::Param(0),
    ///     Piece::Lit("“\nnicht gefunden".to_owned()),
    /// ];
    /// assert_eq!(de.pieces(&catalog), [(1, Some(cart)), (2, None)]);
    /// # Ok::<(), zingle_errors_catalog::Errors>(())
    /// ```
    #[must_use]
    pub fn pieces(&self, catalog: &Catalog) -> Vec<(u16, Option<Vec<Piece>>)> {
        translated_pieces(catalog, &self.source)
    }
}

/// [`Locale::pieces`] of the Fluent text `source`.
pub(crate) fn translated_pieces(catalog: &Catalog, source: &str) -> Vec<(u16, Option<Vec<Piece>>)> {
    // The runtime's bundle takes a file whole or not at all.
    let Ok(resource) = fluent_syntax::parser::parse(source) else {
        return Vec::new();
    };
    let ids = ids(catalog);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for entry in &resource.body {
        // Messages and terms share their ids, and the first entry of an id is the one
        // the runtime's bundle keeps (a message given twice is a fault of the file).
        let message = match entry {
            ast::Entry::Message(message) => message,
            ast::Entry::Term(term) => {
                seen.insert(term.id.name);
                continue;
            }
            _ => continue,
        };
        if !seen.insert(message.id.name) {
            continue;
        }
        let Some(code) = ids.get(message.id.name) else {
            continue;
        };
        let params = code.message.params();
        // A code without parameters: its text alone, by which a description in the
        // locale is known for the code's own.
        let pieces = message
            .value
            .as_ref()
            .and_then(|value| pattern_pieces(value, params));
        out.push((code.code, pieces));
    }
    out
}

/// The pieces of `pattern`, whose variables are `params`; `None` where it is not
/// recoverable.
fn pattern_pieces(pattern: &ast::Pattern<&str>, params: &[String]) -> Option<Vec<Piece>> {
    let mut split = Split {
        params,
        pieces: Vec::new(),
        literal: String::new(),
    };
    for element in &pattern.elements {
        match element {
            // The text as the parser gives it (indentation and line ends already as
            // Fluent's rules have them), which is what the runtime writes.
            ast::PatternElement::TextElement { value } => split.literal.push_str(value),
            ast::PatternElement::Placeable { expression } => split.expression(expression)?,
        }
    }
    let Split {
        mut pieces,
        literal,
        ..
    } = split;
    if !literal.is_empty() {
        pieces.push(Piece::Lit(literal));
    }
    let uses_every_param = (0..params.len()).all(|i| {
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Param(j) if *j == i))
    });
    // Text to anchor on: values alone (`{ $detail }`) would match any description, and
    // take a text in another language, or a proxy's page, for values. No NUL, which the
    // generated tables use as a separator (`zingle_errors_core::pack`).
    let literals = || {
        pieces.iter().filter_map(|p| match p {
            Piece::Lit(text) => Some(text.as_str()),
            Piece::Param(_) => None,
        })
    };
    let anchored = literals().any(|text| !text.trim().is_empty());
    let packable = literals().all(|text| !text.contains('\0'));
    (uses_every_param && anchored && packable).then_some(pieces)
}

/// Pieces being made: those done, and the literal text after them.
struct Split<'p> {
    params: &'p [String],
    pieces: Vec<Piece>,
    literal: String,
}

impl Split<'_> {
    fn expression(&mut self, expression: &ast::Expression<&str>) -> Option<()> {
        let ast::Expression::Inline(inline) = expression else {
            return None;
        };
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                let i = self.params.iter().position(|p| p == id.name)?;
                if !self.literal.is_empty() {
                    self.pieces
                        .push(Piece::Lit(std::mem::take(&mut self.literal)));
                }
                self.pieces.push(Piece::Param(i));
                Some(())
            }
            ast::InlineExpression::StringLiteral { value } => {
                self.literal.push_str(&unescape_unicode_to_string(value));
                Some(())
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::NumberLiteral { .. }
            | ast::InlineExpression::FunctionReference { .. }
            | ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::TermReference { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Piece;
    use zingle_errors_core::Piece::{Lit, Param};

    fn catalog() -> crate::Catalog {
        crate::parse(
            "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
             [[code]]\ncode = 1\nname = \"Moved\"\ncategory = \"A\"\nmessage = \"{from} moved to {to}\"\n\
             [[code]]\ncode = 2\nname = \"Closed\"\ncategory = \"A\"\nmessage = \"Closed\"\n",
            "codes.toml",
        )
        .unwrap()
    }

    fn lit(s: &str) -> Piece {
        Lit(s.to_owned())
    }

    /// The pieces of the one message of `ftl`, for `Moved`.
    fn moved(ftl: &str) -> Option<Vec<Piece>> {
        let found = super::translated_pieces(&catalog(), ftl);
        assert_eq!(found.len(), 1, "{ftl:?}");
        found.into_iter().next().and_then(|(_, p)| p)
    }

    #[test]
    fn a_message_after_a_term_of_its_id_is_not_read_as_the_runtime_does_not_format_it() {
        let ftl = "-moved = Umzug\nmoved = { $from } nach { $to }\n";
        assert_eq!(super::translated_pieces(&catalog(), ftl), []);
        let ftl = "moved = { $from } nach { $to }\n-moved = Umzug\n";
        assert_eq!(
            super::translated_pieces(&catalog(), ftl),
            [(1, Some(vec![Param(0), lit(" nach "), Param(1)]))]
        );
    }

    #[test]
    fn values_alone_are_not_read_back_and_a_code_without_values_is_its_text() {
        // Nothing to anchor on: these would take any text for values.
        assert_eq!(moved("moved = { $from }{ $to }\n"), None);
        assert_eq!(moved("moved = { $from } { $to }\n"), None);
        assert_eq!(
            moved("moved = { $from } → { $to }\n"),
            Some(vec![Param(0), lit(" → "), Param(1)])
        );
        // A code without parameters: its text alone.
        let found = super::translated_pieces(&catalog(), "closed = Geschlossen\n");
        assert_eq!(found, [(2, Some(vec![lit("Geschlossen")]))]);
    }

    #[test]
    fn variables_are_the_codes_parameters_by_index_in_any_order() {
        let pieces = moved("moved = nach { $to } von { $from }\n");
        assert_eq!(
            pieces,
            Some(vec![lit("nach "), Param(1), lit(" von "), Param(0)])
        );
    }

    #[test]
    fn multiline_text_loses_its_common_indent_and_trailing_blanks() {
        let pieces = moved("moved =\n    { $from }\n      zog um\n\n    nach { $to }  \n\n");
        assert_eq!(
            pieces,
            Some(vec![Param(0), lit("\n  zog um\n\nnach "), Param(1)])
        );
    }

    #[test]
    fn string_literals_are_text_and_nested_placeables_are_seen_through() {
        let pieces = moved("moved = { \"{\" }{ { $from } }\\u00A0→ { $to }{ \"\\u0021\" }\n");
        assert_eq!(
            pieces,
            Some(vec![
                lit("{"),
                Param(0),
                lit("\\u00A0→ "),
                Param(1),
                lit("!")
            ])
        );
    }

    #[test]
    fn selectors_functions_references_and_numbers_are_not_recoverable() {
        for ftl in [
            "moved = { $from ->\n   *[other] { $from } { $to }\n}\n",
            "moved = { NUMBER($from) } { $to }\n",
            "moved = { -brand } { $from } { $to }\n",
            "moved = { closed } { $from } { $to }\n",
            "moved = { 1 } { $from } { $to }\n",
            "moved = { $from } only\n",
            "moved =\n    .explanation = { $from } { $to }\n",
        ] {
            assert_eq!(moved(ftl), None, "{ftl:?}");
        }
    }

    #[test]
    fn a_file_that_is_not_valid_fluent_gives_nothing() {
        let found = super::translated_pieces(&catalog(), "closed = Zu\nmoved = { $from\n");
        assert_eq!(found, []);
        // A message given twice (a fault of the file): the first is the one read.
        let ftl = "moved = { $from } nach { $to }\nunknown = x\nmoved = { $to } von { $from }\n";
        let found = super::translated_pieces(&catalog(), ftl);
        assert_eq!(found, [(1, Some(vec![Param(0), lit(" nach "), Param(1)]))]);
    }
}
