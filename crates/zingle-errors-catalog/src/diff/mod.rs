//! What changed between two versions of a catalog, and the semver bump each change needs.
//!
//! The rules are one table, in `rules.rs`, shown on [`ChangeKind`](crate::ChangeKind).

pub use self::shipped::Former;
use crate::Catalog;

mod categories;
mod change;
mod codes;
mod entry;
mod kind;
mod rules;
mod shipped;
#[cfg(test)]
mod tests;
mod version;

pub use change::Change;
pub use kind::ChangeKind;
pub use rules::{ChangeRule, change_rules_text};
pub use version::{Bump, Version, VersionError};

use categories::categories;
use codes::codes;

/// Every change from `old` to `new`: first the categories' (in the new catalog's order,
/// then the removed ones), then the whole catalog's (its name, then its exhaustiveness),
/// then the codes' (ascending by the number they are reported under), each code's
/// changes in the order of [`ChangeKind`]'s variants.
///
/// A code is matched first by number; a code left without a match is matched by name
/// (renumbered). A number kept under another name is a rename, unless the old name went
/// to another number, in which case the old code is that one, renumbered, and this
/// number is a new code. Every number and name the old catalog ships (its codes' names
/// and aliases, its retired codes) belongs to its code: another code that takes it
/// reuses it.
#[must_use]
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    compare(old, &[], new)
}

/// [`diff`], with the names and numbers shipped before `old` that it no longer shows
/// (a lock's history): another code that takes one reuses it.
pub(crate) fn compare(old: &Catalog, former: &[Former], new: &Catalog) -> Vec<Change> {
    let (mut changes, renamed) = categories(old, new);
    changes.extend(renaming(old, new));
    changes.extend(exhaustiveness(old, new));
    changes.extend(settings(old, new));
    changes.extend(codes(old, former, new, &renamed));
    changes
}

/// The rest of the `[catalog]` table changed: the documentation links, the language of
/// the messages, where the translations are.
fn settings(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let doc_url = |c: &Catalog| c.doc_url.as_ref().map(|t| t.source().to_owned());
    let locales = |c: &Catalog| c.locales().map(str::to_owned);
    let mut kinds = Vec::new();
    if doc_url(old) != doc_url(new) {
        kinds.push(ChangeKind::DocUrlChanged {
            old: doc_url(old),
            new: doc_url(new),
        });
    }
    if old.default_locale() != new.default_locale() {
        kinds.push(ChangeKind::DefaultLocaleChanged {
            old: old.default_locale().to_owned(),
            new: new.default_locale().to_owned(),
        });
    }
    if locales(old) != locales(new) {
        kinds.push(ChangeKind::LocalesChanged {
            old: locales(old),
            new: locales(new),
        });
    }
    let name = new.name().unwrap_or("the catalog");
    kinds
        .into_iter()
        .map(|kind| Change {
            code: None,
            name: name.to_owned(),
            kind,
        })
        .collect()
}

/// The catalog's name changed, added or removed: the default names of the error type and
/// its macro, and the prefix of diagnostic codes, with it.
fn renaming(old: &Catalog, new: &Catalog) -> Option<Change> {
    if old.name() == new.name() {
        return None;
    }
    Some(Change {
        code: None,
        name: new
            .name()
            .or(old.name())
            .unwrap_or("the catalog")
            .to_owned(),
        kind: ChangeKind::CatalogRenamed {
            old: old.name().map(str::to_owned),
            new: new.name().map(str::to_owned),
        },
    })
}

/// Whether users may match the code enum exhaustively, changed.
fn exhaustiveness(old: &Catalog, new: &Catalog) -> Option<Change> {
    let kind = match (old.is_exhaustive(), new.is_exhaustive()) {
        (false, true) => ChangeKind::MadeExhaustive,
        (true, false) => ChangeKind::NoLongerExhaustive,
        _ => return None,
    };
    Some(Change {
        code: None,
        name: new.name().unwrap_or("the catalog").to_owned(),
        kind,
    })
}
