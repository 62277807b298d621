//! A catalog's locales: the negotiation of a tag, and each locale's plural rules, made at
//! first use. The translations themselves are compiled into the catalog's `LocaleTable`s.

use std::sync::OnceLock;

use fluent_langneg::negotiate::filter_matches;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;
use zingle_errors_core::{Plural, plain_integer, write_translation};

use crate::code::LocaleTable;

/// A catalog's locales, as the generated code holds them: the default locale's tag
/// (that of the catalog's own messages), and the tables of the locales it translates
/// into, by whose index a locale is known here.
pub struct Translations {
    default: &'static str,
    tables: &'static [LocaleTable],
    /// Each locale's language and rules, the default first, made at the first use of any.
    languages: OnceLock<Box<[Language]>>,
}

/// What a locale's tag says, read once.
struct Language {
    /// The locale: `None` for the default.
    locale: Option<usize>,
    /// Its language identifier: the tag up to its extensions and private use, where
    /// that reads (`x-private` does not).
    id: Option<LanguageIdentifier>,
    /// The CLDR plural rules Fluent gives the locale (English's where CLDR has none).
    plural: Option<PluralRules>,
}

impl Translations {
    /// The locales of a catalog whose messages are in `default`, translated into
    /// `tables`.
    #[must_use]
    pub const fn new(default: &'static str, tables: &'static [LocaleTable]) -> Self {
        Self {
            default,
            tables,
            languages: OnceLock::new(),
        }
    }

    /// The table of the locale at `locale` (an index from [`negotiate`](Self::negotiate)).
    #[must_use]
    pub fn table(&self, locale: usize) -> Option<&'static LocaleTable> {
        self.tables.get(locale)
    }

    /// The tag of the catalog's default locale, that of its messages.
    #[must_use]
    pub fn default_locale(&self) -> &'static str {
        self.default
    }

    /// The tags of the locales the catalog ships, the default first.
    pub fn locales(&self) -> impl Iterator<Item = &'static str> + '_ {
        std::iter::once(self.default).chain(self.tables.iter().map(|t| t.tag))
    }

    /// The locale that serves `tag` best: see [`best`](Self::best).
    #[must_use]
    pub fn negotiate(&self, tag: &str) -> Option<usize> {
        // A tag as a locale's file names it, the common case: no more to do.
        let tag = tag.trim_ascii();
        // Compared byte by byte: tags are short, and a call to `memcmp` is not.
        let same =
            |a: &str| a.len() == tag.len() && a.bytes().zip(tag.bytes()).all(|(a, b)| a == b);
        if same(self.default) {
            return None;
        }
        if let Some(i) = self.tables.iter().position(|t| same(t.tag)) {
            return Some(i);
        }
        self.best([tag])
    }

    /// The locale that serves best the first of `tags` (in the order given) that any
    /// locale of the catalog serves, the default among them, as fluent-langneg's lookup
    /// chooses: the tag itself (without regard to case), then a locale whose tag is a
    /// range of it (`de` for `de-CH`), then its likely subtags and other regions (`de-DE`
    /// for `de`). `None` for the default locale, also where no locale serves any.
    #[must_use]
    pub fn best<'t>(&self, tags: impl IntoIterator<Item = &'t str>) -> Option<usize> {
        for tag in tags {
            let tag = tag.trim_ascii();
            // The tag itself, which needs no parsing.
            if tag.eq_ignore_ascii_case(self.default) {
                return None;
            }
            if let Some(i) = self
                .tables
                .iter()
                .position(|t| t.tag.eq_ignore_ascii_case(tag))
            {
                return Some(i);
            }
            let Some(requested) = language_id(tag) else {
                continue;
            };
            let languages = self.languages();
            let ids = || {
                languages
                    .iter()
                    .filter_map(|l| Some((l.locale, l.id.as_ref()?)))
            };
            // Lookup's first steps, without its allocations: the same language, then a
            // locale whose tag is a range of it (`de` for `de-CH`).
            let same = ids().find(|(_, id)| **id == requested);
            let range = || ids().find(|(_, id)| id.matches(&requested, true, false));
            if let Some((locale, _)) = same.or_else(range) {
                return locale;
            }
            // The rest: likely subtags, other regions.
            let available: Vec<Candidate<'_>> =
                ids().map(|(locale, id)| Candidate(locale, id)).collect();
            let found = filter_matches(&[requested], &available, NegotiationStrategy::Lookup);
            if let Some(candidate) = found.first() {
                return candidate.0;
            }
        }
        None
    }

    /// The tag of the locale at `locale` (an index from [`negotiate`](Self::negotiate)),
    /// or the default's for `None`.
    #[must_use]
    pub fn tag(&self, locale: Option<usize>) -> &'static str {
        locale
            .and_then(|i| self.tables.get(i))
            .map_or(self.default, |table| table.tag)
    }

    /// The message of the code at `index` (its place in the catalog) in the locale at
    /// `locale`, written with `value(i)` for each parameter `i`; `None` where the locale
    /// does not translate it. What `display_in` gives, and the tool's `render --locale`.
    #[must_use]
    pub fn message<'v>(
        &self,
        locale: usize,
        index: usize,
        value: &dyn Fn(usize) -> &'v str,
    ) -> Option<String> {
        let message = self.table(locale)?.message(index)?;
        Some(self.write(locale, message, value))
    }

    /// The message of the code at `index` in the locale at `locale`, as a template: each
    /// of `params` shown as `{name}`; `None` where the locale does not translate it.
    #[must_use]
    pub fn message_template<S: AsRef<str>>(
        &self,
        locale: usize,
        index: usize,
        params: &[S],
    ) -> Option<String> {
        let message = self.table(locale)?.message(index)?;
        Some(self.write_template(locale, message, params))
    }

    /// The explanation of the code at `index` in the locale at `locale`, as a template,
    /// as [`message_template`](Self::message_template) writes it.
    #[must_use]
    pub fn explanation_template<S: AsRef<str>>(
        &self,
        locale: usize,
        index: usize,
        params: &[S],
    ) -> Option<String> {
        let explanation = self.table(locale)?.explanation(index)?;
        Some(self.write_template(locale, explanation, params))
    }

    /// `compiled`, a message of the locale at `locale` from its table, written with
    /// `value(i)` for each parameter `i`, plurals by the locale's rules.
    #[must_use]
    pub fn write<'v>(
        &self,
        locale: usize,
        compiled: &[&str],
        value: &dyn Fn(usize) -> &'v str,
    ) -> String {
        let mut out = String::with_capacity(64);
        write_translation(&mut out, compiled, value, &|number| {
            self.plural(locale, number)
        });
        out
    }

    /// `compiled`, a message or explanation of the locale at `locale`, as a template:
    /// each of `params` shown as `{name}` (text, so a selection shows its default
    /// variant). What `message_in` gives, and the tool's `--locale`.
    #[must_use]
    pub fn write_template<S: AsRef<str>>(
        &self,
        locale: usize,
        compiled: &[&str],
        params: &[S],
    ) -> String {
        let shown: Vec<String> = params
            .iter()
            .map(|p| format!("{{{}}}", p.as_ref()))
            .collect();
        self.write(locale, compiled, &|i| {
            shown.get(i).map_or("", String::as_str)
        })
    }

    /// The plural category of the number written `number` in the locale at `locale`;
    /// `None` where the rules cannot read it.
    #[must_use]
    pub fn plural(&self, locale: usize, number: &str) -> Option<Plural> {
        let rules = self.languages().get(locale + 1)?.plural.as_ref()?;
        // An integer's operands are itself, as CLDR's rules read it from its text.
        let category = match plain_integer(number) {
            Some(integer) => rules.select(operands(integer.abs())),
            None => rules.select(number),
        };
        Some(match category.ok()? {
            PluralCategory::ZERO => Plural::Zero,
            PluralCategory::ONE => Plural::One,
            PluralCategory::TWO => Plural::Two,
            PluralCategory::FEW => Plural::Few,
            PluralCategory::MANY => Plural::Many,
            PluralCategory::OTHER => Plural::Other,
        })
    }

    fn languages(&self) -> &[Language] {
        self.languages.get_or_init(|| {
            let default = std::iter::once((None, self.default));
            let translated = self
                .tables
                .iter()
                .enumerate()
                .map(|(i, t)| (Some(i), t.tag));
            default
                .chain(translated)
                .map(|(locale, tag)| {
                    let id = language_id(tag);
                    let plural = plural_rules(id.clone().unwrap_or_default());
                    Language { locale, id, plural }
                })
                .collect()
        })
    }
}

/// A locale as fluent-langneg is given it: the locale, and its language.
struct Candidate<'l>(Option<usize>, &'l LanguageIdentifier);

impl AsRef<LanguageIdentifier> for Candidate<'_> {
    fn as_ref(&self) -> &LanguageIdentifier {
        self.1
    }
}

/// The plural operands of a whole number, as `PluralOperands::try_from` gives them for
/// its text.
fn operands(magnitude: f64) -> PluralOperands {
    PluralOperands {
        n: magnitude,
        // Exact: `plain_integer` gives integers below 2^53 only.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        i: magnitude as u64,
        v: 0,
        w: 0,
        f: 0,
        t: 0,
    }
}

/// The language identifier of a BCP 47 tag: the tag up to its first singleton subtag
/// (an extension such as `-u-co-phonebk`, or private use `-x-…`), read by unic-langid.
fn language_id(tag: &str) -> Option<LanguageIdentifier> {
    let end = tag
        .match_indices('-')
        .map(|(at, _)| at)
        .find(|&at| {
            tag[at + 1..]
                .split('-')
                .next()
                .is_some_and(|s| s.len() == 1)
        })
        .unwrap_or(tag.len());
    let base = &tag[..end];
    // unic-langid takes `_` for `-`; BCP 47 does not.
    if base.is_empty() || base.contains('_') || base.len() == 1 {
        return None;
    }
    base.parse().ok()
}

/// The cardinal plural rules fluent-bundle gives a language: CLDR's for the language its
/// lookup finds among those CLDR covers, else English's.
fn plural_rules(language: LanguageIdentifier) -> Option<PluralRules> {
    let covered = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let english: LanguageIdentifier = "en".parse().ok()?;
    let found = negotiate_languages(
        &[language],
        &covered,
        Some(&english),
        NegotiationStrategy::Lookup,
    );
    let language = found.first().copied().cloned().unwrap_or(english);
    PluralRules::create(language, PluralRuleType::CARDINAL).ok()
}

impl core::fmt::Debug for Translations {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.locales()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{Translations, language_id};
    use crate::code::LocaleTable;
    use zingle_errors_core::Plural;

    static SHOP: Translations = Translations::new(
        "en",
        &[
            LocaleTable::untranslated("de-DE"),
            LocaleTable::untranslated("pl"),
            LocaleTable::untranslated("fr-FR"),
            LocaleTable::untranslated("x-private"),
        ],
    );

    #[test]
    fn a_tag_is_looked_up_as_fluent_langneg_does_the_default_among_the_locales() {
        assert_eq!(SHOP.negotiate("de-DE"), Some(0));
        assert_eq!(SHOP.negotiate("DE-de"), Some(0));
        assert_eq!(SHOP.negotiate("de"), Some(0), "a language finds its region");
        assert_eq!(SHOP.negotiate("de-CH"), Some(0), "and another region of it");
        assert_eq!(SHOP.negotiate("fr"), Some(2));
        assert_eq!(SHOP.negotiate("pl-PL"), Some(1));
        assert_eq!(SHOP.negotiate("en-GB"), None);
        assert_eq!(SHOP.negotiate("x-private"), Some(3));
        assert_eq!(SHOP.negotiate("ja"), None);
        // The default locale is one of the candidates, in the order of preference.
        assert_eq!(SHOP.best(["en-US", "en", "de"]), None);
        assert_eq!(SHOP.best(["ja", "fr", "en"]), Some(2));
        assert_eq!(SHOP.best(["ja", "en", "de"]), None);
        assert_eq!(SHOP.best(["de-DE-u-co-phonebk"]), Some(0));
        assert_eq!(
            SHOP.locales().collect::<Vec<_>>(),
            ["en", "de-DE", "pl", "fr-FR", "x-private"]
        );
    }

    #[test]
    fn each_locale_has_its_languages_plural_rules() {
        assert_eq!(SHOP.plural(1, "1"), Some(Plural::One));
        assert_eq!(SHOP.plural(1, "3"), Some(Plural::Few));
        assert_eq!(SHOP.plural(1, "5"), Some(Plural::Many));
        assert_eq!(SHOP.plural(2, "0"), Some(Plural::One), "French: 0 is one");
        assert_eq!(SHOP.plural(0, "0"), Some(Plural::Other));
        // No language: English's, as Fluent falls back.
        assert_eq!(SHOP.plural(3, "1"), Some(Plural::One));
        // A fraction of more digits than 64 bits hold: no category.
        assert_eq!(SHOP.plural(1, "1.123456789012345678901"), None);
        assert_eq!(SHOP.plural(9, "1"), None);
    }

    #[test]
    fn a_tags_language_is_read_up_to_its_extensions() {
        let id = |tag: &str| language_id(tag).map(|id| id.to_string());
        assert_eq!(id("de-DE-u-co-phonebk").as_deref(), Some("de-DE"));
        assert_eq!(id("en-a-bbb-x-a-ccc").as_deref(), Some("en"));
        assert_eq!(id("sl-rozaj").as_deref(), Some("sl-rozaj"));
        assert_eq!(id("x-private"), None);
        assert_eq!(id("pt_BR"), None);
    }
}
