//! `parse`: the error in a Zingle response body, explained, with the values of its
//! message's parameters found in its description.

use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value, json};
use zingle_errors_catalog::{Catalog, Entry, Template};

use crate::cli::ParseArgs;
use crate::commands::explain::explain;
use crate::describe::entry_json;
use crate::failure::Failure;
use crate::output::{Report, fields};
use crate::recover::match_template;
use crate::source;

/// Runs `parse`.
pub fn run(args: &ParseArgs) -> Result<Report, Failure> {
    let catalog = source::catalog(args.catalog.catalog.as_deref())?;
    let (body, name) = read(args.file.as_deref())?;
    let value: Value = serde_json::from_str(&body)
        .map_err(|e| Failure::failed(format!("{name} is not valid JSON: {e}")))?;
    let status = value
        .get("status")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            Failure::failed(format!(
                "{name} is not a Zingle response: it has no `status` object"
            ))
        })?;
    let status_code = status.get("status_code").and_then(Value::as_u64);
    let text = status.get("text").and_then(Value::as_str);
    let description = status.get("description").and_then(Value::as_str);
    let error_code = match status.get("error_code") {
        None | Some(Value::Null) => None,
        Some(v) => Some(error_code(v).ok_or_else(|| {
            Failure::failed(format!(
                "{name}: `error_code` must be a number or a numeric string from 0 to 65535, found {v}"
            ))
        })?),
    };
    let Some(code) = error_code else {
        if status_code.is_some_and(|s| s >= 400) {
            return Err(Failure::failed(format!(
                "{name}: an error status ({}) with no `error_code`",
                status_code.unwrap_or_default()
            )));
        }
        let line = match (status_code, text) {
            (Some(s), Some(t)) => format!("{s} {t}"),
            (Some(s), None) => s.to_string(),
            _ => "no status code".to_owned(),
        };
        return Ok(if args.json.json {
            Report::json(&json!({ "success": true, "status": status }))
        } else {
            Report::text(format!("a success response ({line}): no error\n"))
        });
    };
    let Some(entry) = catalog.get(code) else {
        let retired = catalog.retired().iter().find(|r| r.code == code);
        let what = match retired {
            Some(r) => format!("code {code} ({}) is retired: {}", r.name, r.reason),
            None => format!("code {code} is not in the catalog"),
        };
        return Err(Failure::failed(format!(
            "{what}; the response says: {}",
            description.unwrap_or("(no description)")
        )));
    };
    let recovered = description.and_then(|d| recover(entry, d));
    let mut notes = Vec::new();
    if let Some(s) = status_code.filter(|&s| s != u64::from(entry.status)) {
        notes.push(format!(
            "the response's status {s} is not the catalog's {}",
            entry.status
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
    if args.json.json {
        let values: Map<String, Value> = params
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        return Ok(Report::json(&json!({
            "success": false,
            "status": status,
            "params": if recovered.is_some() { Value::Object(values) } else { Value::Null },
            "notes": notes,
            "entry": entry_json(&catalog, entry),
        })));
    }
    Ok(Report::text(received(
        &catalog,
        entry,
        description,
        &params,
        &notes,
    )))
}

/// What the response said, then the catalog's explanation of its code.
fn received(
    catalog: &Catalog,
    entry: &Entry,
    description: Option<&str>,
    params: &[(String, String)],
    notes: &[String],
) -> String {
    let mut pairs: Vec<(&str, String)> =
        vec![("description", description.unwrap_or("(none)").to_owned())];
    for (key, value) in params {
        pairs.push(("parameter", format!("{key} = {value:?}")));
    }
    for note in notes {
        pairs.push(("note", note.clone()));
    }
    format!(
        "received\n{}\n{}",
        fields(&pairs),
        explain(catalog, entry, None)
    )
}

/// The parameters' values in `description`, by the message, else the published text.
fn recover(entry: &Entry, description: &str) -> Option<Vec<String>> {
    match_template(&entry.message, description).or_else(|| {
        let published = Template::parse(entry.published_message.as_deref()?).ok()?;
        let found = match_template(&published, description)?;
        // The published text's parameters, in the message's order.
        entry
            .message
            .params()
            .iter()
            .map(|p| {
                let i = published.params().iter().position(|q| q == p)?;
                found.get(i).cloned()
            })
            .collect()
    })
}

/// A number, or a string of digits (`"03612"`).
fn error_code(value: &Value) -> Option<u16> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<u64>().ok().and_then(|n| u16::try_from(n).ok())
        }
        _ => None,
    }
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
