//! The shipped baseline of a catalog (`codes.lock`): every code, name, parameter list and
//! status a crate has shipped, so that a check finds what a change would break (a code
//! removed, renumbered or renamed by accident) and says how to evolve the catalog instead.
//!
//! The lock is itself a catalog file, holding what users depend on (no explanations), so
//! it is read with the same parser and compared with [`diff`].

use std::fmt::Write as _;

use crate::{Catalog, Change, diff};

/// The lock of `catalog`: a catalog file of its categories, its codes' numbers, names,
/// categories, messages, statuses and former names, and its retired codes.
///
/// ```
/// let catalog = zingle_errors_catalog::parse(
///     "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 9]\nstatus = 400\n\
///      [[code]]\ncode = 1\nname = \"Oops\"\ncategory = \"A\"\nmessage = \"Oops {id}\"\nexplanation = \"Why\"\n",
///     "codes.toml",
/// )?;
/// let lock = zingle_errors_catalog::baseline::lock(&catalog);
/// assert!(lock.contains("name = \"Oops\""));
/// assert!(!lock.contains("Why"), "explanations are not part of what users depend on");
/// let locked = zingle_errors_catalog::parse(&lock, "codes.lock")?;
/// assert!(zingle_errors_catalog::baseline::check(&catalog, &locked).is_ok());
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[must_use]
pub fn lock(catalog: &Catalog) -> String {
    let mut out = String::from(
        "# The shipped baseline of the catalog: what users' code and peers depend on.\n\
         # Written by `zingle-errors lock`; checked against the catalog by `zingle-errors lock --check`.\n",
    );
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
        if !e.aliases.is_empty() {
            let aliases: Vec<String> = e.aliases.iter().map(|a| quoted(a)).collect();
            let _ = writeln!(out, "aliases = [{}]", aliases.join(", "));
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

/// A change that breaks what the lock says was shipped, and how to make it safely.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Break {
    /// The change.
    pub change: Change,
    /// How to evolve the catalog instead: the `fix` of the change's row of the table on
    /// [`ChangeKind`](crate::ChangeKind).
    pub fix: &'static str,
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.change, self.fix)
    }
}

/// Checks `catalog` against its shipped baseline `locked`: every breaking change is a
/// break, as [`diff`] judges it (retiring a code too: its variant is gone). A break made
/// on purpose, in a breaking (major) version, passes once the lock is recorded again.
///
/// # Errors
///
/// Every break, each with how to evolve the catalog instead.
pub fn check(catalog: &Catalog, locked: &Catalog) -> Result<(), Vec<Break>> {
    let breaks: Vec<Break> = diff(locked, catalog)
        .into_iter()
        .filter_map(|change| {
            let rule = change.rule();
            // Every breaking row has a fix; the table's tests say so.
            rule.breaking.then(|| Break {
                fix: rule.fix.unwrap_or_default(),
                change,
            })
        })
        .collect();
    if breaks.is_empty() {
        Ok(())
    } else {
        Err(breaks)
    }
}
