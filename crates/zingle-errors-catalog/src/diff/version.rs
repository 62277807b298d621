//! The version a change needs: semver bumps, and the versions they lead to.

use std::fmt;
use std::str::FromStr;

/// The semver bump a change needs in the crate that ships the catalog: the `bump` column
/// of the table on [`ChangeKind`](crate::ChangeKind).
///
/// Ordered from the least to the most: a set of changes needs the largest of their bumps.
///
/// ```
/// use zingle_errors_catalog::{Bump, Version};
///
/// let shipped: Version = "1.4.2".parse()?;
/// assert_eq!(Bump::Major.from(&shipped).to_string(), "2.0.0");
/// assert_eq!(Bump::Minor.from(&shipped).to_string(), "1.5.0");
/// assert!(Bump::Patch < Bump::Never);
/// # Ok::<(), zingle_errors_catalog::VersionError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    /// A fix: nothing that worked changes but text.
    Patch,
    /// An addition: code that compiled still compiles, and may answer otherwise.
    Minor,
    /// A break: code or a peer that worked may fail.
    Major,
    /// No release ships it: what was shipped would be forgotten or take another meaning.
    Never,
}

impl Bump {
    /// The bump's name in the table and in `diff --json`: `patch`, `minor`, `major` or
    /// `never`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
            Self::Never => "never",
        }
    }

    /// The smallest version after `shipped` that makes this bump, as cargo reads semver:
    /// below 1.0.0 the leftmost non-zero number is the major one (a break after 0.3.1
    /// needs 0.4.0, an addition 0.3.2). [`Bump::Never`] has no such version; it gives
    /// the next major one, which does not ship it either.
    #[must_use]
    pub fn from(self, shipped: &Version) -> Version {
        let Version {
            major,
            minor,
            patch,
            ..
        } = *shipped;
        let (major_at, minor_at) = match (major, minor) {
            (0, 0) => (2, 2),
            (0, _) => (1, 2),
            _ => (0, 1),
        };
        // Which of the three numbers goes up: 0 the first, 1 the second, 2 the third.
        let place = match self {
            Self::Major | Self::Never => major_at,
            Self::Minor => minor_at,
            Self::Patch => 2,
        };
        match place {
            0 => Version::new(major.saturating_add(1), 0, 0),
            1 => Version::new(major, minor.saturating_add(1), 0),
            _ => Version::new(major, minor, patch.saturating_add(1)),
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A crate's version, `MAJOR.MINOR.PATCH`, as `Cargo.toml` and `codes.lock` write it.
///
/// A pre-release or build suffix (`-rc.1`, `+build`) is read and kept, and ignored when
/// versions are compared: the check judges the numbers.
#[derive(Clone, Debug, Eq)]
pub struct Version {
    /// The first number.
    pub major: u64,
    /// The second number.
    pub minor: u64,
    /// The third number.
    pub patch: u64,
    /// Whatever follows the numbers (`-rc.1`), as written.
    pub suffix: String,
}

impl Version {
    /// `major.minor.patch`.
    #[must_use]
    pub const fn new(major: u64, minor: u64, patch: u64) -> Self {
        Self {
            major,
            minor,
            patch,
            suffix: String::new(),
        }
    }

    const fn numbers(&self) -> (u64, u64, u64) {
        (self.major, self.minor, self.patch)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.numbers() == other.numbers()
    }
}

impl std::hash::Hash for Version {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.numbers().hash(state);
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.numbers().cmp(&other.numbers())
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}.{}{}",
            self.major, self.minor, self.patch, self.suffix
        )
    }
}

/// A text that is not a version `MAJOR.MINOR.PATCH`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("`{text}` is not a version MAJOR.MINOR.PATCH, such as 1.4.2")]
pub struct VersionError {
    /// The text, as written.
    pub text: String,
}

impl FromStr for Version {
    type Err = VersionError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || VersionError {
            text: text.to_owned(),
        };
        let end = text.find(['-', '+']).unwrap_or(text.len());
        let (numbers, suffix) = text.split_at(end);
        if end < text.len() && suffix.len() == 1 {
            return Err(error());
        }
        let mut parts = numbers.split('.').map(|n| {
            let leading_zero = n.len() > 1 && n.starts_with('0');
            let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            if leading_zero || !digits {
                return None;
            }
            n.parse::<u64>().ok()
        });
        let (Some(Some(major)), Some(Some(minor)), Some(Some(patch)), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(error());
        };
        Ok(Self {
            major,
            minor,
            patch,
            suffix: suffix.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Bump, Version};

    fn v(text: &str) -> Version {
        text.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn each_bump_from_each_kind_of_version() {
        let cases = [
            ("1.4.2", Bump::Patch, "1.4.3"),
            ("1.4.2", Bump::Minor, "1.5.0"),
            ("1.4.2", Bump::Major, "2.0.0"),
            ("0.3.1", Bump::Patch, "0.3.2"),
            ("0.3.1", Bump::Minor, "0.3.2"),
            ("0.3.1", Bump::Major, "0.4.0"),
            ("0.0.3", Bump::Patch, "0.0.4"),
            ("0.0.3", Bump::Minor, "0.0.4"),
            ("0.0.3", Bump::Major, "0.0.4"),
            ("2.0.0-rc.1", Bump::Major, "3.0.0"),
        ];
        for (shipped, bump, expected) in cases {
            assert_eq!(
                bump.from(&v(shipped)).to_string(),
                expected,
                "{shipped} {bump}"
            );
        }
    }

    #[test]
    fn versions_read_and_refused() {
        assert_eq!(v("1.2.3-rc.1").to_string(), "1.2.3-rc.1");
        assert_eq!(v("1.2.3-rc.1"), v("1.2.3"));
        assert!(v("1.10.0") > v("1.9.9"));
        for bad in [
            "", "1", "1.2", "1.2.3.4", "01.2.3", "1.2.x", "v1.2.3", "1.2.3-", " 1.2.3",
        ] {
            assert!(bad.parse::<Version>().is_err(), "{bad:?}");
        }
    }
}
