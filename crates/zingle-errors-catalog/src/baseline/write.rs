//! Writing a lock: the `[lock]` table and the catalog part, as TOML.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Former, Lock};
use crate::{Catalog, Version};

/// The lock of `catalog` at `version`: a `[lock]` table with the version and the names
/// and numbers shipped before (those of `previous`, the lock recorded last, that
/// `catalog` no longer shows, and its own former ones), then a catalog file of its
/// `[catalog]` name and exhaustiveness, the categories, the codes' numbers, names,
/// categories, messages, statuses, `retryable`, `deprecated` and aliases, and the retired
/// codes.
///
/// ```
/// use zingle_errors_catalog::baseline;
///
/// let catalog = zingle_errors_catalog::parse(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops {id}\"\nexplanation = \"Why\"\n",
///     "codes.toml",
/// )?;
/// let version = "1.0.0".parse().ok();
/// let text = baseline::lock(&catalog, version.as_ref(), None);
/// assert!(text.contains("version = \"1.0.0\""));
/// assert!(text.contains("name = \"Oops\""));
/// assert!(!text.contains("Why"), "explanations are not part of what users depend on");
/// let lock = baseline::read(&text, "codes.lock")?;
/// assert!(baseline::check(&catalog, &lock, version.as_ref()).is_ok());
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[must_use]
pub fn lock(catalog: &Catalog, version: Option<&Version>, previous: Option<&Lock>) -> String {
    let mut out = String::from(
        "# The shipped baseline of the catalog: what users' code and peers depend on.\n\
         # Written by `zingle-errors lock`; checked against the catalog by `zingle-errors lock --check`.\n",
    );
    let former = previous.map(|p| former(catalog, p)).unwrap_or_default();
    if version.is_some() || !former.is_empty() {
        out.push_str("\n[lock]\n");
    }
    if let Some(version) = version {
        out.push_str("# The crate's version when the lock was recorded.\n");
        let _ = writeln!(out, "version = {}", quoted(&version.to_string()));
    }
    if !former.is_empty() {
        out.push_str(
            "# Names and numbers shipped before, which the catalog no longer shows: never used again.\nformer = [\n",
        );
        for f in &former {
            let _ = writeln!(
                out,
                "    {{ code = {}, name = {} }},",
                f.code,
                quoted(&f.name)
            );
        }
        out.push_str("]\n");
    }
    let doc_url = catalog.doc_url.as_ref().map(crate::Template::source);
    let default_locale = catalog.default_locale.as_deref();
    if catalog.name().is_some()
        || catalog.is_exhaustive()
        || doc_url.is_some()
        || default_locale.is_some()
    {
        out.push_str("\n[catalog]\n");
    }
    if let Some(name) = catalog.name() {
        out.push_str(
            "# The default names of the generated items, and the prefix of diagnostic codes.\n",
        );
        let _ = writeln!(out, "name = {}", quoted(name));
    }
    if catalog.is_exhaustive() {
        out.push_str("# Users match the code enum exhaustively.\nexhaustive = true\n");
    }
    if let Some(doc_url) = doc_url {
        out.push_str("# Each code's link, and the `type` of its problem documents.\n");
        let _ = writeln!(out, "doc_url = {}", quoted(doc_url));
    }
    if let Some(tag) = default_locale {
        out.push_str("# The language the messages are written in.\n");
        let _ = writeln!(out, "default_locale = {}", quoted(tag));
    }
    for c in catalog.categories() {
        let _ = write!(
            out,
            "\n[[category]]\nname = {}\ntitle = {}\nrange = [{}, {}]\n",
            quoted(&c.name),
            quoted(&c.title),
            c.first,
            c.last
        );
        if let Some(status) = c.status {
            let _ = writeln!(out, "status = {status}");
        }
    }
    for e in catalog.entries() {
        let _ = write!(
            out,
            "\n[[code]]\ncode = {}\nname = {}\ncategory = {}\nmessage = {}\nstatus = {}\n",
            e.code,
            quoted(&e.name),
            quoted(&catalog.category(e).name),
            quoted(e.message.source()),
            e.status
        );
        if e.retryable {
            out.push_str("retryable = true\n");
        }
        if let Some(note) = &e.deprecated {
            let _ = writeln!(out, "deprecated = {}", quoted(note));
        }
        if !e.aliases.is_empty() {
            let aliases: Vec<String> = e.aliases.iter().map(|a| quoted(a)).collect();
            let _ = writeln!(out, "aliases = [{}]", aliases.join(", "));
        }
        if let Some(published) = &e.published_message {
            let _ = writeln!(out, "published_message = {}", quoted(published));
        }
        if !e.sensitive.is_empty() {
            let sensitive: Vec<String> = e.sensitive.iter().map(|p| quoted(p)).collect();
            let _ = writeln!(out, "sensitive = [{}]", sensitive.join(", "));
        }
    }
    for r in catalog.retired() {
        let _ = write!(
            out,
            "\n[[retired]]\ncode = {}\nname = {}\nreason = {}\n",
            r.code,
            quoted(&r.name),
            quoted(&r.reason)
        );
    }
    out
}

/// Every `(number, name)` a catalog shows: its codes' names and aliases, its retired
/// codes'.
fn shown(catalog: &Catalog) -> BTreeSet<(u16, &str)> {
    let codes = catalog.entries().iter().flat_map(|e| {
        std::iter::once(e.name.as_str())
            .chain(e.aliases.iter().map(String::as_str))
            .map(move |name| (e.code, name))
    });
    let retired = catalog.retired().iter().map(|r| (r.code, r.name.as_str()));
    codes.chain(retired).collect()
}

/// What `previous` shipped (its catalog and its former names) that `catalog` does not
/// show, in order.
fn former(catalog: &Catalog, previous: &Lock) -> Vec<Former> {
    let now = shown(catalog);
    let before = shown(&previous.catalog)
        .into_iter()
        .chain(previous.former.iter().map(|f| (f.code, f.name.as_str())));
    let former: BTreeSet<(u16, &str)> = before.filter(|shipped| !now.contains(shipped)).collect();
    former
        .into_iter()
        .map(|(code, name)| Former {
            code,
            name: name.to_owned(),
        })
        .collect()
}

/// A TOML basic string of `text`.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
