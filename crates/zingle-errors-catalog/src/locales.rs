//! A catalog's translations: one Fluent file per locale (`de.ftl`, `pt-BR.ftl`), each
//! message checked against the code it translates, every fault at the file's own line and
//! column.

mod builder;
mod compile;
mod entries;
mod variables;

use std::collections::HashMap;
use std::path::Path;

use fluent_syntax::ast;

use crate::error::{Error, Errors};
use crate::faults::Faults;
use crate::location::LineIndex;
use crate::{Catalog, Entry, Fault, Location, Translation, suggest};

/// One locale's translations, read and checked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    /// Its BCP 47 tag: the file's name without `.ftl` (`de`, `pt-BR`).
    pub tag: String,
    /// The file, as named in messages.
    pub file: String,
    /// The file's path, as read (empty for a text given to [`check_locale`]).
    pub path: std::path::PathBuf,
    /// Each code it translates, in file order, compiled.
    pub translations: Vec<Translation>,
}

impl Locale {
    /// The codes it translates, in file order.
    pub fn translated(&self) -> impl Iterator<Item = u16> + '_ {
        self.translations.iter().map(|t| t.code)
    }

    /// The pieces by which a description of `code` in the locale gives its values back
    /// ([`Translation::read_back`]), their indices those of the code's parameters: `None`
    /// where the locale does not translate the code, for a translation with a selection,
    /// or one without text to anchor on. What the tool's `parse` reads a description by,
    /// as the generated code reads it by the same translation compiled.
    ///
    /// ```
    /// use zingle_errors_catalog::Piece;
    ///
    /// let catalog = zingle_errors_catalog::parse(
    ///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
    ///      [[code]]\ncode = 1\nname = \"CartNotFound\"\ncategory = \"A\"\nmessage = \"Cart '{cart_id}' not found\"\n\
    ///      [[code]]\ncode = 2\nname = \"ItemsLeft\"\ncategory = \"A\"\nmessage = \"{count} items left\"\n",
    ///     "codes.toml",
    /// )?;
    /// let (de, _) = zingle_errors_catalog::check_locale(
    ///     &catalog,
    ///     "de",
    ///     "cart-not-found = Warenkorb „{ $cart_id }“\n    nicht gefunden\n\
    ///      items-left = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    ///     "locales/de.ftl",
    /// );
    /// let cart = vec![
    ///     Piece::Lit("Warenkorb „".to_owned()),
    ///     Piece::Param(0),
    ///     Piece::Lit("“\nnicht gefunden".to_owned()),
    /// ];
    /// assert_eq!(de.pieces(&catalog, 1), Some(cart));
    /// assert_eq!(de.pieces(&catalog, 2), None);
    /// # Ok::<(), zingle_errors_catalog::Errors>(())
    /// ```
    #[must_use]
    pub fn pieces(&self, catalog: &Catalog, code: u16) -> Option<Vec<crate::Piece>> {
        let translation = self.translations.iter().find(|t| t.code == code)?;
        let params = catalog.get(code).map_or(0, |e| e.message.params().len());
        translation.read_back(params).map(<[_]>::to_vec)
    }
}

use zingle_errors_core::message_id;

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646): a language, then
/// optionally a script, a region, variants, extensions and a private use part (`de`,
/// `pt-BR`, `zh-Hant-TW`, `de-DE-u-co-phonebk`), or a private use tag alone
/// (`x-private`).
///
/// ```
/// use zingle_errors_catalog::is_language_tag;
/// assert!(is_language_tag("pt-BR") && is_language_tag("zh-Hant-TW") && is_language_tag("ar"));
/// assert!(is_language_tag("de-DE-u-co-phonebk") && is_language_tag("x-private"));
/// assert!(!is_language_tag("portuguese") && !is_language_tag("pt_BR") && !is_language_tag(""));
/// ```
#[must_use]
pub fn is_language_tag(tag: &str) -> bool {
    language_tags::LanguageTag::parse(tag).is_ok()
}

/// The ids of the catalog's codes, each with its entry.
fn ids(catalog: &Catalog) -> HashMap<String, &Entry> {
    catalog
        .entries()
        .iter()
        .map(|e| (message_id(&e.name), e))
        .collect()
}

/// Checks the translations of the locale `tag`, whose Fluent text is `source`, against
/// `catalog`; `file` names the file in locations. Every fault is reported: a tag that is
/// no language identifier, Fluent syntax, an id that names no code (with the nearest), an
/// id given twice, a variable that is no parameter of the code (with the nearest, counted
/// in selectors, function arguments and attributes too), a parameter the message leaves
/// out.
///
/// ```
/// let catalog = zingle_errors_catalog::parse(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"InvalidLabel\"\ncategory = \"A\"\nmessage = \"Invalid label '{label_id}'\"\n",
///     "codes.toml",
/// )?;
/// let (locale, errors) = zingle_errors_catalog::check_locale(
///     &catalog, "de", "invalid-label = Ungültiges Label „{ $label_idd }“\n", "locales/de.ftl",
/// );
/// assert_eq!(locale.translated().collect::<Vec<_>>(), [1]);
/// let errors: Vec<String> = errors.iter().flatten().map(|e| e.to_string()).collect();
/// assert_eq!(errors, [
///     "locales/de.ftl:1:1: the translation of 1 (InvalidLabel) leaves out its parameter `$label_id`",
///     "locales/de.ftl:1:37: `$label_idd` is not a parameter of 1 (InvalidLabel); did you mean `$label_id`?; its parameters: label_id",
/// ]);
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[must_use]
pub fn check_locale(
    catalog: &Catalog,
    tag: &str,
    source: &str,
    file: &str,
) -> (Locale, Option<Errors>) {
    check_with(&ids(catalog), tag, source, file)
}

/// [`check_locale`], the catalog's ids made once.
fn check_with(
    ids: &HashMap<String, &Entry>,
    tag: &str,
    source: &str,
    file: &str,
) -> (Locale, Option<Errors>) {
    // A byte order mark is no part of the text (and no column of its first line).
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let index = LineIndex::new(source, file);
    let mut faults = Faults::default();
    if !is_language_tag(tag) {
        faults.push(
            0,
            Fault::InvalidLocaleTag {
                tag: tag.to_owned(),
            },
        );
    }
    // fluent-syntax 0.12 panics on some input (an unfinished `\u` escape before a
    // character of more than one byte): that is a fault of the file too.
    let resource = match std::panic::catch_unwind(|| fluent_syntax::parser::parse(source)) {
        Ok(Ok(resource)) => resource,
        Ok(Err((resource, errors))) => {
            for error in errors {
                faults.push(error.pos.start, Fault::FluentSyntax(error.kind.to_string()));
            }
            resource
        }
        Err(_) => {
            let fault = Fault::FluentSyntax(
                "an escape `\\u` or `\\U` is not followed by 4 or 6 hexadecimal digits".to_owned(),
            );
            faults.push(unfinished_escape(source).unwrap_or(0), fault);
            fluent_syntax::ast::Resource { body: Vec::new() }
        }
    };
    let entries = entries::Entries::new(&resource, source, &index, &mut faults);
    let mut translations = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        // A message given twice, or after a term of its id, is a fault of `entries`.
        if !entries.keeps(message) {
            continue;
        }
        let id = message.id.name;
        let at = offset(source, id);
        let Some(code) = ids.get(id) else {
            let names: Vec<&str> = ids.keys().map(String::as_str).collect();
            let fault = Fault::UnknownMessageId {
                id: id.to_owned(),
                suggestion: suggest(id, names.iter().copied()).map(str::to_owned),
            };
            faults.push(at, fault);
            continue;
        };
        variables::check_message(code, message, source, at, &mut faults);
        let translation =
            compile::Compiler::translation(source, &entries, &mut faults, code, message);
        translations.push(translation);
    }
    let locale = Locale {
        tag: tag.to_owned(),
        file: file.to_owned(),
        path: std::path::PathBuf::new(),
        translations,
    };
    (locale, faults.into_errors(&index))
}

/// Where the first escape `\u` (4 digits) or `\U` (6) is cut short by a character of
/// more than one byte, on which fluent-syntax panics.
fn unfinished_escape(source: &str) -> Option<usize> {
    source.match_indices('\\').find_map(|(at, _)| {
        let rest = &source.as_bytes()[at + 1..];
        let digits = match rest.first()? {
            b'u' => 4,
            b'U' => 6,
            _ => return None,
        };
        let hex = rest[1..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        (hex < digits && rest.get(1 + hex).is_some_and(|b| !b.is_ascii())).then_some(at)
    })
}

/// Where `part`, a slice of `source` that the Fluent parser gave, begins in it.
fn offset(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|&at| at <= source.len())
        .unwrap_or(0)
}

/// Reads and checks every `*.ftl` file of the folder `dir` (named `display` in
/// locations), as [`check_locale`] does, in order of tag; a file that cannot be read, or
/// a folder, is a fault too.
///
/// # Errors
///
/// Every fault of every file (the locales that read are returned all the same).
pub fn load_locales(catalog: &Catalog, dir: &Path, display: &str) -> (Vec<Locale>, Option<Errors>) {
    let mut errors = Vec::new();
    let at_folder = |fault: Fault| Error {
        location: Location {
            path: display.into(),
            line: 1,
            column: 1,
        },
        fault,
    };
    let mut files: Vec<(String, std::path::PathBuf)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .filter_map(|p| Some((p.file_stem()?.to_str()?.to_owned(), p)))
            .collect(),
        Err(e) => {
            errors.push(at_folder(Fault::LocalesUnreadable(e.to_string())));
            Vec::new()
        }
    };
    files.sort();
    let ids = ids(catalog);
    let mut locales: Vec<Locale> = Vec::with_capacity(files.len());
    for (tag, path) in files {
        let file = format!("{}/{tag}.ftl", display.trim_end_matches('/'));
        let at_file = |fault: Fault| Error {
            location: Location {
                path: file.as_str().into(),
                line: 1,
                column: 1,
            },
            fault,
        };
        // Tags are compared without regard to case, as BCP 47 compares them.
        if tag.eq_ignore_ascii_case(catalog.default_locale()) {
            errors.push(at_file(Fault::DefaultLocaleFile { tag }));
            continue;
        }
        if let Some(other) = locales.iter().find(|l| l.tag.eq_ignore_ascii_case(&tag)) {
            let other = other.file.clone();
            errors.push(at_file(Fault::LocaleTagCase { tag, other }));
            continue;
        }
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(e) => {
                errors.push(at_file(Fault::LocalesUnreadable(e.to_string())));
                continue;
            }
        };
        let (mut locale, faults) = check_with(&ids, &tag, &source, &file);
        errors.extend(faults.into_iter().flat_map(|f| f.0));
        locale.path = path;
        locales.push(locale);
    }
    let errors = (!errors.is_empty()).then_some(Errors(errors));
    (locales, errors)
}

/// The locales of `catalog`, read from the file `file` (named `display` in messages):
/// its `[catalog] locales` folder, beside the file, read and checked by [`load_locales`];
/// none when it names none. What the `zingle_errors!` macro and `zingle-errors check`
/// both run.
///
/// # Errors
///
/// Every fault of every locale file.
pub fn catalog_locales(
    catalog: &Catalog,
    file: &Path,
    display: &str,
) -> (Vec<Locale>, Option<Errors>) {
    let Some(folder) = catalog.locales() else {
        return (Vec::new(), None);
    };
    let dir = file.parent().unwrap_or(Path::new("")).join(folder);
    let display = match Path::new(display).parent() {
        Some(parent) if !parent.as_os_str().is_empty() => {
            format!("{}/{folder}", parent.display())
        }
        _ => folder.to_owned(),
    };
    load_locales(catalog, &dir, &display)
}

#[cfg(test)]
mod tests;
