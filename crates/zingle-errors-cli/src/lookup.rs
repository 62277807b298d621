//! Finding codes from what a person types: `3612`, `[3612]`, miette's `zingle::3612`,
//! `InvalidLabel`, `invalid_label`, an old name kept as an alias, or a prefix (`36`,
//! `Contact`).

use zingle_errors_catalog::{Catalog, Entry, Retired, suggest, to_snake_case};

use crate::failure::Failure;

/// What a query names.
#[derive(Debug)]
pub enum Found<'a> {
    /// One code, by its number, name, `snake_case` name or an alias (`Some(alias)`).
    One(&'a Entry, Option<&'a str>),
    /// A code that is no more.
    Retired(&'a Retired),
    /// The codes whose number or name begins with the query, ascending.
    Many(Vec<&'a Entry>),
}

/// The code or codes `query` names.
///
/// # Errors
///
/// A failure naming the query and suggesting the nearest codes or names, when it names
/// nothing.
pub fn find<'a>(catalog: &'a Catalog, query: &str) -> Result<Found<'a>, Failure> {
    let query = query.trim();
    let bare = query
        .strip_prefix('[')
        .and_then(|q| q.strip_suffix(']'))
        .unwrap_or(query)
        .trim();
    let bare = without_catalog_name(catalog, query, bare)?;
    if bare.is_empty() {
        return Err(Failure::usage(match catalog.entries().first() {
            Some(e) => format!(
                "give a code, such as {}, or a name, such as {}",
                e.code, e.name
            ),
            None => "the catalog has no codes".to_owned(),
        }));
    }
    if bare.bytes().all(|b| b.is_ascii_digit()) {
        return by_number(catalog, bare);
    }
    // Hexadecimal, as Windows' `err.exe` takes a code: 0xE1C is 3612.
    if let Some(hex) = bare.strip_prefix("0x").or_else(|| bare.strip_prefix("0X")) {
        let Ok(code) = u16::from_str_radix(hex, 16) else {
            return Err(Failure::failed(format!(
                "`{bare}` is no hexadecimal code from 0x0 to 0xFFFF"
            )));
        };
        // A code exactly: a prefix of the decimal number is no prefix of the hexadecimal.
        return by_code(catalog, code).ok_or_else(|| {
            Failure::failed(format!(
                "no code {code} in the catalog ({bare} read as hexadecimal){}",
                nearest(catalog, code.into())
            ))
        });
    }
    by_name(catalog, bare)
}

/// `bare` without miette's prefix of the catalog's name (`zingle::3612` is 3612 of the
/// catalog named `zingle`), which must be this catalog's.
fn without_catalog_name<'a>(
    catalog: &Catalog,
    query: &str,
    bare: &'a str,
) -> Result<&'a str, Failure> {
    let Some((prefix, rest)) = bare.split_once("::") else {
        return Ok(bare);
    };
    let prefix = prefix.trim();
    match catalog.name() {
        Some(name) if name.eq_ignore_ascii_case(prefix) => Ok(rest.trim()),
        Some(name) => Err(Failure::failed(format!(
            "`{query}` is a code of the catalog `{prefix}`, not of this one (`{name}`): give its catalog with --catalog"
        ))),
        None => Err(Failure::failed(format!(
            "`{query}` is a code of the catalog `{prefix}`, and this catalog has no name (`[catalog] name`): give the code alone"
        ))),
    }
}

/// The one code `query` names; a prefix or a retired code is a failure that says so.
///
/// # Errors
///
/// A failure when the query names no code, a retired one, or several.
pub fn find_one<'a>(catalog: &'a Catalog, query: &str) -> Result<&'a Entry, Failure> {
    match find(catalog, query)? {
        Found::One(entry, _) => Ok(entry),
        Found::Retired(r) => Err(Failure::failed(format!(
            "code {} ({}) is retired: {}",
            r.code, r.name, r.reason
        ))),
        Found::Many(entries) => {
            let list: Vec<String> = entries
                .iter()
                .take(10)
                .map(|e| format!("{} ({})", e.code, e.name))
                .collect();
            let more = entries.len().saturating_sub(list.len());
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            Err(Failure::failed(format!(
                "`{query}` names {} codes, not one: {}{more}",
                entries.len(),
                list.join(", ")
            )))
        }
    }
}

/// The code `code`, or the retired one.
fn by_code(catalog: &Catalog, code: u16) -> Option<Found<'_>> {
    if let Some(entry) = catalog.get(code) {
        return Some(Found::One(entry, None));
    }
    let retired = catalog.retired().iter().find(|r| r.code == code);
    retired.map(Found::Retired)
}

fn by_number<'a>(catalog: &'a Catalog, digits: &str) -> Result<Found<'a>, Failure> {
    if let Some(found) = digits
        .parse::<u16>()
        .ok()
        .and_then(|code| by_code(catalog, code))
    {
        return Ok(found);
    }
    let matches: Vec<&Entry> = catalog
        .entries()
        .iter()
        .filter(|e| e.code.to_string().starts_with(digits))
        .collect();
    if !matches.is_empty() {
        return Ok(Found::Many(matches));
    }
    Err(Failure::failed(format!(
        "no code {digits} in the catalog{}",
        nearest(catalog, digits.parse::<u32>().unwrap_or(u32::MAX))
    )))
}

/// `; nearest: ` and the codes just below and just above `code`, as a failure ends;
/// nothing for a catalog without codes.
fn nearest(catalog: &Catalog, code: u32) -> String {
    let entries = catalog.entries();
    let above = entries.partition_point(|e| u32::from(e.code) < code);
    let near: Vec<String> = [above.checked_sub(1), Some(above)]
        .into_iter()
        .flatten()
        .filter_map(|i| entries.get(i))
        .map(|entry| format!("{} ({})", entry.code, entry.name))
        .collect();
    if near.is_empty() {
        String::new()
    } else {
        format!("; nearest: {}", near.join(", "))
    }
}

fn by_name<'a>(catalog: &'a Catalog, name: &str) -> Result<Found<'a>, Failure> {
    let entries = catalog.entries();
    let folded = fold(name);
    if let Some(entry) = entries.iter().find(|e| e.name == name) {
        return Ok(Found::One(entry, None));
    }
    if let Some(entry) = entries.iter().find(|e| fold(&e.name) == folded) {
        return Ok(Found::One(entry, None));
    }
    for entry in entries {
        if let Some(alias) = entry.aliases.iter().find(|a| fold(a) == folded) {
            return Ok(Found::One(entry, Some(alias.as_str())));
        }
    }
    if let Some(r) = catalog.retired().iter().find(|r| fold(&r.name) == folded) {
        return Ok(Found::Retired(r));
    }
    let matches: Vec<&Entry> = entries
        .iter()
        .filter(|e| fold(&e.name).starts_with(&folded))
        .collect();
    if !matches.is_empty() {
        return Ok(Found::Many(matches));
    }
    let snake: Vec<String> = entries.iter().map(|e| to_snake_case(&e.name)).collect();
    let candidates = entries
        .iter()
        .map(|e| e.name.as_str())
        .chain(snake.iter().map(String::as_str));
    let hint = suggest(name, candidates)
        .and_then(|s| {
            let folded = fold(s);
            entries.iter().find(|e| fold(&e.name) == folded)
        })
        .map(|e| format!("; did you mean `{}` ({})?", e.name, e.code))
        .unwrap_or_default();
    Err(Failure::failed(format!(
        "no code named `{name}` in the catalog{hint}"
    )))
}

/// A name with case and underscores ignored: `invalid_label` and `InvalidLabel` fold
/// alike.
fn fold(name: &str) -> String {
    name.chars()
        .filter(|&c| c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
