//! What changed between two versions of a catalog, and the semver bump each change needs.
//!
//! The rules are one table, in `rules.rs`, shown on [`ChangeKind`](crate::ChangeKind).

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::baseline::Former;
use crate::{Catalog, Entry};

mod kind;
mod rules;
#[cfg(test)]
mod tests;
mod version;

pub use kind::ChangeKind;
pub use rules::{ChangeRule, change_rules_text};
pub use version::{Bump, Version, VersionError};

/// One change between two catalogs: what it is about and what it is.
///
/// ```
/// use zingle_errors_catalog::{ChangeKind, diff, parse};
///
/// let head = "[[category]]\nname = \"Labels\"\ntitle = \"Labels\"\nrange = [3400, 3499]\nstatus = 400\n";
/// let old = parse(&format!("{head}[[code]]\ncode = 3400\nname = \"LabelNotFound\"\n\
///     category = \"Labels\"\nmessage = \"Label '{{label_id}}' not found\"\n"), "old.toml")?;
/// let new = parse(&format!("{head}[[code]]\ncode = 3400\nname = \"LabelNotFound\"\n\
///     category = \"Labels\"\nmessage = \"No label '{{id}}'\"\n"), "new.toml")?;
///
/// let changes = diff(&old, &new);
/// assert_eq!(changes.len(), 2);
/// assert!(matches!(&changes[0].kind, ChangeKind::ParamRenamed { old, new } if old == "label_id" && new == "id"));
/// assert!(changes[0].is_breaking());
/// assert!(matches!(changes[1].kind, ChangeKind::MessageChanged { .. }));
/// assert!(!changes[1].is_breaking());
/// assert_eq!(changes[0].to_string(), "3400 LabelNotFound: parameter `label_id` renamed to `id`");
/// # Ok::<(), zingle_errors_catalog::Errors>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    /// The code the change is about: its number in the new catalog, or in the old one
    /// when it was removed; `None` for a change of a category.
    pub code: Option<u16>,
    /// The code's name in the new catalog (in the old one when it was removed), or the
    /// category's name.
    pub name: String,
    /// What changed.
    pub kind: ChangeKind,
}

impl Change {
    /// The change's row of the table of change kinds: see [`ChangeKind::rule`].
    #[must_use]
    pub fn rule(&self) -> &'static ChangeRule {
        self.kind.rule()
    }

    /// The semver bump the change needs: see [`ChangeKind::bump`].
    #[must_use]
    pub fn bump(&self) -> Bump {
        self.kind.bump()
    }

    /// Whether the change breaks a user: see [`ChangeKind::is_breaking`].
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        self.kind.is_breaking()
    }
}

/// `3400 LabelNotFound: parameter `label_id` renamed to `id``, or
/// `category Labels: category added`.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(f, "{code} {}: {}", self.name, self.kind),
            None => write!(f, "category {}: {}", self.name, self.kind),
        }
    }
}

/// Every change from `old` to `new`: first the categories' (in the new catalog's order,
/// then the removed ones), then the codes' (ascending by the number they are reported
/// under), each code's changes in the order of [`ChangeKind`]'s variants.
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
    changes.extend(exhaustiveness(old, new));
    changes.extend(codes(old, former, new, &renamed));
    changes
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

/// The categories' changes, and the new name of each renamed category by its old one.
fn categories<'a>(old: &'a Catalog, new: &'a Catalog) -> (Vec<Change>, HashMap<&'a str, &'a str>) {
    let old_names: HashMap<&str, usize> = old
        .categories()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.as_str(), i))
        .collect();
    let old_ranges: HashMap<(u16, u16), usize> = old
        .categories()
        .iter()
        .enumerate()
        .map(|(i, c)| ((c.first, c.last), i))
        .collect();
    let new_names: HashSet<&str> = new.categories().iter().map(|c| c.name.as_str()).collect();
    let mut matched = HashSet::new();
    let mut renamed = HashMap::new();
    let mut changes = Vec::new();
    for category in new.categories() {
        let change = |kind| Change {
            code: None,
            name: category.name.clone(),
            kind,
        };
        if let Some(&i) = old_names.get(category.name.as_str()) {
            matched.insert(i);
        } else if let Some(&i) = old_ranges
            .get(&(category.first, category.last))
            .filter(|&&i| !new_names.contains(old.categories()[i].name.as_str()))
        {
            matched.insert(i);
            renamed.insert(old.categories()[i].name.as_str(), category.name.as_str());
            changes.push(change(ChangeKind::CategoryRenamed {
                old: old.categories()[i].name.clone(),
            }));
        } else {
            changes.push(change(ChangeKind::CategoryAdded));
        }
    }
    for (i, category) in old.categories().iter().enumerate() {
        if !matched.contains(&i) {
            changes.push(Change {
                code: None,
                name: category.name.clone(),
                kind: ChangeKind::CategoryRemoved,
            });
        }
    }
    (changes, renamed)
}

fn codes(
    old: &Catalog,
    former: &[Former],
    new: &Catalog,
    renamed: &HashMap<&str, &str>,
) -> Vec<Change> {
    let old_by_name: HashMap<&str, &Entry> =
        old.entries().iter().map(|e| (e.name.as_str(), e)).collect();
    let new_by_name: HashMap<&str, &Entry> =
        new.entries().iter().map(|e| (e.name.as_str(), e)).collect();
    let mut pairs: Vec<(Option<&Entry>, Option<&Entry>)> = Vec::new();
    let mut old_matched: HashSet<u16> = HashSet::new();
    for entry in new.entries() {
        // The old code of this name, if it has another number, is this one renumbered;
        // otherwise the old code of this number, if it is not kept elsewhere, is this
        // one (renamed or not).
        let by_name = old_by_name
            .get(entry.name.as_str())
            .copied()
            .filter(|o| o.code != entry.code);
        let by_number = old
            .get(entry.code)
            .filter(|o| o.name == entry.name || !new_by_name.contains_key(o.name.as_str()));
        match by_name.or(by_number) {
            Some(o) => {
                old_matched.insert(o.code);
                pairs.push((Some(o), Some(entry)));
            }
            None => pairs.push((None, Some(entry))),
        }
    }
    for entry in old.entries() {
        if !old_matched.contains(&entry.code) {
            pairs.push((Some(entry), None));
        }
    }
    let retired: HashMap<u16, &str> = new
        .retired()
        .iter()
        .map(|r| (r.code, r.reason.as_str()))
        .collect();
    let was_retired: HashMap<u16, &crate::Retired> =
        old.retired().iter().map(|r| (r.code, r)).collect();
    let shipped = Shipped::of(old, former);
    let mut changes = Vec::new();
    let mut restored = HashSet::new();
    for pair in pairs {
        let change = |e: &Entry, kind| Change {
            code: Some(e.code),
            name: e.name.clone(),
            kind,
        };
        match pair {
            (Some(o), Some(n)) => {
                let own = shipped.own(o.code, &o.name, &o.aliases);
                changes.extend(shipped.reused(n, &own).map(|k| change(n, k)));
                changes.extend(entry_changes(old, o, new, n, renamed));
            }
            (None, Some(n)) => {
                let back = was_retired.get(&n.code).filter(|r| r.name == n.name);
                let own = match back {
                    Some(r) => {
                        restored.insert(r.code);
                        changes.push(change(n, ChangeKind::Restored));
                        shipped.own(r.code, &r.name, &[])
                    }
                    None => {
                        let added = if old.is_exhaustive() && new.is_exhaustive() {
                            ChangeKind::AddedToExhaustive
                        } else {
                            ChangeKind::Added
                        };
                        changes.push(change(n, added));
                        HashSet::new()
                    }
                };
                changes.extend(shipped.reused(n, &own).map(|k| change(n, k)));
            }
            (Some(o), None) => changes.push(change(
                o,
                match retired.get(&o.code) {
                    Some(reason) => ChangeKind::Retired {
                        reason: (*reason).to_owned(),
                    },
                    None => ChangeKind::Removed,
                },
            )),
            (None, None) => {}
        }
    }
    for r in old.retired() {
        if !retired.contains_key(&r.code) && !restored.contains(&r.code) {
            changes.push(Change {
                code: Some(r.code),
                name: r.name.clone(),
                kind: ChangeKind::RetiredDropped {
                    reason: r.reason.clone(),
                },
            });
        }
    }
    // Stable: each code's changes keep their order.
    changes.sort_by_key(|c| c.code);
    changes
}

/// Every number and name a catalog has shipped, with what it was shipped as: its codes'
/// numbers, names and aliases, its retired codes', and those of its history.
struct Shipped<'a> {
    /// Each number, and the name it was shipped under (a code's, before a former one's).
    numbers: HashMap<u16, &'a str>,
    /// Each name or alias, and the number it was shipped under.
    names: HashMap<&'a str, u16>,
    /// The former names of each number.
    former: HashMap<u16, Vec<&'a str>>,
}

impl<'a> Shipped<'a> {
    fn of(catalog: &'a Catalog, former: &'a [Former]) -> Self {
        let mut shipped = Self {
            numbers: HashMap::new(),
            names: HashMap::new(),
            former: HashMap::new(),
        };
        let codes = catalog
            .entries()
            .iter()
            .map(|e| (e.code, &e.name, &e.aliases[..]));
        let retired = catalog.retired().iter().map(|r| (r.code, &r.name, &[][..]));
        let history = former.iter().map(|f| (f.code, &f.name, &[][..]));
        for (code, name, aliases) in codes.chain(retired).chain(history) {
            shipped.numbers.entry(code).or_insert(name);
            for name in std::iter::once(name).chain(aliases) {
                shipped.names.entry(name).or_insert(code);
            }
        }
        for f in former {
            shipped.former.entry(f.code).or_default().push(&f.name);
        }
        shipped
    }

    /// The number and names that are a code's own: its number, name and aliases as
    /// shipped, and the former names of its number.
    fn own(&self, code: u16, name: &'a str, aliases: &'a [String]) -> HashSet<&'a str> {
        let mut own: HashSet<&str> = aliases.iter().map(String::as_str).collect();
        own.insert(name);
        own.extend(self.former.get(&code).into_iter().flatten().copied());
        own
    }

    /// What `entry` takes that another code shipped: its number, unless one of `own`
    /// names was shipped under it; its name and aliases that are not among `own`.
    fn reused<'e>(
        &'e self,
        entry: &'e Entry,
        own: &'e HashSet<&'a str>,
    ) -> impl Iterator<Item = ChangeKind> + 'e {
        let number = self
            .numbers
            .get(&entry.code)
            .filter(|was| !own.contains(**was))
            .map(|was| ChangeKind::NumberReused {
                was: (*was).to_owned(),
            });
        let names = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .filter(|name| !own.contains(name.as_str()))
            .filter_map(|name| {
                let was = *self.names.get(name.as_str())?;
                Some(ChangeKind::NameReused {
                    name: name.clone(),
                    was,
                })
            });
        number.into_iter().chain(names)
    }
}

fn entry_changes(
    old: &Catalog,
    o: &Entry,
    new: &Catalog,
    n: &Entry,
    renamed: &HashMap<&str, &str>,
) -> Vec<Change> {
    let mut kinds = Vec::new();
    if o.code != n.code {
        kinds.push(ChangeKind::Renumbered { old: o.code });
    }
    if o.name != n.name {
        kinds.push(ChangeKind::Renamed {
            old: o.name.clone(),
            alias_kept: n.aliases.contains(&o.name),
        });
    }
    for alias in &o.aliases {
        if *alias != n.name && !n.aliases.contains(alias) {
            kinds.push(ChangeKind::AliasRemoved {
                alias: alias.clone(),
            });
        }
    }
    kinds.extend(param_changes(o.message.params(), n.message.params()));
    if o.status != n.status {
        kinds.push(ChangeKind::StatusChanged {
            old: o.status,
            new: n.status,
        });
    }
    if o.message.source() != n.message.source() {
        kinds.push(ChangeKind::MessageChanged {
            old: o.message.source().to_owned(),
            new: n.message.source().to_owned(),
        });
    }
    if o.explanation != n.explanation {
        kinds.push(ChangeKind::ExplanationChanged {
            old: o.explanation.clone(),
            new: n.explanation.clone(),
        });
    }
    // A code of a renamed category stays in it.
    let old_category = old.category(o).name.as_str();
    let new_category = new.category(n).name.as_str();
    if renamed.get(old_category).copied().unwrap_or(old_category) != new_category {
        kinds.push(ChangeKind::Recategorized {
            old: old_category.to_owned(),
            new: new_category.to_owned(),
        });
    }
    if o.deprecated != n.deprecated {
        kinds.push(ChangeKind::DeprecationChanged {
            new: n.deprecated.clone(),
        });
    }
    if o.retryable != n.retryable {
        kinds.push(ChangeKind::RetryableChanged { new: n.retryable });
    }
    if o.since != n.since {
        kinds.push(ChangeKind::SinceChanged {
            old: o.since.clone(),
            new: n.since.clone(),
        });
    }
    kinds
        .into_iter()
        .map(|kind| Change {
            code: Some(n.code),
            name: n.name.clone(),
            kind,
        })
        .collect()
}

/// Parameters lost and gained, paired in order of appearance as renames, the rest
/// added or removed; or, with the same parameters, a new order.
fn param_changes(old: &[String], new: &[String]) -> Vec<ChangeKind> {
    let old_set: HashSet<&str> = old.iter().map(String::as_str).collect();
    let new_set: HashSet<&str> = new.iter().map(String::as_str).collect();
    let removed: Vec<&String> = old
        .iter()
        .filter(|p| !new_set.contains(p.as_str()))
        .collect();
    let added: Vec<&String> = new
        .iter()
        .filter(|p| !old_set.contains(p.as_str()))
        .collect();
    if removed.is_empty() && added.is_empty() {
        return if old == new {
            Vec::new()
        } else {
            vec![ChangeKind::ParamsReordered {
                old: old.to_vec(),
                new: new.to_vec(),
            }]
        };
    }
    let renamed = removed.len().min(added.len());
    let mut kinds: Vec<ChangeKind> = removed
        .iter()
        .zip(&added)
        .map(|(o, n)| ChangeKind::ParamRenamed {
            old: (*o).clone(),
            new: (*n).clone(),
        })
        .collect();
    kinds.extend(added[renamed..].iter().map(|p| ChangeKind::ParamAdded {
        param: (*p).clone(),
    }));
    kinds.extend(removed[renamed..].iter().map(|p| ChangeKind::ParamRemoved {
        param: (*p).clone(),
    }));
    kinds
}
