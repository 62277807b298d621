//! One change between two catalogs, and how it is said.

use std::fmt;

use super::{Bump, ChangeKind, ChangeRule};

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
    /// when it was removed; `None` for a change of a category or of the whole catalog.
    pub code: Option<u16>,
    /// The code's name in the new catalog (in the old one when it was removed), the
    /// category's name, or, for a change of the whole catalog, its `[catalog] name` (in
    /// the old one when the new has none; `the catalog` when neither has one).
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

/// `3400 LabelNotFound: parameter `label_id` renamed to `id``,
/// `category Labels: category added`, or `the catalog renamed from shop to store`.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(f, "{code} {}: {}", self.name, self.kind),
            None if self.kind.is_of_the_catalog() => fmt::Display::fmt(&self.kind, f),
            None => write!(f, "category {}: {}", self.name, self.kind),
        }
    }
}
