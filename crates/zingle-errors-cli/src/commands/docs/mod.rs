//! `docs`: the catalog as a document people read, in Markdown (the published table, then
//! an index by category) or as one HTML page. What both say is derived here, once, as a
//! [`Document`]; each format only writes it.

mod html;
mod markdown;

use zingle_errors_catalog::{Catalog, Entry, Names, Template};

use crate::cli::{DocsArgs, DocsFormat, Global};
use crate::describe::{constructor_call, error_args};
use crate::failure::Failure;
use crate::output::Report;
use crate::{reason, source};

/// Runs `docs`.
pub fn run(args: &DocsArgs, global: &Global) -> Result<Report, Failure> {
    let names = &global.names();
    let catalog = source::catalog(global.catalog.as_deref())?;
    let view = source::locale_view(&catalog, global)?;
    let api = source::api_name(global.catalog.as_deref(), &catalog);
    let document = Document::new(&catalog, api, names, view.as_ref());
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
    /// The language of the document's texts: the locale `--locale` chose, else the
    /// catalog's default.
    lang: &'a str,
    /// The locale `--locale` chose, when it was given.
    locale: Option<&'a str>,
    /// How the first code is named and built in Rust, as an example for every code.
    rust: Option<Rust>,
    /// Every code, in the catalog's order.
    codes: Vec<Code<'a>>,
}

/// One code's entry, with its texts as the document shows them.
struct Code<'a> {
    entry: &'a Entry,
    /// Its message template, each parameter as `{name}`.
    description: Text,
    /// Its explanation, empty when it has none.
    explanation: Text,
    /// Its HTTP status with the reason phrase: `404 Not Found`.
    status: String,
    /// The Rust that builds its error: `ZingleError::invalid_label(correspondent_id)`.
    constructor: String,
}

/// A text of a code, in the document's language or, where the locale asked for leaves it
/// out, in the catalog's default one.
struct Text {
    text: String,
    /// Whether it is the catalog's own text though `--locale` asked for another locale.
    untranslated: bool,
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
    fn new(
        catalog: &'a Catalog,
        api: Option<&'a str>,
        names: &Names,
        view: Option<&'a source::LocaleView>,
    ) -> Self {
        let rust = catalog.entries().first().map(|entry| Rust {
            code: entry.code,
            variant: names.variant_path(&entry.name),
            code_call: names.code_call(entry.code),
            error_call: names.error_call(error_args(entry)),
            constructor: constructor_call(entry, names),
        });
        let codes = catalog
            .entries()
            .iter()
            .map(|entry| Code {
                entry,
                description: localized(view.and_then(|v| v.template(entry)), view, || {
                    text(&entry.message)
                }),
                explanation: localized(view.and_then(|v| v.explanation(entry)), view, || {
                    entry.explanation.clone().unwrap_or_default()
                }),
                status: reason::status_line(entry.status),
                constructor: constructor_call(entry, names),
            })
            .collect();
        Self {
            catalog,
            api,
            lang: match view {
                Some(view) => view.tag(),
                None => catalog.default_locale(),
            },
            locale: view.map(source::LocaleView::tag),
            rust,
            codes,
        }
    }

    /// The codes of the category at `index`, in the catalog's order.
    fn codes_of(&self, index: usize) -> impl Iterator<Item = &Code<'a>> {
        self.codes.iter().filter(move |c| c.entry.category == index)
    }
}

/// The locale's text where it has one, else the catalog's own.
fn localized(
    translated: Option<String>,
    view: Option<&source::LocaleView>,
    own: impl FnOnce() -> String,
) -> Text {
    match translated {
        Some(text) => Text {
            text,
            untranslated: false,
        },
        None => Text {
            text: own(),
            untranslated: view.is_some_and(|v| v.locale.is_some()),
        },
    }
}

/// A template as people read it: literal braces single, parameters as `{name}`.
fn text(template: &Template) -> String {
    let params = template.params();
    template.fill(|i| Some(format!("{{{}}}", params.get(i)?)))
}
