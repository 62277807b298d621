//! A translation compiled from Fluent: what the generated tables hold and the runtime
//! writes, with Fluent's meaning and none of its interpreter.
//!
//! A compiled translation is a list of texts, each one token: literal text, or a mark
//! that starts with NUL (which no translation holds):
//!
//! | token | meaning |
//! |---|---|
//! | `"Warenkorb "` | literal text |
//! | `"\0" "3"` | the value of parameter 3 |
//! | `"\0" "?p3;7"` / `"\0" "?n1.5;7"` | a selection on parameter 3's value / on a number literal, whose variants are the next 7 tokens |
//! | `"\0" "[2;kone"` / `"\0" "[1;n0"` | a variant keyed `one` / `0`, whose text is the next 2 / 1 tokens; `*` for `[` marks the default |
//!
//! A list of string literals is cheap for rustc to check (a tree of enum values is not,
//! and a catalog may have thousands of translations in each of twenty locales), and
//! cheap to write: no text is searched. A variant may hold selections of its own; the
//! lengths let a selection skip the variants it does not write, and stop at the one it
//! does. [`Encoder`] writes the
//! list and [`write_translation`] writes what it means: a value that is a number is
//! chosen by its plural category (the caller's rules, [`Plural`]) or an exact numeric
//! key, any other value by a key of its name, else the default variant, as Fluent
//! chooses.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::number::{Number, Plural};
use crate::piece::Piece;

/// What starts a mark.
const MARK: char = '\0';

/// What a [`Encoder::select`] selects on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Selector<S> {
    /// The value of the parameter at this index: a number where it reads as one
    /// ([`is_number`](crate::is_number)), else text.
    Param(usize),
    /// A number literal, as written.
    Number(S),
}

/// A variant's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key<S> {
    /// An identifier (`[one]`, `[male]`): it matches a text of that name, and a number
    /// whose plural category it names.
    Name(S),
    /// A number literal as written (`[0]`, `[1.5]`): it matches a number equal to it,
    /// as Fluent compares them (the same value, written with as many fraction digits).
    Number(S),
}

/// Writes a compiled translation: text, parameters and selections in order.
///
/// ```
/// use zingle_errors_core::{Encoder, Key, Plural, Selector, write_translation};
///
/// // `{ $count -> [one] ein Artikel *[other] { $count } Artikel } in { $cart }`
/// let mut encoder = Encoder::default();
/// encoder.select(Selector::Param(0));
/// encoder.variant(Key::Name("one"), false);
/// encoder.text("ein Artikel");
/// encoder.variant(Key::Name("other"), true);
/// encoder.param(0);
/// encoder.text(" Artikel");
/// encoder.end_select();
/// encoder.text(" in ");
/// encoder.param(1);
/// let compiled = encoder.finish();
/// let compiled: Vec<&str> = compiled.iter().map(String::as_str).collect();
///
/// let german = |n: &str| Some(if n == "1" { Plural::One } else { Plural::Other });
/// let written = |count: &'static str| {
///     let mut out = String::new();
///     write_translation(&mut out, &compiled, &|i| [count, "c-7"][i], &german);
///     out
/// };
/// assert_eq!(written("1"), "ein Artikel in c-7");
/// assert_eq!(written("3"), "3 Artikel in c-7");
/// assert_eq!(written("viele"), "viele Artikel in c-7");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Encoder {
    tokens: Vec<String>,
    /// The selections begun and not yet ended, innermost last: each mark's index and
    /// its text less its length, and its variant being written, the same.
    selects: Vec<(Opened, Option<Opened>)>,
    /// How many tokens ended selections hold: text after one is a token of its own,
    /// not part of the last variant.
    sealed: usize,
}

/// A selection or a variant begun: the index of its mark, and the mark's text before
/// its length and after it.
type Opened = (usize, String, String);

impl Encoder {
    /// Literal text, joined to the text before it (a NUL, which the catalog's checks
    /// refuse, is left out).
    pub fn text(&mut self, text: &str) {
        let text: String = text.split(MARK).collect();
        if text.is_empty() {
            return;
        }
        let joins = self.tokens.len() > self.sealed;
        match self.tokens.last_mut() {
            Some(last) if joins && !last.starts_with(MARK) => last.push_str(&text),
            _ => self.tokens.push(text),
        }
    }

    /// The value of the parameter at `index`.
    pub fn param(&mut self, index: usize) {
        self.tokens.push(format!("{MARK}{index}"));
    }

    /// The start of a selection: variants follow, then [`end_select`](Self::end_select).
    pub fn select(&mut self, on: Selector<&str>) {
        let mark = match on {
            Selector::Param(i) => format!("{MARK}?p{i};"),
            Selector::Number(n) => format!("{MARK}?n{n};"),
        };
        // Its length is written when it ends.
        self.tokens.push(String::from(MARK));
        self.selects
            .push(((self.tokens.len() - 1, mark, String::new()), None));
    }

    /// The start of a variant of the selection begun last; `default` for the one taken
    /// where none matches.
    pub fn variant(&mut self, key: Key<&str>, default: bool) {
        let ended = self
            .selects
            .last_mut()
            .and_then(|(_, variant)| variant.take());
        self.end(ended);
        let start = if default { '*' } else { '[' };
        let key = match key {
            Key::Name(name) => format!("k{name}"),
            Key::Number(n) => format!("n{n}"),
        };
        self.tokens.push(String::from(MARK));
        if let Some((_, variant)) = self.selects.last_mut() {
            *variant = Some((
                self.tokens.len() - 1,
                format!("{MARK}{start}"),
                format!(";{key}"),
            ));
        }
    }

    /// The end of the selection begun last.
    pub fn end_select(&mut self) {
        if let Some((select, variant)) = self.selects.pop() {
            self.end(variant);
            self.end(Some(select));
        }
        self.sealed = self.tokens.len();
    }

    /// Writes the mark of a selection or variant, now that its length (the tokens after
    /// it) is known.
    fn end(&mut self, opened: Option<Opened>) {
        if let Some((at, before, after)) = opened {
            let length = self.tokens.len() - at - 1;
            self.tokens[at] = format!("{before}{length}{after}");
        }
    }

    /// The compiled translation.
    #[must_use]
    pub fn finish(self) -> Vec<String> {
        self.tokens
    }
}

/// What a token says.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Token<'c> {
    Text(&'c str),
    Param(usize),
    /// A selection: on what, and how many tokens its variants are.
    Select(Selector<&'c str>, usize),
    /// A variant: its key, whether it is the default, and how many tokens its text is.
    Variant(Key<&'c str>, bool, usize),
}

impl<'c> Token<'c> {
    /// What `token` says; `None` for a mark no [`Encoder`] writes.
    #[inline]
    fn read(token: &'c str) -> Option<Self> {
        let bytes = token.as_bytes();
        if bytes.first() != Some(&0) {
            return Some(Self::Text(token));
        }
        // Every byte the marks are told by is ASCII, so each slice below is of whole
        // characters.
        let read = match (bytes.get(1), bytes.get(2)) {
            (Some(b'0'..=b'9'), _) => Self::Param(index(token.get(1..)?)?),
            (Some(b'?'), Some(kind @ (b'p' | b'n'))) => {
                let rest = token.get(3..)?;
                // A plain loop: the number is a few bytes, and a search sets itself up
                // first.
                let semicolon = rest.bytes().rposition(|b| b == b';')?;
                let length = index(rest.get(semicolon + 1..)?)?;
                let on = rest.get(..semicolon)?;
                let on = if *kind == b'p' {
                    Selector::Param(index(on)?)
                } else {
                    Selector::Number(on)
                };
                Self::Select(on, length)
            }
            (Some(start @ (b'[' | b'*')), _) => {
                let rest = token.get(2..)?;
                let semicolon = rest.bytes().position(|b| b == b';')?;
                let length = index(rest.get(..semicolon)?)?;
                let key = rest.get(semicolon + 1..)?;
                let key = match key.as_bytes().first()? {
                    b'k' => Key::Name(key.get(1..)?),
                    b'n' => Key::Number(key.get(1..)?),
                    _ => return None,
                };
                Self::Variant(key, *start == b'*', length)
            }
            _ => return None,
        };
        Some(read)
    }
}

/// An index as the encoder writes it: decimal digits, no sign.
#[inline]
fn index(digits: &str) -> Option<usize> {
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0usize, |n, b| {
        let digit = usize::from(b.checked_sub(b'0').filter(|d| *d < 10)?);
        n.checked_mul(10)?.checked_add(digit)
    })
}

/// Writes the compiled translation `compiled` into `out`, each parameter `i` as
/// `value(i)`, choosing among variants as Fluent does: `plural` gives the plural
/// category of a number from its text as written (`None` where the rules cannot read it,
/// which chooses as `other` does). See [`Encoder`] for an example. A list no encoder
/// wrote writes what it can, and never panics.
pub fn write_translation<'v>(
    out: &mut String,
    compiled: &[&str],
    value: &dyn Fn(usize) -> &'v str,
    plural: &dyn Fn(&str) -> Option<Plural>,
) {
    let mut at = 0;
    while let Some(token) = compiled.get(at) {
        at += 1;
        // Text and a parameter below ten, most tokens, told by their first bytes.
        match token.as_bytes() {
            [0, digit @ b'0'..=b'9'] => {
                out.push_str(value(usize::from(digit - b'0')));
                continue;
            }
            [0, ..] => {}
            _ => {
                out.push_str(token);
                continue;
            }
        }
        match Token::read(token) {
            Some(Token::Param(i)) => out.push_str(value(i)),
            Some(Token::Select(on, length)) => {
                let end = at.saturating_add(length).min(compiled.len());
                let chosen = choose(&compiled[at..end], on, value, plural);
                write_translation(out, chosen, value, plural);
                at = end;
            }
            // Text was written above; a variant out of place writes nothing.
            Some(Token::Text(_) | Token::Variant(..)) | None => {}
        }
    }
}

/// What a selector gives: a text, or a number with its text as written.
#[derive(Clone, Copy)]
enum Selected<'v> {
    Text(&'v str),
    Number(Number, &'v str),
}

/// Whether two short texts are the same, compared byte by byte (a key is a few bytes,
/// and a call to `memcmp` costs more than the comparison).
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(a, b)| a == b)
}

/// The tokens of the variant that Fluent writes for these values, of the selection on
/// `on` whose variants are `variants`: the first whose key matches, else the default.
fn choose<'c, 'v>(
    variants: &'c [&'c str],
    on: Selector<&str>,
    value: &dyn Fn(usize) -> &'v str,
    plural: &dyn Fn(&str) -> Option<Plural>,
) -> &'c [&'c str] {
    let selected = match on {
        Selector::Param(i) => {
            let value = value(i);
            match Number::of_value(value) {
                Some(number) => Selected::Number(number, value),
                None => Selected::Text(value),
            }
        }
        Selector::Number(text) => match Number::parse(text) {
            Some(number) => Selected::Number(number, text),
            None => Selected::Text(text),
        },
    };
    // The category is worked out once, where a key asks for it.
    let mut category = None;
    let mut matches = |key: Key<&str>| match (key, selected) {
        (Key::Name(name), Selected::Text(text)) => same(name, text),
        (Key::Name(name), Selected::Number(_, text)) => {
            let category = *category.get_or_insert_with(|| plural(text).unwrap_or(Plural::Other));
            same(name, category.name())
        }
        (Key::Number(key), Selected::Number(number, _)) => Number::parse(key) == Some(number),
        (Key::Number(_), Selected::Text(_)) => false,
    };
    let mut default = None;
    let mut at = 0;
    // Each variant's mark, its text skipped by its length.
    while let Some(token) = variants.get(at) {
        let Some(Token::Variant(key, is_default, length)) = Token::read(token) else {
            break;
        };
        let end = (at + 1).saturating_add(length).min(variants.len());
        let body = &variants[at + 1..end];
        if matches(key) {
            return body;
        }
        if is_default && default.is_none() {
            default = Some(body);
        }
        at = end;
    }
    default.unwrap_or_default()
}

/// The pieces of a compiled translation without selections; `None` for one with a
/// selection.
///
/// ```
/// use zingle_errors_core::{Piece, plain_pieces};
/// assert_eq!(
///     plain_pieces(&["Warenkorb ", "\u{0}0", " fehlt"]),
///     Some(vec![Piece::Lit("Warenkorb "), Piece::Param(0), Piece::Lit(" fehlt")])
/// );
/// assert_eq!(plain_pieces(&["\u{0}?p0;2", "\u{0}*1;kother", "x"]), None);
/// ```
#[must_use]
pub fn plain_pieces<'c>(compiled: &[&'c str]) -> Option<Vec<Piece<&'c str>>> {
    compiled
        .iter()
        .map(|token| match Token::read(token)? {
            Token::Text(text) => Some(Piece::Lit(text)),
            Token::Param(i) => Some(Piece::Param(i)),
            Token::Select(..) | Token::Variant(..) => None,
        })
        .collect()
}

/// Whether a description written by the pieces of a translation gives its values back,
/// as a template's does: every one of the `params` parameters used, and text that is not
/// blank to anchor on (values alone would take any text, a text in another language or a
/// proxy's page, for values). A code without parameters has its text alone, which tells
/// a description in the locale for the code's own.
///
/// ```
/// use zingle_errors_core::{Piece, reads_back};
/// assert!(reads_back(&[Piece::Lit("Warenkorb "), Piece::Param(0)], 1));
/// assert!(!reads_back(&[Piece::Param(0), Piece::Lit(" "), Piece::Param(1)], 2));
/// assert!(!reads_back(&[Piece::Lit("fehlt")], 1));
/// ```
#[must_use]
pub fn reads_back<S: AsRef<str>>(pieces: &[Piece<S>], params: usize) -> bool {
    let uses_every_param = (0..params).all(|i| {
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Param(j) if *j == i))
    });
    let anchored = pieces
        .iter()
        .filter_map(Piece::literal)
        .any(|text| !text.trim().is_empty());
    uses_every_param && anchored
}

#[cfg(test)]
mod tests;
