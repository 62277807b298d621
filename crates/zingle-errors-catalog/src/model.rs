//! The typed catalog that parsing and validation produce.

use crate::{Location, Piece, Template, to_snake_case};

/// A validated catalog: its categories and its codes, ascending by code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Catalog {
    pub(crate) name: Option<String>,
    pub(crate) doc_url: Option<Template>,
    /// `[catalog] locales`: the folder of translations, relative to the catalog's file.
    pub(crate) locales: Option<String>,
    /// `[catalog] default_locale`: the language of the messages.
    pub(crate) default_locale: Option<String>,
    /// `[catalog] exhaustive`: whether users may match the code enum exhaustively.
    pub(crate) exhaustive: bool,
    pub(crate) categories: Vec<Category>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) retired: Vec<Retired>,
}

/// A `[[retired]]`: a code that is no more. Its number and name stay reserved: no code
/// may take them again.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Retired {
    /// The number it had.
    pub code: u16,
    /// The last name it had.
    pub name: String,
    /// Why it was retired, and what to use instead.
    pub reason: String,
    /// Where the `[[retired]]` table is.
    pub location: Location,
}

/// A `[[category]]`: one range of codes with a title.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Category {
    /// UpperCamelCase name, the generated `Category` variant, such as `Contacts`.
    pub name: String,
    /// What the range's codes are about, for people: `Contacts`.
    pub title: String,
    /// First code of the range.
    pub first: u16,
    /// Last code of the range (inclusive).
    pub last: u16,
    /// HTTP status of the category's codes that set none of their own.
    pub status: Option<u16>,
    /// Where the category is declared.
    pub location: Location,
}

/// A `[[code]]`: one error code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The numeric code, such as 3612.
    pub code: u16,
    /// UpperCamelCase name, the generated `ErrorCode` variant, such as `InvalidLabel`.
    pub name: String,
    /// Index of the entry's category in [`Catalog::categories`].
    pub category: usize,
    /// The message template.
    pub message: Template,
    /// Why the error happens and what to do, where the catalog says.
    pub explanation: Option<String>,
    /// The published message verbatim, where `message` corrects a typo.
    pub published_message: Option<String>,
    /// The published explanation verbatim, where `explanation` corrects a typo.
    pub published_explanation: Option<String>,
    /// HTTP status answered with the code: the entry's own, else its category's.
    pub status: u16,
    /// Whether repeating the same request may succeed (`retryable = true`).
    pub retryable: bool,
    /// Why the code is deprecated and what to use instead, where it is.
    pub deprecated: Option<String>,
    /// Names the code had before, which still work, deprecated.
    pub aliases: Vec<String>,
    /// The version that added the code, where the catalog says.
    pub since: Option<String>,
    /// The parameters whose values logs, `Debug` and tracing show as `[redacted]`
    /// (`sensitive = [..]`), in the order of `message.params()`; the wire keeps them.
    pub sensitive: Vec<String>,
    /// Where the entry's `[[code]]` table is.
    pub location: Location,
}

impl Entry {
    /// The published message split at the message's own parameters (each
    /// [`Piece::Param`] an index into `message.params()`), where the entry corrects a
    /// typo in it and it has the same parameters; else `None`, as a description in the
    /// published text could not give the message's values.
    ///
    /// Descriptions read from the wire are matched against the message, then against
    /// these pieces (`zingle_errors_core::recover`), by the runtime and the tool alike.
    #[must_use]
    pub fn published_pieces(&self) -> Option<Vec<Piece>> {
        let published = Template::parse(self.published_message.as_deref()?).ok()?;
        let ours = self.message.params();
        let theirs = published.params();
        if theirs.len() != ours.len() || theirs.iter().any(|p| !ours.contains(p)) {
            return None;
        }
        let index = |i: usize| ours.iter().position(|p| *p == theirs[i]);
        published
            .pieces()
            .iter()
            .map(|piece| match piece {
                Piece::Lit(text) => Some(Piece::Lit(text.clone())),
                Piece::Param(i) => index(*i).map(Piece::Param),
            })
            .collect()
    }

    /// The `snake_case` form of the name, used for constructors: `invalid_label`.
    #[must_use]
    pub fn snake_name(&self) -> String {
        to_snake_case(&self.name)
    }
}

impl Catalog {
    /// The catalog's name, from `[catalog] name`: the prefix of its diagnostic codes
    /// (`zingle::3612`).
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The documentation link of an entry, from the `[catalog] doc_url` template with
    /// `{code}` and `{name}` filled.
    #[must_use]
    pub fn doc_url(&self, entry: &Entry) -> Option<String> {
        let template = self.doc_url.as_ref()?;
        let params = template.params();
        Some(template.fill(|i| match params.get(i)?.as_str() {
            "code" => Some(entry.code.to_string()),
            _ => Some(entry.name.clone()),
        }))
    }

    /// The folder of the catalog's translations (`[catalog] locales`), relative to the
    /// catalog's file, where it has any.
    #[must_use]
    pub fn locales(&self) -> Option<&str> {
        self.locales.as_deref()
    }

    /// The BCP 47 tag of the language the messages are written in (`[catalog]
    /// default_locale`): `en` unless the catalog says.
    #[must_use]
    pub fn default_locale(&self) -> &str {
        self.default_locale.as_deref().unwrap_or("en")
    }

    /// Whether the code enum is exhaustive (`[catalog] exhaustive = true`): users match
    /// it without a wildcard, so a new code breaks them; else it is `#[non_exhaustive]`.
    #[must_use]
    pub fn is_exhaustive(&self) -> bool {
        self.exhaustive
    }

    /// Retired codes, in file order.
    #[must_use]
    pub fn retired(&self) -> &[Retired] {
        &self.retired
    }

    /// Categories, in file order.
    #[must_use]
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Entries, ascending by code.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this code.
    #[must_use]
    pub fn get(&self, code: u16) -> Option<&Entry> {
        self.index_of(code).map(|i| &self.entries[i])
    }

    /// The place of the entry with this code among [`entries`](Self::entries), which are
    /// in the order of their codes: its index in the generated tables too.
    #[must_use]
    pub fn index_of(&self, code: u16) -> Option<usize> {
        self.entries.binary_search_by_key(&code, |e| e.code).ok()
    }

    /// The entry with this name.
    #[must_use]
    pub fn by_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The category of an entry of this catalog.
    #[must_use]
    pub fn category(&self, entry: &Entry) -> &Category {
        &self.categories[entry.category]
    }

    /// The entries of a category, ascending by code.
    pub fn entries_of(&self, category: usize) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.category == category)
    }
}
