//! `search`: codes whose message, name or explanation hold the query's words, best
//! first, each with why it matched.

use serde_json::json;
use zingle_errors_catalog::{Entry, to_snake_case};

use crate::cli::{Global, SearchArgs};
use crate::describe::entry_json;
use crate::failure::Failure;
use crate::output::{Report, table};
use crate::source;

/// Why a code matched, best first; the number is the score `--help` documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Explanation = 1,
    Name = 2,
    MessageWords = 3,
    Message = 4,
}

impl Match {
    fn label(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::MessageWords => "message words",
            Self::Name => "name",
            Self::Explanation => "explanation",
        }
    }
}

/// Runs `search`.
pub fn run(args: &SearchArgs, global: &Global) -> Result<Report, Failure> {
    let catalog = source::catalog(global.catalog.as_deref())?;
    let names = &global.names(&catalog);
    let query = args.text.join(" ");
    let words = words(&query);
    if words.is_empty() {
        return Err(Failure::usage(format!(
            "`{query}` has no word to search for (letters or digits)"
        )));
    }
    let mut hits: Vec<(Match, usize, &Entry)> = catalog
        .entries()
        .iter()
        .filter_map(|e| {
            let found = score(e, &words)?;
            let extra = self::words(e.message.source())
                .len()
                .saturating_sub(words.len());
            Some((found, extra, e))
        })
        .collect();
    hits.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.code.cmp(&b.2.code))
    });
    if global.json {
        let value = hits
            .iter()
            .map(|(m, _, e)| {
                json!({ "score": *m as u8, "matched": m.label(), "entry": entry_json(&catalog, e, names) })
            })
            .collect();
        return Ok(Report::json(&value).failed_if(hits.is_empty()));
    }
    if hits.is_empty() {
        return Ok(Report::text(format!("no code matches `{query}`\n")).failed_if(true));
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|(m, _, e)| {
            vec![
                e.code.to_string(),
                e.name.clone(),
                m.label().to_owned(),
                e.message.source().to_owned(),
            ]
        })
        .collect();
    Ok(Report::text(table(&rows)))
}

/// The best way `entry` matches the query's words, if any.
fn score(entry: &Entry, query: &[String]) -> Option<Match> {
    let message = words(entry.message.source());
    if message == query {
        return Some(Match::Message);
    }
    if all_in(query, &message) {
        return Some(Match::MessageWords);
    }
    let name = words(&to_snake_case(&entry.name));
    if all_in(query, &name) || entry.name.to_lowercase().contains(&query.concat()) {
        return Some(Match::Name);
    }
    let explanation = words(entry.explanation.as_deref().unwrap_or_default());
    all_in(query, &explanation).then_some(Match::Explanation)
}

/// Whether each query word begins some word of `text`.
fn all_in(query: &[String], text: &[String]) -> bool {
    query
        .iter()
        .all(|q| text.iter().any(|w| w.starts_with(q.as_str())))
}

/// Lowercase words: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
