//! The `fluent` feature: a catalog's messages in the locales it ships, compiled from
//! Fluent into its table at build time and written as Fluent writes them (plurals by
//! CLDR's rules), the locale chosen as fluent-langneg chooses.

#[cfg(feature = "fluent")]
pub use self::translations::Translations;

#[cfg(feature = "fluent")]
use crate::code::Code;
#[cfg(feature = "fluent")]
use crate::error::Repr;

/// Gives a generated code enum and error type their messages in the catalog's locales,
/// with the `fluent` feature: `$default` is the catalog's default locale, and each
/// `($tag, $source)` a locale's tag and Fluent text.
#[cfg(feature = "fluent")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_locales {
    ($code:ident, $error:ident, $default:expr) => {
        impl $code {
            /// The catalog's locales.
            #[doc(hidden)]
            #[must_use]
            pub fn __translations() -> &'static $crate::__private::Translations {
                static TRANSLATIONS: $crate::__private::Translations =
                    $crate::__private::Translations::new(
                        $default,
                        <$code as $crate::__private::Code>::LOCALES,
                    );
                &TRANSLATIONS
            }

            /// The tags of the locales the catalog ships, its default locale first.
            pub fn locales() -> impl ::core::iter::Iterator<Item = &'static str> {
                Self::__translations().locales()
            }

            /// The tag of the catalog's locale that an HTTP `Accept-Language` value asks
            /// for: its tags in order of preference (`q`), each matched as fluent-langneg's
            /// lookup matches (the tag itself, then its language's other regions and
            /// likely subtags: `de-CH` and `de` find `de-DE`), the default locale among
            /// them; the default where none matches. What `display_in` takes.
            #[must_use]
            pub fn negotiate_locale(accept_language: &str) -> &'static str {
                let translations = Self::__translations();
                translations.tag(translations.best($crate::accept_language(accept_language)))
            }

            /// The message template in the catalog's locale that serves `tag` best (`de-CH`
            /// → `de` → the default), each parameter shown as `{name}` (a selection shows
            /// its default variant): the default locale's `message` where no locale serves
            /// it or the locale does not translate the code.
            #[must_use]
            pub fn message_in(self, tag: &str) -> ::std::string::String {
                $crate::__private::message_in(self, Self::__translations(), tag)
            }

            /// The explanation in the catalog's locale that serves `tag` best (each
            /// parameter shown as `{name}`), else the default locale's.
            #[must_use]
            pub fn explanation_in(
                self,
                tag: &str,
            ) -> ::core::option::Option<::std::string::String> {
                $crate::__private::explanation_in(self, Self::__translations(), tag)
            }
        }

        $crate::__private::impl_locales_axum!($code, $error);

        impl $error {
            /// The message in the catalog's locale that serves `tag` best (`de-CH` → `de` →
            /// the default), with this error's values, plurals by that language's rules:
            /// the text Fluent writes (isolation marks off). A value is a number where
            /// Fluent writes it back as it is (`3`, `1.50`), else text (`007`). Where
            /// fluent-bundle would overflow (a fraction of 20 digits), the value is
            /// written as given and its plural chosen by CLDR's rules; where those cannot
            /// read it (more fraction digits than 64 bits hold), as `other`. Where no locale
            /// serves `tag`, the locale does not translate the code, or the values are not
            /// known (a description read from the wire that matches neither its template,
            /// nor the published text, nor a translation), the message is the error's
            /// `Display`: a description kept as it came.
            #[must_use]
            pub fn display_in(&self, tag: &str) -> ::std::string::String {
                $crate::__private::display_in(&self.0, $code::__translations(), tag)
            }
        }
    };
}

/// With `fluent` and `axum`: a generated error answers in the language of a request.
#[cfg(all(feature = "fluent", feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_locales_axum {
    ($code:ident, $error:ident) => {
        impl $error {
            /// The error as an axum response in the language an `Accept-Language` value
            /// asks for (the locale of the catalog that serves its tags best, in their
            /// order of preference, else the default): its status, its envelope whose
            /// description is the message in that locale, and `Content-Language`; the error
            /// itself kept in the response's extensions, as its `IntoResponse` does.
            #[must_use]
            pub fn into_response_in(
                self,
                accept_language: &str,
            ) -> $crate::__private::axum::response::Response {
                let (tag, envelope) = $crate::__private::envelope_in(
                    &self.0,
                    $code::__translations(),
                    accept_language,
                );
                let mut response = $crate::__private::json_response(
                    self.http_status(),
                    "application/json",
                    &envelope,
                );
                response.headers_mut().insert(
                    $crate::__private::http::header::CONTENT_LANGUAGE,
                    $crate::__private::http::HeaderValue::from_static(tag),
                );
                response.extensions_mut().insert(self);
                response
            }
        }
    };
}

/// Without `axum` (or `fluent`), no answers in a request's language.
#[cfg(not(all(feature = "fluent", feature = "axum")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_locales_axum {
    ($($any:tt)*) => {};
}

/// Without the `fluent` feature, no messages in other locales.
#[cfg(not(feature = "fluent"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_locales {
    ($($any:tt)*) => {};
}

/// `error`'s message in the locale that serves `tag` best: see the generated
/// `display_in`.
#[cfg(feature = "fluent")]
pub fn display_in<C: Code>(error: &Repr<C>, translations: &Translations, tag: &str) -> String {
    display_at(error, translations, translations.negotiate(tag))
}

/// `error`'s message in the locale at `locale` (`None`: the default's).
#[cfg(feature = "fluent")]
fn display_at<C: Code>(
    error: &Repr<C>,
    translations: &Translations,
    locale: Option<usize>,
) -> String {
    let localized = || {
        // Only where the values are known: a description that matched nothing is kept.
        let (kind, values) = error.known_args()?;
        translations.message(locale?, kind.index(), &|i| values.get(i))
    };
    localized().unwrap_or_else(|| error.message())
}

/// `code`'s template in the locale that serves `tag` best: see the generated
/// `message_in`.
#[cfg(feature = "fluent")]
pub fn message_in<C: Code>(code: C, translations: &Translations, tag: &str) -> String {
    let params = code.record().params;
    translations
        .negotiate(tag)
        .and_then(|locale| translations.message_template(locale, code.index(), params))
        .unwrap_or_else(|| code.record().message.to_owned())
}

/// `code`'s explanation in the locale that serves `tag` best: see the generated
/// `explanation_in`.
#[cfg(feature = "fluent")]
pub fn explanation_in<C: Code>(code: C, translations: &Translations, tag: &str) -> Option<String> {
    let params = code.record().params;
    translations
        .negotiate(tag)
        .and_then(|locale| translations.explanation_template(locale, code.index(), params))
        .or_else(|| code.record().explanation.map(str::to_owned))
}

#[cfg(feature = "fluent")]
mod translations;

/// The language tags of an HTTP `Accept-Language` value, most wanted first (by their
/// `q`, in the order given where equal), without those of `q=0` and the wildcard.
///
/// ```
/// let tags = zingle_errors::accept_language("fr;q=0.5, de-CH, de;q=0.9, *;q=0.1, en;q=0");
/// assert_eq!(tags, ["de-CH", "de", "fr"]);
/// ```
#[must_use]
pub fn accept_language(header: &str) -> Vec<&str> {
    let mut tags: Vec<(&str, u16)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            // Thousandths, so that the order is total.
            let q = (q.clamp(0.0, 1.0) * 1000.0) as u16;
            (!tag.is_empty() && tag != "*" && q > 0).then_some((tag, q))
        })
        .collect();
    tags.sort_by_key(|&(_, q)| std::cmp::Reverse(q));
    tags.into_iter().map(|(tag, _)| tag).collect()
}

/// `error`'s envelope in the language an `Accept-Language` value asks for: the locale's
/// tag and the envelope, its description in that locale.
#[cfg(all(feature = "fluent", feature = "serde"))]
pub fn envelope_in<C: Code>(
    error: &Repr<C>,
    translations: &Translations,
    accept: &str,
) -> (&'static str, crate::Envelope<()>) {
    let locale = translations.best(accept_language(accept));
    let mut envelope = crate::wire::to_envelope(error);
    envelope.status.description = Some(display_at(error, translations, locale));
    (translations.tag(locale), envelope)
}
