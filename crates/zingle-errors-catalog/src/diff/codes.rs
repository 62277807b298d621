//! The codes' changes: each new code paired with its old one, by name or number, and
//! what the pairs, the unpaired and the retired codes say.

use std::collections::{HashMap, HashSet};

use super::entry::entry_changes;
use super::shipped::Former;
use super::shipped::Shipped;
use super::{Change, ChangeKind};
use crate::{Catalog, Entry};

pub(super) fn codes(
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
    let retired: HashMap<u16, &crate::Retired> =
        new.retired().iter().map(|r| (r.code, r)).collect();
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
                    Some(r) => ChangeKind::Retired {
                        reason: r.reason.clone(),
                    },
                    None => ChangeKind::Removed,
                },
            )),
            (None, None) => {}
        }
    }
    for r in old.retired() {
        if let Some(now) = retired.get(&r.code)
            && (now.name != r.name || now.reason != r.reason)
        {
            changes.push(Change {
                code: Some(r.code),
                name: now.name.clone(),
                kind: ChangeKind::RetiredEdited {
                    old_name: r.name.clone(),
                    old_reason: r.reason.clone(),
                },
            });
        }
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
