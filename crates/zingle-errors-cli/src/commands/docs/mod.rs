//! `docs`: the catalog as a document people read, in Markdown (the published table, then
//! an index by category) or as one HTML page. What both say is derived here, once, as a
//! [`Document`]; each format only writes it.

mod html;
mod markdown;

use std::borrow::Cow;
use std::path::Path;

use zingle_errors_catalog::{Catalog, Entry, Names, Template};

use crate::cli::{DocsArgs, DocsFormat, Global};
use crate::describe::{constructor_call, error_args};
use crate::failure::Failure;
use crate::output::Report;
use crate::{reason, source};

/// Runs `docs`.
pub fn run(args: &DocsArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let view = source::locale_view(&catalog, global)?;
    let api = source::api_name(global.catalog.as_deref(), &catalog);
    // The file's name only, so that the document is the same wherever it is made.
    let file = global
        .catalog
        .as_deref()
        .and_then(Path::file_name)
        .map_or(Cow::Borrowed("codes.toml"), |name| name.to_string_lossy());
    let document = Document {
        catalog: &catalog,
        api,
        file: &file,
        locale: view.as_ref().map(source::LocaleView::tag),
        view: view.as_ref(),
        names,
        rust: catalog.entries().first().map(|entry| Rust {
            code: entry.code,
            variant: names.variant_path(&entry.name),
            code_call: names.code_call(entry.code),
            error_call: names.error_call(error_args(entry)),
            constructor: constructor_call(entry, names),
        }),
    };
    Ok(Report::text(match args.format {
        DocsFormat::Markdown => markdown::write(&document),
        DocsFormat::Html => html::write(&document),
    }))
}

/// What a document of the catalog says, whatever its format.
struct Document<'a> {
    catalog: &'a Catalog,
    /// What the catalog's API is called in prose ("Zingle"), if it has a name.
    api: Option<&'a str>,
    /// The name of the catalog's file, without its folder: `codes.toml`.
    file: &'a str,
    /// The locale `--locale` chose, when it was given.
    locale: Option<&'a str>,
    /// The locale's texts, when `--locale` was given.
    view: Option<&'a source::LocaleView<'a>>,
    names: &'a Names,
    /// How the first code is named and built in Rust, as an example for every code.
    rust: Option<Rust>,
}

/// One code's entry, with its texts as the document shows them.
struct Code<'a> {
    entry: &'a Entry,
    /// Its message template, each parameter as `{name}`.
    description: Text<'a>,
    /// Its explanation, empty when it has none.
    explanation: Text<'a>,
    /// Its HTTP status with the reason phrase: `404 Not Found`.
    status: String,
    /// The Rust that builds its error: `ZingleError::invalid_label(correspondent_id)`.
    constructor: String,
}

/// A text of a code, in the locale `--locale` chose or, where that locale leaves it out,
/// in the catalog's own language.
struct Text<'a> {
    text: String,
    /// The language it is in: a locale's tag (`pl`), or the catalog's default locale.
    lang: &'a str,
}

/// The Rust of one code, in the names given: `ErrorCode::InvalidLabel`, `code!(3612)`,
/// `zingle_error!(InvalidLabel, correspondent_id = ..)`,
/// `ZingleError::invalid_label(correspondent_id)`.
struct Rust {
    code: u16,
    variant: String,
    code_call: String,
    error_call: String,
    constructor: String,
}

impl<'a> Document<'a> {
    /// Every code, in the catalog's order.
    fn codes(&self) -> impl Iterator<Item = Code<'a>> + '_ {
        self.catalog.entries().iter().map(|entry| self.code(entry))
    }

    /// The codes of the category at `index`, in the catalog's order.
    fn codes_of(&self, index: usize) -> impl Iterator<Item = Code<'a>> + '_ {
        self.catalog.entries_of(index).map(|entry| self.code(entry))
    }

    /// The language of the catalog's own texts: titles, notes, reasons, and the messages
    /// a locale leaves out.
    fn catalog_lang(&self) -> &'a str {
        self.catalog.default_locale()
    }

    /// An entry with its texts.
    fn code(&self, entry: &'a Entry) -> Code<'a> {
        let view = self.view;
        Code {
            entry,
            description: self.localized(view.and_then(|v| v.template(entry)), || {
                text(&entry.message)
            }),
            explanation: self.localized(view.and_then(|v| v.explanation(entry)), || {
                entry.explanation.clone().unwrap_or_default()
            }),
            status: reason::status_line(entry.status),
            constructor: constructor_call(entry, self.names),
        }
    }

    /// The locale's text where it has one, else the catalog's own.
    fn localized(&self, translated: Option<String>, own: impl FnOnce() -> String) -> Text<'a> {
        match translated {
            Some(text) => Text {
                text,
                lang: self.locale.unwrap_or_else(|| self.catalog_lang()),
            },
            None => Text {
                text: own(),
                lang: self.catalog_lang(),
            },
        }
    }
}

/// A template as people read it: literal braces single, parameters as `{name}`.
fn text(template: &Template) -> String {
    let params = template.params();
    template.fill(|i| Some(format!("{{{}}}", params.get(i)?)))
}
