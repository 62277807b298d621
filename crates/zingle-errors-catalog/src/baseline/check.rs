//! The check of a catalog against its lock: the changes, the version they need, the breaks.

use std::collections::BTreeSet;

use super::{Break, BreakKind, Lock};
use crate::diff::compare;
use crate::{Bump, Catalog, Change, ChangeKind, Location, Version};

/// The verdict of [`check`]: every change from the lock to the catalog, the version
/// they need, and what fails.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Checked {
    /// Every change from the lock to the catalog, as [`diff`](crate::diff) reports it
    /// (over what the lock keeps: explanations, published explanations, `since` and the
    /// locales folder, documentation and where translations are read, are not compared).
    pub changes: Vec<Change>,
    /// The crate's version when the lock was recorded, if the lock says.
    pub locked: Option<Version>,
    /// The crate's version now, as given.
    pub version: Option<Version>,
    /// The smallest version that ships every change a release may ship, when the lock
    /// records its version and something changed.
    pub requires: Option<Version>,
    /// What fails, in the order of the changes, then the `since` faults.
    pub breaks: Vec<Break>,
}

impl Checked {
    /// Whether nothing fails.
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.breaks.is_empty()
    }

    /// The largest bump the changes need, if anything changed.
    #[must_use]
    pub fn bump(&self) -> Option<Bump> {
        self.changes.iter().map(Change::bump).max()
    }
}

/// Checks `catalog`, at the crate's `version` now, against its shipped baseline `lock`:
///
/// - every change from the lock to the catalog needs a bump, from the table on
///   [`ChangeKind`], and the version must make it: at least [`Bump::from`] the lock's
///   version. Without a version now, the crate is taken to be at the lock's version
///   (nothing released yet); with no version in the lock, a major change fails whatever
///   the version;
/// - a change whose bump is [`Bump::Never`] fails at any version: what was shipped is
///   never forgotten, nor given another meaning;
/// - the version is not older than the lock's;
/// - a `since` is a version, not later than the version now; a code new since the lock
///   has one, and the check says which to write.
///
/// A release passes once its version is set and the lock recorded again at it.
#[must_use]
pub fn check(catalog: &Catalog, lock: &Lock, version: Option<&Version>) -> Checked {
    let changes = compare(&kept(&lock.catalog), &lock.former, &kept(catalog));
    let locked = lock.version.clone();
    let now = version.or(locked.as_ref());
    let releasable = changes
        .iter()
        .map(Change::bump)
        .filter(|b| *b < Bump::Never);
    let requires = locked
        .as_ref()
        .and_then(|l| releasable.max().map(|b| b.from(l)));
    let mut breaks = Vec::new();
    let located = |kind: BreakKind, code: Option<u16>, name: &str| Break {
        location: locate(code, name, catalog, &lock.catalog),
        kind,
    };
    if let (Some(version), Some(locked)) = (version, &locked)
        && version < locked
    {
        breaks.push(Break {
            location: None,
            kind: BreakKind::Older {
                version: version.clone(),
                locked: locked.clone(),
            },
        });
    }
    for change in &changes {
        let rule = change.rule();
        let kind = if rule.bump == Bump::Never {
            // Every `never` row has a fix; the table's tests say so.
            BreakKind::Never {
                change: change.clone(),
                fix: rule.fix.unwrap_or_default(),
            }
        } else {
            let needed = locked.as_ref().map(|l| rule.bump.from(l));
            let enough = match (&needed, now) {
                (Some(needed), Some(now)) => now >= needed,
                _ => rule.bump < Bump::Major,
            };
            if enough {
                continue;
            }
            BreakKind::TooSmall {
                change: change.clone(),
                requires: needed,
                fix: rule.fix,
            }
        };
        breaks.push(located(kind, change.code, &change.name));
    }
    if let Some(now) = now {
        breaks.extend(since_breaks(catalog, &changes, now, requires.as_ref()));
    }
    Checked {
        changes,
        locked,
        version: version.cloned(),
        requires,
        breaks,
    }
}

/// Each `since` that is not a version or is later than `now`, and each code new since
/// the lock without one (to be written: the version now, or the one the changes require
/// when it is later).
fn since_breaks(
    catalog: &Catalog,
    changes: &[Change],
    now: &Version,
    requires: Option<&Version>,
) -> Vec<Break> {
    let new: BTreeSet<u16> = changes
        .iter()
        .filter(|c| matches!(c.kind, ChangeKind::Added | ChangeKind::Restored))
        .filter_map(|c| c.code)
        .collect();
    let write = requires.filter(|r| *r > now).unwrap_or(now);
    let mut breaks = Vec::new();
    for e in catalog.entries() {
        let (code, name) = (e.code, e.name.clone());
        let kind = match &e.since {
            None if new.contains(&e.code) => BreakKind::SinceMissing {
                code,
                name,
                write: write.clone(),
            },
            None => continue,
            Some(since) => match since.parse::<Version>() {
                Err(_) => BreakKind::SinceInvalid {
                    code,
                    name,
                    since: since.clone(),
                },
                Ok(v) if v > *now => BreakKind::SinceLater {
                    code,
                    name,
                    since: since.clone(),
                    version: now.clone(),
                },
                Ok(_) => continue,
            },
        };
        breaks.push(Break {
            location: Some(e.location.clone()),
            kind,
        });
    }
    breaks
}

/// What a lock keeps of a catalog: all but the codes' explanations, published
/// explanations and `since`, which are documentation, and the locales folder, which
/// says only where translations are read.
fn kept(catalog: &Catalog) -> Catalog {
    let mut kept = catalog.clone();
    kept.locales = None;
    for e in &mut kept.entries {
        e.explanation = None;
        e.published_explanation = None;
        e.since = None;
    }
    kept
}

/// Where the change about `code` (or the category `name`) is to be fixed: in the
/// catalog, or, for what the catalog no longer has, in the lock.
fn locate(code: Option<u16>, name: &str, catalog: &Catalog, locked: &Catalog) -> Option<Location> {
    [catalog, locked].into_iter().find_map(|c| {
        let location = match code {
            Some(code) => c.get(code).map(|e| &e.location).or_else(|| {
                c.retired()
                    .iter()
                    .find(|r| r.code == code)
                    .map(|r| &r.location)
            }),
            None => c
                .categories()
                .iter()
                .find(|k| k.name == name)
                .map(|k| &k.location),
        };
        location.cloned()
    })
}
