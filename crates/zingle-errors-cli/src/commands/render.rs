//! `render`: a code's message filled with values, checked by the macro's parameter
//! rule.

use serde_json::json;
use zingle_errors_catalog::check_params;

use crate::cli::{Global, RenderArgs};
use crate::failure::Failure;
use crate::lookup::find_one;
use crate::output::Report;
use crate::source;

/// Runs `render`.
pub fn run(args: &RenderArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let entry = find_one(&catalog, &args.code)?;
    let mut given: Vec<(&str, &str)> = Vec::new();
    for arg in &args.values {
        let Some((key, value)) = arg.split_once('=') else {
            return Err(Failure::usage(format!(
                "`{arg}` is not KEY=VALUE (the message's parameters: {})",
                params_or_none(entry.message.params())
            )));
        };
        given.push((key, value));
    }
    let names: Vec<&str> = given.iter().map(|(k, _)| *k).collect();
    let faults = check_params(entry.code, &entry.name, entry.message.params(), &names);
    if !faults.is_empty() {
        let lines: Vec<String> = faults.iter().map(|(_, f)| f.to_string()).collect();
        return Err(Failure::failed(lines.join("\nerror: ")));
    }
    let values: Vec<&str> = entry
        .message
        .params()
        .iter()
        .map(|p| given.iter().find(|(k, _)| k == p).map_or("", |(_, v)| *v))
        .collect();
    let mut message = entry.message.fill(|i| values.get(i));
    // In the locale `--locale` asks for, as the library's `display_in` shows an error:
    // the default locale's message where the locale does not translate the code.
    let view = source::locale_view(&catalog, global)?;
    let mut locale = None;
    if let Some(view) = &view {
        match view.message(entry, &values) {
            Some(translated) => {
                message = translated;
                locale = Some(view.tag());
            }
            None => locale = Some(view.translations.tag(None)),
        }
    }
    if global.json {
        let mut value = json!({
            "code": entry.code,
            "name": entry.name,
            "message": message,
        });
        if let Some(locale) = locale {
            value["locale"] = json!(locale);
        }
        return Ok(Report::json(&value));
    }
    Ok(Report::text(format!("{message}\n")))
}

fn params_or_none(params: &[String]) -> String {
    if params.is_empty() {
        "none".to_owned()
    } else {
        params.join(", ")
    }
}
