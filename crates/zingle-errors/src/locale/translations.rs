//! A catalog's translations, each locale's bundle made at first use, and the tag
//! negotiation.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A catalog's translations, as the generated code holds them: the default locale's
/// tag, and each other locale's tag and Fluent text (checked at compile time).
pub struct Translations {
    default: &'static str,
    sources: &'static [(&'static str, &'static str)],
    /// Each locale's bundle, made at the first use of any.
    bundles: OnceLock<Vec<Option<FluentBundle<FluentResource>>>>,
}

impl Translations {
    /// The translations of a catalog whose messages are in `default`, with the
    /// locales `sources` (tag, Fluent text).
    #[must_use]
    pub const fn new(
        default: &'static str,
        sources: &'static [(&'static str, &'static str)],
    ) -> Self {
        Self {
            default,
            sources,
            bundles: OnceLock::new(),
        }
    }

    /// The tag of the catalog's default locale, that of its messages.
    #[must_use]
    pub fn default_locale(&self) -> &'static str {
        self.default
    }

    /// The tags of the locales the catalog ships, the default first.
    pub fn locales(&self) -> impl Iterator<Item = &'static str> + '_ {
        std::iter::once(self.default).chain(self.sources.iter().map(|(tag, _)| *tag))
    }

    /// The locale that serves `tag` best: the tag itself, else the tag less its
    /// last subtag, and so on (`de-CH` → `de`), compared without regard to case;
    /// `None` for the default locale.
    #[must_use]
    pub fn negotiate(&self, tag: &str) -> Option<usize> {
        let mut wanted = tag.trim();
        loop {
            if wanted.eq_ignore_ascii_case(self.default) {
                return None;
            }
            if let Some(i) = self
                .sources
                .iter()
                .position(|(have, _)| have.eq_ignore_ascii_case(wanted))
            {
                return Some(i);
            }
            wanted = &wanted[..wanted.rfind(['-', '_'])?];
        }
    }

    /// The locale that serves best the first of `tags` (in the order given) that the
    /// catalog can serve: see [`negotiate`](Self::negotiate); `None` for the default.
    #[must_use]
    pub fn best<'t>(&self, tags: impl IntoIterator<Item = &'t str>) -> Option<usize> {
        tags.into_iter().find_map(|tag| self.negotiate(tag))
    }

    /// The tag of the locale at `locale` (an index from
    /// [`negotiate`](Self::negotiate)), or the default's for `None`.
    #[must_use]
    pub fn tag(&self, locale: Option<usize>) -> &'static str {
        locale
            .and_then(|i| self.sources.get(i))
            .map_or(self.default, |(tag, _)| tag)
    }

    /// The message `id`'s template in the locale `locale` (an index from
    /// [`negotiate`](Self::negotiate)), each of `params` shown as `{name}` (a plural
    /// shows its `other` form); `None` when the locale does not translate it.
    #[must_use]
    pub fn template(&self, locale: usize, id: &str, params: &[&str]) -> Option<String> {
        let shown: Vec<String> = params.iter().map(|p| format!("{{{p}}}")).collect();
        let args: Vec<(&str, &str)> = params
            .iter()
            .zip(&shown)
            .map(|(p, s)| (*p, s.as_str()))
            .collect();
        self.format(locale, id, None, &args)
    }

    /// The message `id` (or its attribute) in the locale `locale` (an index from
    /// [`negotiate`](Self::negotiate)), with `args` as its variables (a value that
    /// reads as a number, and is written back as given, is one, for plurals), without
    /// isolation marks; `None` when the locale does not translate it.
    #[must_use]
    pub fn format(
        &self,
        locale: usize,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, &str)],
    ) -> Option<String> {
        let bundle = self.bundles().get(locale)?.as_ref()?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, fluent_value(value));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    fn bundles(&self) -> &[Option<FluentBundle<FluentResource>>] {
        self.bundles.get_or_init(|| {
            self.sources
                .iter()
                .map(|(tag, source)| bundle(tag, source))
                .collect()
        })
    }
}

/// A value as Fluent is given it: a number, which plurals select on, where Fluent
/// writes the number back as it was given; else the text, so that a message never shows
/// a value other than the error's (`"007"`, `"+4930123"` and a 20-digit id would come
/// out as `7`, `4930123` and a rounded float).
fn fluent_value(value: &str) -> FluentValue<'_> {
    match value.parse::<FluentNumber>() {
        Ok(number) if number.as_string() == value => number.into(),
        _ => value.into(),
    }
}

/// The bundle of one locale; `None` when its tag or text does not read, which the
/// compile-time checks rule out.
fn bundle(tag: &str, source: &str) -> Option<FluentBundle<FluentResource>> {
    let language: LanguageIdentifier = tag.parse().ok()?;
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Values are shown as they are: no invisible isolation marks around them.
    bundle.set_use_isolating(false);
    // An entry whose id an earlier one took (a message and a term share their ids) is
    // left out and the first kept, as Fluent does: the rest of the locale still formats.
    let _overridden = bundle.add_resource(resource);
    Some(bundle)
}

impl core::fmt::Debug for Translations {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.locales()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Translations;

    static SHOP: Translations = Translations::new(
        "en",
        &[
            (
                "de",
                "items-left = { $count ->\n    [one] Ein Artikel in „{ $cart }“\n   *[other] { $count } Artikel in „{ $cart }“\n}\n    .explanation = Erklärung\n",
            ),
            (
                "pl",
                "items-left = { $count ->\n    [one] { $count } produkt\n    [few] { $count } produkty\n   *[many] { $count } produktów\n}\n",
            ),
        ],
    );

    #[test]
    fn a_tag_falls_back_to_its_language_then_to_the_default() {
        assert_eq!(SHOP.negotiate("de"), Some(0));
        assert_eq!(SHOP.negotiate("DE-ch"), Some(0));
        assert_eq!(SHOP.negotiate("pl-PL"), Some(1));
        assert_eq!(SHOP.negotiate("en-GB"), None);
        assert_eq!(SHOP.negotiate("fr"), None);
        assert_eq!(SHOP.locales().collect::<Vec<_>>(), ["en", "de", "pl"]);
    }

    #[test]
    fn plurals_follow_each_language_and_values_have_no_isolation_marks() {
        let de = |n: &str| SHOP.format(0, "items-left", None, &[("count", n), ("cart", "c1")]);
        assert_eq!(de("1").as_deref(), Some("Ein Artikel in „c1“"));
        assert_eq!(de("3").as_deref(), Some("3 Artikel in „c1“"));
        let pl = |n: &str| SHOP.format(1, "items-left", None, &[("count", n)]);
        assert_eq!(pl("1").as_deref(), Some("1 produkt"));
        assert_eq!(pl("3").as_deref(), Some("3 produkty"));
        assert_eq!(pl("5").as_deref(), Some("5 produktów"));
        assert_eq!(pl("22").as_deref(), Some("22 produkty"));
        assert_eq!(
            SHOP.format(0, "items-left", Some("explanation"), &[])
                .as_deref(),
            Some("Erklärung")
        );
        assert_eq!(SHOP.format(1, "shop-closed", None, &[]), None);
    }

    #[test]
    fn an_entry_whose_id_is_taken_is_left_out_and_the_rest_formats() {
        static CLASH: Translations = Translations::new(
            "en",
            &[(
                "de",
                "-moved = Umzug\nmoved = { $from } nach { $to }\nclosed = Geschlossen\n",
            )],
        );
        assert_eq!(CLASH.format(0, "moved", None, &[]), None);
        assert_eq!(
            CLASH.format(0, "closed", None, &[]).as_deref(),
            Some("Geschlossen")
        );
    }
}
