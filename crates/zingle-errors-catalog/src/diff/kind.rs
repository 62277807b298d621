//! What a change is, and the semver bump it needs.

use std::fmt;

use super::rules::{ChangeRule, change_rules, markdown};
use super::version::Bump;

/// What changed about a code or a category.
///
/// A user of a catalog writes Rust against the generated code (`ErrorCode::InvalidLabel`,
/// `ZingleError::invalid_label(id)`, `Category::Labels`) and reads and writes the wire
/// (`error_code` 3612, HTTP 400). A change is *breaking* when code or a peer that worked
/// with the old catalog may fail with the new one: it needs a major version, or, when it
/// would give something shipped another meaning, no version ships it (`never`). Each
/// kind's row of the table below ([`ChangeKind::rule`]) is what [`diff`](crate::diff),
/// [`baseline::check`] and the `zingle-errors` tool say of it:
///
#[doc = change_rules!(markdown)]
///
/// Codes are matched by number, then the codes left on either side by name (a renumbered
/// code), through hash maps: the time is linear in the size of the catalogs.
///
/// [`baseline::check`]: crate::baseline::check
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    /// A code the old catalog does not have.
    Added,
    /// A code the old catalog does not have, added to a catalog whose code enum users
    /// match exhaustively (`[catalog] exhaustive = true`, before and after).
    AddedToExhaustive,
    /// The catalog made exhaustive (`[catalog] exhaustive = true`): its code enum is no
    /// longer `#[non_exhaustive]`.
    MadeExhaustive,
    /// The catalog no longer exhaustive: its code enum becomes `#[non_exhaustive]`.
    NoLongerExhaustive,
    /// The catalog's name (`[catalog] name`) changed, added or removed: the generated
    /// items take their default names from it, and diagnostic codes their prefix.
    CatalogRenamed {
        /// The name in the old catalog, if it has one.
        old: Option<String>,
        /// The name in the new catalog, if it has one.
        new: Option<String>,
    },
    /// A code the new catalog does not have, by number or by name.
    Removed,
    /// A code the new catalog does not have, and lists among its `[[retired]]`.
    Retired {
        /// Why, as the new catalog says.
        reason: String,
    },
    /// A `[[retired]]` of the old catalog that the new one does not have.
    RetiredDropped {
        /// Why it was retired, as the old catalog says.
        reason: String,
    },
    /// A retired code of the old catalog back in the new one, with its number and name.
    Restored,
    /// A number that the old catalog (or its lock's history) gives another code, which the
    /// new catalog does not continue.
    NumberReused {
        /// The name the number was shipped under.
        was: String,
    },
    /// A name or alias that the old catalog (or its lock's history) gives another code.
    NameReused {
        /// The name or alias.
        name: String,
        /// The number of the code that shipped it.
        was: u16,
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
    /// A former name added to the code's `aliases` (not its name before: that is a
    /// rename).
    AliasAdded {
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
    /// `since` added, changed or removed.
    SinceChanged {
        /// The old value, if any.
        old: Option<String>,
        /// The new value, if any.
        new: Option<String>,
    },
    /// A parameter made `sensitive`.
    SensitiveAdded {
        /// The parameter.
        param: String,
    },
    /// A parameter no longer `sensitive`.
    SensitiveRemoved {
        /// The parameter.
        param: String,
    },
    /// `published_message` added, changed or removed.
    PublishedMessageChanged {
        /// The old published text, if any.
        old: Option<String>,
        /// The new published text, if any.
        new: Option<String>,
    },
    /// `published_explanation` added, changed or removed.
    PublishedExplanationChanged {
        /// The old published text, if any.
        old: Option<String>,
        /// The new published text, if any.
        new: Option<String>,
    },
    /// `[catalog] doc_url` added, changed or removed: each code's link, and the `type` of
    /// its problem documents.
    DocUrlChanged {
        /// The old template, if any.
        old: Option<String>,
        /// The new template, if any.
        new: Option<String>,
    },
    /// `[catalog] default_locale` changed: the language the messages are written in.
    DefaultLocaleChanged {
        /// The old tag.
        old: String,
        /// The new tag.
        new: String,
    },
    /// `[catalog] locales` added, changed or removed: where the translations are read.
    LocalesChanged {
        /// The old folder, if any.
        old: Option<String>,
        /// The new folder, if any.
        new: Option<String>,
    },
    /// A `[[retired]]` table's name or reason changed; its number stays retired.
    RetiredEdited {
        /// The old name.
        old_name: String,
        /// The old reason.
        old_reason: String,
    },
    /// A category's range changed.
    CategoryRangeChanged {
        /// The old range, first and last.
        old: (u16, u16),
        /// The new range.
        new: (u16, u16),
    },
    /// A category's status (that of its codes without one of their own) changed.
    CategoryStatusChanged {
        /// The old status, if any.
        old: Option<u16>,
        /// The new status, if any.
        new: Option<u16>,
    },
    /// A category's title changed.
    CategoryTitleChanged {
        /// The old title.
        old: String,
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
    /// The kind's row of the table on [`ChangeKind`]: its id, the bump it needs, why, and
    /// how to make it in a smaller release.
    ///
    /// ```
    /// use zingle_errors_catalog::ChangeKind;
    ///
    /// let kind = ChangeKind::Renamed { old: "Oops".into(), alias_kept: true };
    /// assert_eq!(kind.rule().id, "renamed_alias_kept");
    /// assert!(!kind.rule().breaking);
    /// ```
    #[must_use]
    pub fn rule(&self) -> &'static ChangeRule {
        // Exhaustive, so that a new kind does not compile without its row.
        match self {
            Self::Added => &ChangeRule::ADDED,
            Self::AddedToExhaustive => &ChangeRule::ADDED_TO_EXHAUSTIVE,
            Self::MadeExhaustive => &ChangeRule::MADE_EXHAUSTIVE,
            Self::NoLongerExhaustive => &ChangeRule::NO_LONGER_EXHAUSTIVE,
            Self::CatalogRenamed { .. } => &ChangeRule::CATALOG_RENAMED,
            Self::Removed => &ChangeRule::REMOVED,
            Self::Retired { .. } => &ChangeRule::RETIRED,
            Self::RetiredDropped { .. } => &ChangeRule::RETIRED_DROPPED,
            Self::Restored => &ChangeRule::RESTORED,
            Self::NumberReused { .. } => &ChangeRule::NUMBER_REUSED,
            Self::NameReused { .. } => &ChangeRule::NAME_REUSED,
            Self::Renumbered { .. } => &ChangeRule::RENUMBERED,
            Self::Renamed {
                alias_kept: false, ..
            } => &ChangeRule::RENAMED,
            Self::Renamed {
                alias_kept: true, ..
            } => &ChangeRule::RENAMED_ALIAS_KEPT,
            Self::AliasRemoved { .. } => &ChangeRule::ALIAS_REMOVED,
            Self::AliasAdded { .. } => &ChangeRule::ALIAS_ADDED,
            Self::ParamAdded { .. } => &ChangeRule::PARAM_ADDED,
            Self::ParamRemoved { .. } => &ChangeRule::PARAM_REMOVED,
            Self::ParamRenamed { .. } => &ChangeRule::PARAM_RENAMED,
            Self::ParamsReordered { .. } => &ChangeRule::PARAMS_REORDERED,
            Self::StatusChanged { .. } => &ChangeRule::STATUS_CHANGED,
            Self::MessageChanged { .. } => &ChangeRule::MESSAGE_CHANGED,
            Self::ExplanationChanged { .. } => &ChangeRule::EXPLANATION_CHANGED,
            Self::Recategorized { .. } => &ChangeRule::RECATEGORIZED,
            Self::DeprecationChanged { .. } => &ChangeRule::DEPRECATION_CHANGED,
            Self::RetryableChanged { .. } => &ChangeRule::RETRYABLE_CHANGED,
            Self::SinceChanged { .. } => &ChangeRule::SINCE_CHANGED,
            Self::SensitiveAdded { .. } => &ChangeRule::SENSITIVE_ADDED,
            Self::SensitiveRemoved { .. } => &ChangeRule::SENSITIVE_REMOVED,
            Self::PublishedMessageChanged { old: None, .. } => &ChangeRule::PUBLISHED_MESSAGE_ADDED,
            Self::PublishedMessageChanged { .. } => &ChangeRule::PUBLISHED_MESSAGE_CHANGED,
            Self::PublishedExplanationChanged { .. } => &ChangeRule::PUBLISHED_EXPLANATION_CHANGED,
            Self::DocUrlChanged { old: None, .. } => &ChangeRule::DOC_URL_ADDED,
            Self::DocUrlChanged { .. } => &ChangeRule::DOC_URL_CHANGED,
            Self::DefaultLocaleChanged { .. } => &ChangeRule::DEFAULT_LOCALE_CHANGED,
            Self::LocalesChanged { .. } => &ChangeRule::LOCALES_CHANGED,
            Self::RetiredEdited { .. } => &ChangeRule::RETIRED_EDITED,
            Self::CategoryRangeChanged { old, new } if new.0 <= old.0 && new.1 >= old.1 => {
                &ChangeRule::CATEGORY_RANGE_WIDENED
            }
            Self::CategoryRangeChanged { .. } => &ChangeRule::CATEGORY_RANGE_NARROWED,
            Self::CategoryStatusChanged { .. } => &ChangeRule::CATEGORY_STATUS_CHANGED,
            Self::CategoryTitleChanged { .. } => &ChangeRule::CATEGORY_TITLE_CHANGED,
            Self::CategoryAdded => &ChangeRule::CATEGORY_ADDED,
            Self::CategoryRemoved => &ChangeRule::CATEGORY_REMOVED,
            Self::CategoryRenamed { .. } => &ChangeRule::CATEGORY_RENAMED,
        }
    }

    /// Whether the change is about the whole catalog (its `[catalog]` table), not a code
    /// or a category.
    pub(crate) fn is_of_the_catalog(&self) -> bool {
        matches!(
            self,
            Self::MadeExhaustive
                | Self::NoLongerExhaustive
                | Self::CatalogRenamed { .. }
                | Self::DocUrlChanged { .. }
                | Self::DefaultLocaleChanged { .. }
                | Self::LocalesChanged { .. }
        )
    }

    /// The semver bump the change needs: the `bump` column of the table on [`ChangeKind`].
    #[must_use]
    pub fn bump(&self) -> Bump {
        self.rule().bump
    }

    /// Whether code or a peer that worked with the old catalog may fail with the new one:
    /// the bump is major, or no release ships the change.
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        self.rule().breaking
    }
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Added => f.write_str("added"),
            Self::AddedToExhaustive => f.write_str("added to an exhaustive catalog"),
            Self::MadeExhaustive => f.write_str("the catalog made exhaustive"),
            Self::NoLongerExhaustive => f.write_str("the catalog no longer exhaustive"),
            Self::CatalogRenamed {
                old: Some(old),
                new: Some(new),
            } => write!(f, "the catalog renamed from {old} to {new}"),
            Self::CatalogRenamed {
                old: None,
                new: Some(new),
            } => write!(f, "the catalog named {new} (it had no name)"),
            Self::CatalogRenamed { old: Some(old), .. } => {
                write!(f, "the catalog's name {old} removed")
            }
            Self::CatalogRenamed { .. } => f.write_str("the catalog's name changed"),
            Self::Removed => f.write_str("removed"),
            Self::Retired { reason } => write!(f, "retired: {reason}"),
            Self::RetiredDropped { reason } => {
                write!(f, "[[retired]] table removed (retired: {reason})")
            }
            Self::Restored => f.write_str("retired code restored"),
            Self::NumberReused { was } => write!(f, "number shipped as {was}, used again"),
            Self::NameReused { name, was } => {
                write!(f, "name {name} shipped by code {was}, used again")
            }
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
            Self::AliasAdded { alias } => write!(f, "alias {alias} added"),
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
            Self::SinceChanged { new: None, .. } => f.write_str("since removed"),
            Self::SinceChanged { new: Some(new), .. } => write!(f, "since {new}"),
            Self::SensitiveAdded { param } => write!(f, "parameter `{param}` made sensitive"),
            Self::SensitiveRemoved { param } => {
                write!(f, "parameter `{param}` no longer sensitive")
            }
            Self::PublishedMessageChanged {
                old: Some(old),
                new: Some(new),
            } => write!(f, "published message {old:?} -> {new:?}"),
            Self::PublishedMessageChanged { old: None, .. } => {
                f.write_str("published message added")
            }
            Self::PublishedMessageChanged { .. } => f.write_str("published message removed"),
            Self::PublishedExplanationChanged { .. } => {
                f.write_str("published explanation changed")
            }
            Self::DocUrlChanged {
                old: None,
                new: Some(new),
            } => write!(f, "doc_url {new:?} added"),
            Self::DocUrlChanged {
                old: Some(old),
                new: Some(new),
            } => write!(f, "doc_url {old:?} -> {new:?}"),
            Self::DocUrlChanged { .. } => f.write_str("doc_url removed"),
            Self::DefaultLocaleChanged { old, new } => {
                write!(f, "default locale {old} -> {new}")
            }
            Self::LocalesChanged {
                old: Some(old),
                new: Some(new),
            } => write!(f, "locales folder {old:?} -> {new:?}"),
            Self::LocalesChanged { new: Some(new), .. } => {
                write!(f, "locales folder {new:?} added")
            }
            Self::LocalesChanged { .. } => f.write_str("locales folder removed"),
            Self::RetiredEdited {
                old_name,
                old_reason,
            } => write!(
                f,
                "[[retired]] table changed (was {old_name}, retired: {old_reason})"
            ),
            Self::CategoryRangeChanged { old, new } => {
                write!(f, "range [{}, {}] -> [{}, {}]", old.0, old.1, new.0, new.1)
            }
            Self::CategoryStatusChanged { old, new } => {
                let shown =
                    |s: &Option<u16>| s.map_or_else(|| "none".to_owned(), |s| s.to_string());
                write!(f, "category status {} -> {}", shown(old), shown(new))
            }
            Self::CategoryTitleChanged { old } => write!(f, "category title changed from {old:?}"),
            Self::CategoryAdded => f.write_str("category added"),
            Self::CategoryRemoved => f.write_str("category removed"),
            Self::CategoryRenamed { old } => write!(f, "category renamed from {old}"),
        }
    }
}
