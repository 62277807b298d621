//! The changes of one code kept from the old catalog to the new: its name, aliases,
//! parameters, status, texts, published texts, sensitive parameters, category,
//! deprecation, retryability and `since`.

use std::collections::{HashMap, HashSet};

use super::{Change, ChangeKind};
use crate::{Catalog, Entry};

pub(super) fn entry_changes(
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
    for alias in &n.aliases {
        if *alias != o.name && !o.aliases.contains(alias) {
            kinds.push(ChangeKind::AliasAdded {
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
    if o.published_message != n.published_message {
        kinds.push(ChangeKind::PublishedMessageChanged {
            old: o.published_message.clone(),
            new: n.published_message.clone(),
        });
    }
    if o.published_explanation != n.published_explanation {
        kinds.push(ChangeKind::PublishedExplanationChanged {
            old: o.published_explanation.clone(),
            new: n.published_explanation.clone(),
        });
    }
    // By name: a parameter renamed or removed is a change of its own.
    for param in n.sensitive.iter().filter(|p| !o.sensitive.contains(p)) {
        kinds.push(ChangeKind::SensitiveAdded {
            param: param.clone(),
        });
    }
    let kept = |p: &&String| n.message.params().contains(p);
    for param in o.sensitive.iter().filter(kept) {
        if !n.sensitive.contains(param) {
            kinds.push(ChangeKind::SensitiveRemoved {
                param: param.clone(),
            });
        }
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
