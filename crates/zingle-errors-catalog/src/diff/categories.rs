//! The categories' changes: matched by name, then by range (renamed), else added or removed.

use std::collections::{HashMap, HashSet};

use super::{Change, ChangeKind};
use crate::{Catalog, Category};

/// The categories' changes, and the new name of each renamed category by its old one.
pub(super) fn categories<'a>(
    old: &'a Catalog,
    new: &'a Catalog,
) -> (Vec<Change>, HashMap<&'a str, &'a str>) {
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
            changes.extend(category_changes(&old.categories()[i], category).map(change));
        } else if let Some(&i) = old_ranges
            .get(&(category.first, category.last))
            .filter(|&&i| !new_names.contains(old.categories()[i].name.as_str()))
        {
            matched.insert(i);
            renamed.insert(old.categories()[i].name.as_str(), category.name.as_str());
            changes.push(change(ChangeKind::CategoryRenamed {
                old: old.categories()[i].name.clone(),
            }));
            changes.extend(category_changes(&old.categories()[i], category).map(change));
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

/// What changed of a category kept (by name, or renamed by range): its range, status and
/// title.
fn category_changes(old: &Category, new: &Category) -> impl Iterator<Item = ChangeKind> {
    let range = ((old.first, old.last) != (new.first, new.last)).then_some(
        ChangeKind::CategoryRangeChanged {
            old: (old.first, old.last),
            new: (new.first, new.last),
        },
    );
    let status = (old.status != new.status).then_some(ChangeKind::CategoryStatusChanged {
        old: old.status,
        new: new.status,
    });
    let title = (old.title != new.title).then(|| ChangeKind::CategoryTitleChanged {
        old: old.title.clone(),
    });
    [range, status, title].into_iter().flatten()
}
