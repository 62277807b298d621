//! What a change is, and whether it breaks a user.

use std::fmt;

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
