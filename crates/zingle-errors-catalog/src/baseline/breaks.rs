//! What fails the check of a catalog against its lock, and how it is said.

use std::fmt;

use crate::{Change, Location, Version};

/// One thing that fails the check, and where to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Break {
    /// Where to fix it: the code or category in the catalog, or, for what the catalog no
    /// longer has, in the lock.
    pub location: Option<Location>,
    /// What fails.
    pub kind: BreakKind,
}

/// What fails the check.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BreakKind {
    /// A change no release ships: its bump is [`Bump::Never`](crate::Bump::Never).
    Never {
        /// The change.
        change: Change,
        /// How to evolve the catalog instead: the `fix` of its row of the table on
        /// [`ChangeKind`](crate::ChangeKind).
        fix: &'static str,
    },
    /// A change the crate's version now is too small for.
    TooSmall {
        /// The change.
        change: Change,
        /// The smallest version that ships it, or `None` when the lock records no
        /// version (a major change then fails, whatever the version).
        requires: Option<Version>,
        /// How to make it in a smaller release, when its row says.
        fix: Option<&'static str>,
    },
    /// The crate's version now is older than the lock's.
    Older {
        /// The version now.
        version: Version,
        /// The lock's version.
        locked: Version,
    },
    /// A code new since the lock, without `since`.
    SinceMissing {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// The version to write: the one that ships the code.
        write: Version,
    },
    /// A `since` later than the crate's version now.
    SinceLater {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// `since`, as written.
        since: String,
        /// The version now.
        version: Version,
    },
    /// A `since` that is not a version.
    SinceInvalid {
        /// The code.
        code: u16,
        /// Its name.
        name: String,
        /// `since`, as written.
        since: String,
    },
}

impl BreakKind {
    /// The break's id in JSON: the change's kind (its id in the table on
    /// [`ChangeKind`](crate::ChangeKind)), or `version_older`, `since_missing`, `since_later`,
    /// `since_invalid`.
    #[must_use]
    pub fn id(&self) -> &'static str {
        match self {
            Self::Never { change, .. } | Self::TooSmall { change, .. } => change.rule().id,
            Self::Older { .. } => "version_older",
            Self::SinceMissing { .. } => "since_missing",
            Self::SinceLater { .. } => "since_later",
            Self::SinceInvalid { .. } => "since_invalid",
        }
    }

    /// The change that fails, if the break is one.
    #[must_use]
    pub fn change(&self) -> Option<&Change> {
        match self {
            Self::Never { change, .. } | Self::TooSmall { change, .. } => Some(change),
            _ => None,
        }
    }
}

/// `requires 2.0.0: 101 CardExpired: retired: ...: how to make it in a minor release`,
/// `never: 102 CardBlocked: [[retired]] table removed ...: put it back`.
impl fmt::Display for BreakKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Never { change, fix } => write!(f, "no release ships it: {change}: {fix}"),
            Self::TooSmall {
                change,
                requires,
                fix,
            } => {
                match requires {
                    Some(v) => write!(f, "requires {v}: {change}")?,
                    None => write!(f, "requires a major version: {change}")?,
                }
                match fix {
                    Some(fix) => write!(f, ": {fix}"),
                    None => Ok(()),
                }
            }
            Self::Older { version, locked } => write!(
                f,
                "version {version} is older than {locked}, the version the lock was recorded at"
            ),
            Self::SinceMissing { code, name, write } => write!(
                f,
                "{code} {name}: new, without `since`: write since = \"{write}\""
            ),
            Self::SinceLater {
                code,
                name,
                since,
                version,
            } => write!(
                f,
                "{code} {name}: since {since} is later than the crate's version, {version}"
            ),
            Self::SinceInvalid { code, name, since } => write!(
                f,
                "{code} {name}: since `{since}` is not a version MAJOR.MINOR.PATCH, such as 1.4.2"
            ),
        }
    }
}

/// `codes.toml:12:1: requires 2.0.0: ...`.
impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(location) => write!(f, "{location}: {}", self.kind),
            None => fmt::Display::fmt(&self.kind, f),
        }
    }
}
