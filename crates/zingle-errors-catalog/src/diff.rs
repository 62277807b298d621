//! What changed between two versions of a catalog, and which changes break a user.
//!
//! The rules are on [`ChangeKind`](crate::ChangeKind).

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::{Catalog, Entry};

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

/// What changed about a code or a category.
///
/// A user of a catalog writes Rust against the generated code (`ErrorCode::InvalidLabel`,
/// `ZingleError::invalid_label(id)`, `Category::Labels`) and reads and writes the wire
/// (`error_code` 3612, HTTP 400). A change is *breaking* when code or a peer that worked
/// with the old catalog may fail with the new one:
///
/// | change | breaking | why |
/// | --- | --- | --- |
/// | a code removed or retired | yes | its variant and constructor are gone; peers may still send it |
/// | a code renumbered (same name, another number) | yes | the wire number changes |
/// | a code renamed (same number, another name) | yes | its variant and constructor change name |
/// | an alias removed | yes | code that names it stops compiling |
/// | a parameter added, removed or renamed | yes | the constructor's arguments change |
/// | the parameters reordered | yes | the constructor's arguments are positional |
/// | an HTTP status changed | yes | clients branch on it |
/// | a category removed or renamed | yes | its `Category` variant is gone |
/// | a code renamed, the old name kept in `aliases` | no | the old name still works, deprecated |
/// | a code deprecated, or no longer | no | a warning, not a failure |
/// | a code added, a category added | no | |
/// | a message reworded, same parameters | no | |
/// | an explanation added, changed or removed | no | |
/// | a code moved to another category | no | only `category()` answers otherwise |
/// | `retryable` changed | no | only `is_retryable()` answers otherwise |
///
/// Codes are matched by number, then the codes left on either side by name (a renumbered
/// code), through hash maps: the time is linear in the size of the catalogs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    /// A code the old catalog does not have.
    Added,
    /// A code the new catalog does not have, by number or by name.
    Removed,
    /// A code the new catalog does not have, and lists among its `[[retired]]`.
    Retired {
        /// Why, as the new catalog says.
        reason: String,
    },
    /// The same name under another number.
    Renumbered {
        /// The number in the old catalog.
        old: u16,
    },
    /// The same number under another name.
    Renamed {
        /// The name in the old catalog.
        old: String,
        /// Whether the new catalog keeps the old name among the code's `aliases`, where
        /// it still works, deprecated.
        alias_kept: bool,
    },
    /// An alias of the old catalog's code that the new one neither keeps nor uses as the
    /// name.
    AliasRemoved {
        /// The alias.
        alias: String,
    },
    /// A parameter the old message does not have.
    ParamAdded {
        /// Its name.
        param: String,
    },
    /// A parameter the new message does not have.
    ParamRemoved {
        /// Its name.
        param: String,
    },
    /// A parameter under another name: the old and new messages each lose and gain
    /// parameters, paired in order of appearance.
    ParamRenamed {
        /// The name in the old message.
        old: String,
        /// The name in the new message.
        new: String,
    },
    /// The same parameters in another order: the constructor's arguments move.
    ParamsReordered {
        /// The old order.
        old: Vec<String>,
        /// The new order.
        new: Vec<String>,
    },
    /// Another HTTP status.
    StatusChanged {
        /// The old status.
        old: u16,
        /// The new status.
        new: u16,
    },
    /// Another message text (its parameters' changes are reported apart).
    MessageChanged {
        /// The old template, as written.
        old: String,
        /// The new template, as written.
        new: String,
    },
    /// An explanation added, changed or removed.
    ExplanationChanged {
        /// The old explanation, if any.
        old: Option<String>,
        /// The new explanation, if any.
        new: Option<String>,
    },
    /// The code is in another category.
    Recategorized {
        /// The old category's name.
        old: String,
        /// The new category's name.
        new: String,
    },
    /// The code deprecated, its note changed, or no longer deprecated.
    DeprecationChanged {
        /// The new note, or `None` when the code is no longer deprecated.
        new: Option<String>,
    },
    /// `retryable` changed.
    RetryableChanged {
        /// The new value.
        new: bool,
    },
    /// A category the old catalog does not have.
    CategoryAdded,
    /// A category the new catalog does not have, by name or by range.
    CategoryRemoved,
    /// The same range of codes under another category name.
    CategoryRenamed {
        /// The name in the old catalog.
        old: String,
    },
}

impl ChangeKind {
    /// Whether code or a peer that worked with the old catalog may fail with the new one:
    /// see the table on [`ChangeKind`].
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        match self {
            Self::Renamed { alias_kept, .. } => !alias_kept,
            Self::Removed
            | Self::Retired { .. }
            | Self::Renumbered { .. }
            | Self::AliasRemoved { .. }
            | Self::ParamAdded { .. }
            | Self::ParamRemoved { .. }
            | Self::ParamRenamed { .. }
            | Self::ParamsReordered { .. }
            | Self::StatusChanged { .. }
            | Self::CategoryRemoved
            | Self::CategoryRenamed { .. } => true,
            Self::Added
            | Self::MessageChanged { .. }
            | Self::ExplanationChanged { .. }
            | Self::Recategorized { .. }
            | Self::DeprecationChanged { .. }
            | Self::RetryableChanged { .. }
            | Self::CategoryAdded => false,
        }
    }
}

impl Change {
    /// Whether the change breaks a user: see [`ChangeKind::is_breaking`].
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        self.kind.is_breaking()
    }
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Added => f.write_str("added"),
            Self::Removed => f.write_str("removed"),
            Self::Retired { reason } => write!(f, "retired: {reason}"),
            Self::Renumbered { old } => write!(f, "renumbered from {old}"),
            Self::Renamed {
                old,
                alias_kept: false,
            } => write!(f, "renamed from {old}"),
            Self::Renamed {
                old,
                alias_kept: true,
            } => write!(f, "renamed from {old}, kept as an alias"),
            Self::AliasRemoved { alias } => write!(f, "alias {alias} removed"),
            Self::ParamAdded { param } => write!(f, "parameter `{param}` added"),
            Self::ParamRemoved { param } => write!(f, "parameter `{param}` removed"),
            Self::ParamRenamed { old, new } => {
                write!(f, "parameter `{old}` renamed to `{new}`")
            }
            Self::ParamsReordered { old, new } => write!(
                f,
                "parameters reordered from ({}) to ({})",
                old.join(", "),
                new.join(", ")
            ),
            Self::StatusChanged { old, new } => write!(f, "HTTP status {old} -> {new}"),
            Self::MessageChanged { old, new } => write!(f, "message {old:?} -> {new:?}"),
            Self::ExplanationChanged { old: None, .. } => f.write_str("explanation added"),
            Self::ExplanationChanged { new: None, .. } => f.write_str("explanation removed"),
            Self::ExplanationChanged { .. } => f.write_str("explanation changed"),
            Self::Recategorized { old, new } => write!(f, "category {old} -> {new}"),
            Self::DeprecationChanged { new: Some(note) } => write!(f, "deprecated: {note}"),
            Self::DeprecationChanged { new: None } => f.write_str("no longer deprecated"),
            Self::RetryableChanged { new: true } => f.write_str("now retryable"),
            Self::RetryableChanged { new: false } => f.write_str("no longer retryable"),
            Self::CategoryAdded => f.write_str("category added"),
            Self::CategoryRemoved => f.write_str("category removed"),
            Self::CategoryRenamed { old } => write!(f, "category renamed from {old}"),
        }
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
/// number is a new code.
#[must_use]
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let (mut changes, renamed) = categories(old, new);
    changes.extend(codes(old, new, &renamed));
    changes
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

fn codes(old: &Catalog, new: &Catalog, renamed: &HashMap<&str, &str>) -> Vec<Change> {
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
    let mut changes = Vec::new();
    for pair in pairs {
        match pair {
            (Some(o), Some(n)) => changes.extend(entry_changes(old, o, new, n, renamed)),
            (None, Some(n)) => changes.push(Change {
                code: Some(n.code),
                name: n.name.clone(),
                kind: ChangeKind::Added,
            }),
            (Some(o), None) => changes.push(Change {
                code: Some(o.code),
                name: o.name.clone(),
                kind: match retired.get(&o.code) {
                    Some(reason) => ChangeKind::Retired {
                        reason: (*reason).to_owned(),
                    },
                    None => ChangeKind::Removed,
                },
            }),
            (None, None) => {}
        }
    }
    // Stable: each code's changes keep their order.
    changes.sort_by_key(|c| c.code);
    changes
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

#[cfg(test)]
mod tests {
    use super::diff;
    use crate::{Catalog, parse};

    const HEAD: &str = "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [1, 99]\nstatus = 400\n\
                        [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [100, 199]\nstatus = 400\n";

    /// The catalog of `text`.
    fn from(text: &str) -> Catalog {
        parse(text, "test.toml").unwrap_or_else(|e| panic!("{e}"))
    }

    /// Categories A (1..=99) and B (100..=199), and the codes `(code, name, message)`,
    /// each followed by its `extra` TOML lines.
    fn catalog(codes: &[(u16, &str, &str, &str)]) -> Catalog {
        let mut text = HEAD.to_owned();
        for (code, name, message, extra) in codes {
            let category = if *code < 100 { "A" } else { "B" };
            text.push_str(&format!(
                "[[code]]\ncode = {code}\nname = \"{name}\"\ncategory = \"{category}\"\nmessage = \"{message}\"\n{extra}"
            ));
        }
        from(&text)
    }

    /// Each change as its `Display`, a breaking one marked `!`.
    fn changes(old: &Catalog, new: &Catalog) -> Vec<String> {
        diff(old, new)
            .iter()
            .map(|c| format!("{}{c}", if c.is_breaking() { "! " } else { "" }))
            .collect()
    }

    #[test]
    fn the_same_catalog_has_no_changes() {
        let a = catalog(&[(1, "One", "One {x}", ""), (2, "Two", "Two", "")]);
        assert_eq!(diff(&a, &a), []);
    }

    #[test]
    fn added_removed_and_renumbered_codes() {
        let old = catalog(&[
            (1, "One", "1", ""),
            (2, "Two", "2", ""),
            (3, "Three", "3", ""),
        ]);
        let new = catalog(&[
            (1, "One", "1", ""),
            (4, "Four", "4", ""),
            (5, "Two", "2", ""),
        ]);
        let expected = [
            "! 3 Three: removed",
            "4 Four: added",
            "! 5 Two: renumbered from 2",
        ];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn swapped_numbers_are_two_renumberings() {
        let old = catalog(&[(1, "One", "1", ""), (2, "Two", "2", "")]);
        let new = catalog(&[(1, "Two", "2", ""), (2, "One", "1", "")]);
        let expected = ["! 1 Two: renumbered from 2", "! 2 One: renumbered from 1"];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn a_number_whose_name_moved_away_is_a_new_code() {
        let old = catalog(&[(1, "One", "1", "")]);
        let new = catalog(&[(1, "Uno", "1", ""), (2, "One", "1", "")]);
        let expected = ["1 Uno: added", "! 2 One: renumbered from 1"];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn renamed_and_reworded() {
        let old = catalog(&[(1, "One", "One {x}", "")]);
        let new = catalog(&[(1, "Uno", "Uno {x}", "")]);
        let expected = [
            "! 1 Uno: renamed from One",
            "1 Uno: message \"One {x}\" -> \"Uno {x}\"",
        ];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn parameters_renamed_added_removed_and_reordered() {
        let old = catalog(&[
            (1, "One", "{a} {b}", ""),
            (2, "Two", "{a} {b}", ""),
            (3, "Three", "{a} {b}", ""),
        ]);
        let new = catalog(&[
            (1, "One", "{a} {c} {d}", ""),
            (2, "Two", "{b}", ""),
            (3, "Three", "{b} {a}", ""),
        ]);
        let breaking: Vec<String> = changes(&old, &new)
            .into_iter()
            .filter(|c| c.starts_with('!'))
            .collect();
        let expected = [
            "! 1 One: parameter `b` renamed to `c`",
            "! 1 One: parameter `d` added",
            "! 2 Two: parameter `a` removed",
            "! 3 Three: parameters reordered from (a, b) to (b, a)",
        ];
        assert_eq!(breaking, expected);
    }

    #[test]
    fn aliases_deprecations_and_retirements() {
        let old = catalog(&[
            (1, "One", "1", "aliases = [\"Ein\"]\n"),
            (2, "Two", "2", ""),
        ]);
        let new = catalog(&[(
            1,
            "Uno",
            "1",
            "aliases = [\"One\"]\ndeprecated = \"use 3\"\n\
             [[retired]]\ncode = 2\nname = \"Two\"\nreason = \"gone\"\n",
        )]);
        let expected = [
            "1 Uno: renamed from One, kept as an alias",
            "! 1 Uno: alias Ein removed",
            "1 Uno: deprecated: use 3",
            "! 2 Two: retired: gone",
        ];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn statuses_explanations_retryable_and_a_renamed_category() {
        let old = catalog(&[(1, "One", "1", "")]);
        let new = from(&format!(
            "{}[[code]]\ncode = 1\nname = \"One\"\ncategory = \"Aa\"\nmessage = \"1\"\n\
             explanation = \"Why\"\nstatus = 404\nretryable = true\n",
            HEAD.replace("name = \"A\"", "name = \"Aa\"")
        ));
        let expected = [
            "! category Aa: category renamed from A",
            "! 1 One: HTTP status 400 -> 404",
            "1 One: explanation added",
            "1 One: now retryable",
        ];
        assert_eq!(changes(&old, &new), expected);
    }

    #[test]
    fn a_code_moved_to_another_category() {
        let old = catalog(&[(1, "One", "1", "")]);
        let new = from(
            "[[category]]\nname = \"A\"\ntitle = \"A\"\nrange = [50, 99]\nstatus = 400\n\
             [[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [1, 49]\nstatus = 400\n\
             [[code]]\ncode = 1\nname = \"One\"\ncategory = \"B\"\nmessage = \"1\"\n",
        );
        assert_eq!(changes(&old, &new), ["1 One: category A -> B"]);
    }
}
