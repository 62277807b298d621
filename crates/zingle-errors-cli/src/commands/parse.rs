//! `parse`: the error in a Zingle response body, explained, with the values of its
//! message's parameters found in its description.

use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value, json};
use zingle_errors::Envelope;
use zingle_errors_catalog::{Catalog, Entry, Names, Piece};
use zingle_errors_core::Split;

use crate::cli::{Global, ParseArgs};
use crate::commands::explain::explain;
use crate::describe::entry_json;
use crate::failure::Failure;
use crate::output::{Report, fields, one_line};
use crate::source;

/// Runs `parse`: the body is read by the library's [`Envelope`], which refuses what
/// every program using the library refuses (a key given twice, a status code sent as a
/// string, a missing `text`), and its description matched by the library's rule.
pub fn run(args: &ParseArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let (body, name) = read(args.file.as_deref())?;
    let response: Envelope<Value> = serde_json::from_str(&body).map_err(|e| {
        Failure::failed(if e.is_syntax() || e.is_eof() {
            format!("{name} is not valid JSON: {e}")
        } else {
            match source::api_name(global.catalog.as_deref(), &catalog) {
                Some(api) => format!("{name} is not a {api} response: {e}"),
                None => format!("{name} is not an error envelope: {e}"),
            }
        })
    })?;
    let status = &response.status;
    // Serializing the library's status cannot fail: its keys are strings.
    let status_json = serde_json::to_value(status).unwrap_or_default();
    if !status.is_error() {
        return Ok(if global.json {
            Report::json(&json!({ "success": true, "status": status_json }))
        } else {
            let line = format!("{} {}", status.status_code, one_line(&status.text));
            Report::text(format!(
                "a success response ({}): no error\n",
                line.trim_end()
            ))
        });
    }
    let description = status.description.as_deref();
    let Some(code) = status.error_code else {
        return Err(Failure::failed(format!(
            "{name}: an error status ({}) with no `error_code`",
            status.status_code
        )));
    };
    let Some(entry) = catalog.get(code) else {
        let retired = catalog.retired().iter().find(|r| r.code == code);
        let what = match retired {
            Some(r) => format!("code {code} ({}) is retired: {}", r.name, r.reason),
            None => format!("code {code} is not in the catalog"),
        };
        return Err(Failure::failed(format!(
            "{what}; the response says: {}",
            one_line(description.unwrap_or("(no description)"))
        )));
    };
    let translations = translations(&catalog, global.catalog.as_deref(), code);
    let recovered = description.and_then(|d| recover(entry, &translations, d));
    let mut notes = Vec::new();
    if status.status_code != entry.status {
        notes.push(format!(
            "the response's status {} is not the catalog's {}",
            status.status_code, entry.status
        ));
    }
    if description.is_some() && recovered.is_none() {
        notes.push("the description does not match the code's message".to_owned());
    }
    let params: Vec<(String, String)> = entry
        .message
        .params()
        .iter()
        .cloned()
        .zip(recovered.clone().unwrap_or_default())
        .collect();
    if global.json {
        let values: Map<String, Value> = params
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        return Ok(Report::json(&json!({
            "success": false,
            "status": status_json,
            // A code without parameters has all its values (none) whatever the text.
            "params": if recovered.is_some() || entry.message.params().is_empty() {
                Value::Object(values)
            } else {
                Value::Null
            },
            "notes": notes,
            "entry": entry_json(&catalog, entry, names),
        })));
    }
    Ok(Report::text(received(
        &catalog,
        entry,
        description,
        &params,
        &notes,
        names,
    )))
}

/// What the response said, then the catalog's explanation of its code.
fn received(
    catalog: &Catalog,
    entry: &Entry,
    description: Option<&str>,
    params: &[(String, String)],
    notes: &[String],
    names: &Names,
) -> String {
    let mut pairs: Vec<(&str, String)> = vec![(
        "description",
        one_line(description.unwrap_or("(none)")).into_owned(),
    )];
    for (key, value) in params {
        pairs.push(("parameter", format!("{key} = {value:?}")));
    }
    for note in notes {
        pairs.push(("note", note.clone()));
    }
    format!(
        "received\n{}\n{}",
        fields(&pairs),
        explain(catalog, entry, None, names)
    )
}

/// The parameters' values in `description`, by the message, else the published text,
/// else each translation: the library's rule, on the catalog loaded at run time.
fn recover(entry: &Entry, translations: &[Vec<Piece>], description: &str) -> Option<Vec<String>> {
    let published = entry.published_pieces();
    let params = entry.message.params().len();
    let spans = zingle_errors_core::recover_localized(
        entry.message.pieces(),
        published.as_deref(),
        translations,
        params,
        description,
        Split::for_code(!entry.sensitive.is_empty()),
    )?;
    (0..params)
        .map(|i| Some(description.get(spans.get(i)?)?.to_owned()))
        .collect()
}

/// The translations of the message of `code` that are text and values alone, in the
/// order of the catalog's locales: what the library's generated tables hold, for a
/// catalog given with `--catalog` (the built-in one ships none).
fn translations(catalog: &Catalog, path: Option<&Path>, code: u16) -> Vec<Vec<Piece>> {
    let Some(path) = path else {
        return Vec::new();
    };
    // Faulty translations are `check`'s to report; what reads is used, as here.
    let (locales, _faults) =
        zingle_errors_catalog::catalog_locales(catalog, path, &path.display().to_string());
    locales
        .iter()
        .filter_map(|locale| locale.pieces(catalog, code))
        .collect()
}

/// The body, and how to name it in messages.
fn read(file: Option<&Path>) -> Result<(String, String), Failure> {
    match file {
        Some(path) if path != Path::new("-") => std::fs::read_to_string(path)
            .map(|body| (body, format!("`{}`", path.display())))
            .map_err(|e| Failure::failed(format!("cannot read `{}`: {e}", path.display()))),
        _ => {
            let mut body = String::new();
            std::io::stdin()
                .read_to_string(&mut body)
                .map_err(|e| Failure::failed(format!("cannot read stdin: {e}")))?;
            Ok((body, "stdin".to_owned()))
        }
    }
}
