//! Where the catalog comes from: the Zingle catalog compiled in, or a file.

use std::path::Path;
use zingle_errors_core::counted;

use zingle_errors_catalog::{Catalog, Entry, LoadError, message_id};

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
/// library's translations of the catalog, and the locale that serves the tag best.
pub struct LocaleView {
    /// The catalog's translations, as the library formats them.
    pub translations: &'static zingle_errors::__private::Translations,
    /// The locale serving the tag (`None`: the default locale's, the catalog's own
    /// messages).
    pub locale: Option<usize>,
}

impl LocaleView {
    /// The tag of the locale shown.
    pub fn tag(&self) -> &'static str {
        self.translations.tag(self.locale)
    }

    /// The entry's message template in the locale, each parameter as `{name}` (what
    /// `message_in` gives in the library); `None` for the default locale, or where the
    /// locale does not translate the code.
    pub fn template(&self, entry: &Entry) -> Option<String> {
        let params: Vec<&str> = entry.message.params().iter().map(String::as_str).collect();
        let id = message_id(&entry.name);
        self.translations.template(self.locale?, &id, &params)
    }

    /// The entry's explanation in the locale; `None` as for [`template`](Self::template).
    pub fn explanation(&self, entry: &Entry) -> Option<String> {
        let id = message_id(&entry.name);
        self.translations
            .format(self.locale?, &id, Some("explanation"), &[])
    }

    /// The entry's message in the locale, filled with `values` (what `display_in` gives
    /// in the library); `None` as for [`template`](Self::template).
    pub fn message(&self, entry: &Entry, values: &[(&str, &str)]) -> Option<String> {
        let id = message_id(&entry.name);
        self.translations.format(self.locale?, &id, None, values)
    }
}

/// The locale `--locale` asks for, of the catalog `--catalog` names: `None` without
/// `--locale`.
///
/// # Errors
///
/// `--locale` without `--catalog` (the built-in catalog ships no translations), or
/// translations with faults.
pub fn locale_view(catalog: &Catalog, global: &Global) -> Result<Option<LocaleView>, Failure> {
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
    // The tool runs once: its translations live as long as it does, as the library's
    // generated ones live as long as a program.
    let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
    let default = leak(catalog.default_locale().to_owned());
    let sources: Vec<(&'static str, &'static str)> = locales
        .into_iter()
        .map(|l| (leak(l.tag), leak(l.source)))
        .collect();
    let translations = Box::leak(Box::new(zingle_errors::__private::Translations::new(
        default,
        Box::leak(sources.into_boxed_slice()),
    )));
    let locale = translations.negotiate(tag);
    Ok(Some(LocaleView {
        translations,
        locale,
    }))
}
