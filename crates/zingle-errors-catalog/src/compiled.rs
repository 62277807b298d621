//! A code's message in one locale, compiled from Fluent: runs of text and values, and
//! selections the runtime makes. The generated tables hold each as a list of texts
//! ([`Compiled::encode`]), which `zingle_errors_core::write_translation` writes.

use zingle_errors_core::{Encoder, Key, Piece, Selector};

/// A code's translation in one locale, compiled.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Translation {
    /// The code it translates.
    pub code: u16,
    /// Its message.
    pub message: Compiled,
    /// Its `.explanation` attribute, where it has one.
    pub explanation: Option<Compiled>,
}

/// A Fluent pattern compiled: terms, messages and selections on known text resolved,
/// what is left a run of text and values, or runs around selections made at run time.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Compiled {
    /// Text and values alone (parameters by their index in the code's).
    Text(Vec<Piece<String>>),
    /// Runs around selections, in order.
    Parts(Vec<CompiledPart>),
}

/// A part of a [`Compiled::Parts`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CompiledPart {
    /// Text and values.
    Text(Vec<Piece<String>>),
    /// A selection made at run time, on a value or a number literal.
    Select(CompiledSelect),
}

/// A selection made at run time.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompiledSelect {
    /// What it selects on.
    pub on: Selector<String>,
    /// Each variant's key and pattern, in the order written.
    pub variants: Vec<(Key<String>, Compiled)>,
    /// The index of the default variant.
    pub default: usize,
}

impl Translation {
    /// The message's pieces where a description written in the locale gives the values
    /// back (`zingle_errors_core::reads_back`): text and values alone, every one of the
    /// code's `params` parameters used, and text that is not blank to anchor on.
    #[must_use]
    pub fn read_back(&self, params: usize) -> Option<&[Piece<String>]> {
        let Compiled::Text(pieces) = &self.message else {
            return None;
        };
        zingle_errors_core::reads_back(pieces, params).then_some(pieces)
    }
}

impl Compiled {
    /// The pattern as the generated tables hold it: a list of texts
    /// (`zingle_errors_core::Encoder`).
    ///
    /// ```
    /// let catalog = zingle_errors_catalog::parse(
    ///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
    ///      [[code]]\ncode = 1\nname = \"ItemsLeft\"\ncategory = \"A\"\nmessage = \"{count} items left\"\n\
    ///      [[code]]\ncode = 2\nname = \"Closed\"\ncategory = \"A\"\nmessage = \"Closed\"\n",
    ///     "codes.toml",
    /// )?;
    /// let (de, _) = zingle_errors_catalog::check_locale(
    ///     &catalog,
    ///     "de",
    ///     "items-left = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    ///     "locales/de.ftl",
    /// );
    /// let tokens = de.translations[0].message.encode();
    /// assert_eq!(tokens, ["\u{0}?p0;5", "\u{0}[1;kone", "Ein Artikel", "\u{0}*2;kother", "\u{0}0", " Artikel"]);
    /// # Ok::<(), zingle_errors_catalog::Errors>(())
    /// ```
    #[must_use]
    pub fn encode(&self) -> Vec<String> {
        let mut encoder = Encoder::default();
        self.encode_into(&mut encoder);
        encoder.finish()
    }

    fn encode_into(&self, encoder: &mut Encoder) {
        let pieces = |encoder: &mut Encoder, pieces: &[Piece<String>]| {
            for piece in pieces {
                match piece {
                    Piece::Lit(text) => encoder.text(text),
                    Piece::Param(i) => encoder.param(*i),
                }
            }
        };
        match self {
            Self::Text(run) => pieces(encoder, run),
            Self::Parts(parts) => {
                for part in parts {
                    match part {
                        CompiledPart::Text(run) => pieces(encoder, run),
                        CompiledPart::Select(select) => {
                            encoder.select(match &select.on {
                                Selector::Param(i) => Selector::Param(*i),
                                Selector::Number(n) => Selector::Number(n.as_str()),
                            });
                            for (i, (key, value)) in select.variants.iter().enumerate() {
                                let key = match key {
                                    Key::Name(name) => Key::Name(name.as_str()),
                                    Key::Number(n) => Key::Number(n.as_str()),
                                };
                                encoder.variant(key, i == select.default);
                                value.encode_into(encoder);
                            }
                            encoder.end_select();
                        }
                    }
                }
            }
        }
    }
}

/// A locale's translations laid out as the runtime's `LocaleTable` holds them: the texts
/// of every code's message and explanation compiled, one after the other in the order of
/// the catalog's table, and where each code's begin and the last ends (equal where the
/// locale does not translate a code). What the macro generates and the tool builds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LocaleTexts {
    /// The texts, one after the other.
    pub texts: Vec<String>,
    /// Where each code's message begins in `texts`, and where the last ends.
    pub messages: Vec<u32>,
    /// Where each code's explanation begins, as `messages`; empty where the locale
    /// explains nothing.
    pub explanations: Vec<u32>,
}

impl LocaleTexts {
    /// The layout of `translations`, a locale's, for `catalog`.
    ///
    /// ```
    /// let catalog = zingle_errors_catalog::parse(
    ///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
    ///      [[code]]\ncode = 1\nname = \"ItemsLeft\"\ncategory = \"A\"\nmessage = \"{count} items left\"\n\
    ///      [[code]]\ncode = 2\nname = \"Closed\"\ncategory = \"A\"\nmessage = \"Closed\"\n",
    ///     "codes.toml",
    /// )?;
    /// let (de, _) = zingle_errors_catalog::check_locale(
    ///     &catalog,
    ///     "de",
    ///     "items-left = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    ///     "locales/de.ftl",
    /// );
    /// let layout = zingle_errors_catalog::LocaleTexts::new(&catalog, &de.translations);
    /// // The first code's message is the texts from 0 to 6; the second has none.
    /// assert_eq!(layout.messages, [0, 6, 6]);
    /// assert_eq!(layout.texts.len(), 6);
    /// assert!(layout.explanations.is_empty());
    /// # Ok::<(), zingle_errors_catalog::Errors>(())
    /// ```
    #[must_use]
    pub fn new(catalog: &crate::Catalog, translations: &[Translation]) -> Self {
        let codes = catalog.entries().len();
        let mut messages = vec![Vec::new(); codes];
        let mut explanations = vec![Vec::new(); codes];
        for translation in translations {
            let Some(i) = catalog.index_of(translation.code) else {
                continue;
            };
            messages[i] = translation.message.encode();
            if let Some(explanation) = &translation.explanation {
                explanations[i] = explanation.encode();
            }
        }
        let mut layout = Self::default();
        layout.messages = layout.append(messages);
        if explanations.iter().any(|run| !run.is_empty()) {
            layout.explanations = layout.append(explanations);
        }
        layout
    }

    /// Appends each run to `texts`; where each begins, and where the last ends.
    fn append(&mut self, runs: Vec<Vec<String>>) -> Vec<u32> {
        let mut starts = Vec::with_capacity(runs.len() + 1);
        for run in runs {
            starts.push(u32::try_from(self.texts.len()).unwrap_or(u32::MAX));
            self.texts.extend(run);
        }
        starts.push(u32::try_from(self.texts.len()).unwrap_or(u32::MAX));
        starts
    }
}
