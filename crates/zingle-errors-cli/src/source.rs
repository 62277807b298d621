//! Where the catalog comes from: the Zingle catalog compiled in, or a file.

use std::path::Path;

use zingle_errors::__private::{LocaleTable, Translations};
use zingle_errors_catalog::{Catalog, Entry, LoadError, LocaleTexts};
use zingle_errors_core::counted;

use crate::cli::Global;

use crate::failure::Failure;

/// The workspace's `codes.toml`, as it was when this binary was built.
const BUILT_IN: &str = include_str!("../codes.toml");

/// The catalog at `path`, or the one compiled in.
pub fn catalog(path: Option<&Path>) -> Result<Catalog, Failure> {
    match path {
        Some(path) => load(path),
        None => {
            zingle_errors_catalog::parse(BUILT_IN, "codes.toml (built in)").map_err(Failure::failed)
        }
    }
}

/// What the catalog's API is called in prose: Zingle for the catalog compiled in, else
/// the catalog's `[catalog] name`, if it has one.
pub fn api_name<'a>(path: Option<&Path>, catalog: &'a Catalog) -> Option<&'a str> {
    match path {
        None => Some("Zingle"),
        Some(_) => catalog.name(),
    }
}

/// The catalog at `path`, named in messages as it was given; every fault of an invalid
/// one, each as `PATH:LINE:COL: fault`.
pub fn load(path: &Path) -> Result<Catalog, Failure> {
    zingle_errors_catalog::load(path, &path.display().to_string()).map_err(|e| match e {
        LoadError::Invalid(errors) => Failure::failed(format!(
            "the catalog `{}` is invalid: {}\n{errors}",
            path.display(),
            counted(errors.len(), "fault", "faults")
        )),
        io @ LoadError::Io { .. } => Failure::failed(io),
    })
}

/// A locale of the catalog given with `--catalog`, as `--locale` asks for it: the
/// catalog's locales compiled as the macro compiles them, into the tables the library
/// reads, and the locale that serves the tag best, as the library negotiates it.
pub struct LocaleView<'c> {
    /// The catalog's locales, as the library holds them.
    pub translations: &'static Translations,
    /// The locale serving the tag (`None`: the default locale's, the catalog's own
    /// messages).
    pub locale: Option<usize>,
    /// The catalog, whose entries' places are the tables' indexes.
    catalog: &'c Catalog,
}

impl LocaleView<'_> {
    /// The tag of the locale shown.
    pub fn tag(&self) -> &'static str {
        self.translations.tag(self.locale)
    }

    /// The entry's message template in the locale, each parameter as `{name}` (what
    /// `message_in` gives in the library); `None` for the default locale, or where the
    /// locale does not translate the code.
    pub fn template(&self, entry: &Entry) -> Option<String> {
        let index = self.catalog.index_of(entry.code)?;
        let params = entry.message.params();
        self.translations
            .message_template(self.locale?, index, params)
    }

    /// The entry's explanation in the locale; `None` as for [`template`](Self::template).
    pub fn explanation(&self, entry: &Entry) -> Option<String> {
        let index = self.catalog.index_of(entry.code)?;
        let params = entry.message.params();
        self.translations
            .explanation_template(self.locale?, index, params)
    }

    /// The entry's message in the locale, filled with `values`, one per parameter in
    /// their order (what `display_in` gives in the library); `None` as for
    /// [`template`](Self::template).
    pub fn message(&self, entry: &Entry, values: &[&str]) -> Option<String> {
        let index = self.catalog.index_of(entry.code)?;
        let value = |i: usize| values.get(i).copied().unwrap_or_default();
        self.translations.message(self.locale?, index, &value)
    }
}

/// The locale `--locale` asks for, of the catalog `--catalog` names: `None` without
/// `--locale`.
///
/// # Errors
///
/// `--locale` without `--catalog` (the built-in catalog ships no translations), or
/// translations with faults.
pub fn locale_view<'c>(
    catalog: &'c Catalog,
    global: &Global,
) -> Result<Option<LocaleView<'c>>, Failure> {
    let Some(tag) = global.locale.as_deref() else {
        return Ok(None);
    };
    let Some(path) = global.catalog.as_deref() else {
        return Err(Failure::usage(
            "--locale needs a catalog with translations (--catalog PATH): the built-in catalog ships none",
        ));
    };
    let display = path.display().to_string();
    let (locales, errors) = zingle_errors_catalog::catalog_locales(catalog, path, &display);
    if let Some(errors) = errors {
        return Err(Failure::failed(format!(
            "the translations of `{display}` have faults (`zingle-errors check` lists them):\n{errors}"
        )));
    }
    // The tool runs once: its tables live as long as it does, as the library's generated
    // ones live as long as a program.
    let tables: Vec<LocaleTable> = locales
        .into_iter()
        .map(|locale| {
            let table = LocaleTexts::new(catalog, &locale.translations);
            LocaleTable {
                tag: leak(locale.tag),
                texts: table.texts.into_iter().map(leak).collect::<Vec<_>>().leak(),
                messages: table.messages.leak(),
                explanations: table.explanations.leak(),
            }
        })
        .collect();
    let translations: &'static Translations = Box::leak(Box::new(Translations::new(
        leak(catalog.default_locale().to_owned()),
        tables.leak(),
    )));
    let locale = translations.negotiate(tag);
    Ok(Some(LocaleView {
        translations,
        locale,
        catalog,
    }))
}

fn leak(text: String) -> &'static str {
    text.leak()
}
