//! The table of change kinds: each kind's id, what it is, the semver bump it needs, why,
//! and how to make it in a smaller release.
//!
//! Everything that judges a change reads this one table: [`ChangeKind::is_breaking`]
//! and its rustdoc, `diff`'s help and JSON, and the bumps and fixes of `lock --check`.
//!
//! [`ChangeKind::is_breaking`]: crate::ChangeKind::is_breaking

use std::fmt::Write as _;

use super::version::Bump;

/// The table, handed to the macro `$then`: one row per kind, from the largest bump to the
/// smallest (`Never`, `Major`, `Minor`, `Patch`).
///
/// A row is `CONST = "id" { change, bump, why, fix }`, `why` saying why the change needs
/// its bump, and `fix` (on a `Never` or `Major` row only) how to make the change in a
/// smaller release.
macro_rules! change_rules {
    ($then:ident) => {
        $then! {
            REMOVED = "removed" {
                change: "a code removed, with no `[[retired]]` table in its place",
                bump: Never,
                why: "its variant is gone, and nothing keeps its number and name from taking another meaning",
                fix: "a shipped code is never removed: deprecate it (`deprecated = \"...\"`), or, in a major version, retire it (a `[[retired]]` table with its code, name and reason)",
            }
            RETIRED_DROPPED = "retired_dropped" {
                change: "a `[[retired]]` table removed",
                bump: Never,
                why: "the retired number and name could then be used again, with another meaning",
                fix: "a retired code stays retired: put its `[[retired]]` table back",
            }
            NUMBER_REUSED = "number_reused" {
                change: "a number that another code shipped (retired, renumbered or removed since) used again",
                bump: Never,
                why: "a peer that sends the number means the other code",
                fix: "a shipped number keeps its meaning: give this code a number never shipped",
            }
            NAME_REUSED = "name_reused" {
                change: "a name or alias that another code shipped used again",
                bump: Never,
                why: "`code!(Name)` and code that names it would silently mean another code",
                fix: "a shipped name keeps its meaning: give this code a name never shipped",
            }
            RETIRED = "retired" {
                change: "a code retired (a `[[retired]]` table in its place)",
                bump: Major,
                why: "its variant and constructor are gone: code that names them stops compiling",
                fix: "retiring removes the variant: release it in a major version, or deprecate the code instead",
            }
            RENUMBERED = "renumbered" {
                change: "a code renumbered (same name, another number)",
                bump: Major,
                why: "the wire number changes",
                fix: "a shipped code keeps its number: put it back, and add a new code for the new number",
            }
            RENAMED = "renamed" {
                change: "a code renamed (same number, another name)",
                bump: Major,
                why: "its variant and constructor change name: code that names them stops compiling",
                fix: "keep the old name working: add it to the code's `aliases`",
            }
            ALIAS_REMOVED = "alias_removed" {
                change: "an alias removed",
                bump: Major,
                why: "code that names it stops compiling",
                fix: "a former name keeps working once shipped: put it back in `aliases`",
            }
            PARAM_ADDED = "param_added" {
                change: "a parameter added",
                bump: Major,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAM_REMOVED = "param_removed" {
                change: "a parameter removed",
                bump: Major,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAM_RENAMED = "param_renamed" {
                change: "a parameter renamed",
                bump: Major,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAMS_REORDERED = "params_reordered" {
                change: "the parameters reordered",
                bump: Major,
                why: "the constructor's arguments are positional",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            STATUS_CHANGED = "status_changed" {
                change: "an HTTP status changed",
                bump: Major,
                why: "clients branch on it",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            ADDED_TO_EXHAUSTIVE = "added_to_exhaustive" {
                change: "a code added to a catalog with `exhaustive = true`",
                bump: Major,
                why: "users match the code enum without a wildcard: every such `match` misses the new variant",
                fix: "users match the codes exhaustively: release it in a major version, or make the catalog non-exhaustive first (itself a major change)",
            }
            NO_LONGER_EXHAUSTIVE = "no_longer_exhaustive" {
                change: "the catalog no longer exhaustive (`exhaustive = true` removed)",
                bump: Major,
                why: "the code enum becomes `#[non_exhaustive]`: users' matches without a wildcard stop compiling",
                fix: "users match the codes exhaustively: release it in a major version, or keep `exhaustive = true`",
            }
            CATALOG_RENAMED = "catalog_renamed" {
                change: "the catalog renamed, named or unnamed (`[catalog] name` changed, added or removed)",
                bump: Major,
                why: "every generated item takes its default name from it (`billing`: `BillingCode`, `BillingError`, `billing_code!`, ...; none: `CatalogCode`, ...), and diagnostic codes their prefix (`billing::100`): code that names them stops compiling",
                fix: "users' code names the generated items: keep the name, or release it in a major version (an invocation that names its items, with `code = ...`, `error = ...` and the like, keeps them whatever the name)",
            }
            SENSITIVE_REMOVED = "sensitive_removed" {
                change: "a parameter no longer `sensitive`",
                bump: Major,
                why: "its values, `[redacted]` in logs, `Debug` and tracing before, reach them now",
                fix: "users rely on what their logs keep out: keep it in `sensitive`, or release it in a major version",
            }
            PUBLISHED_MESSAGE_CHANGED = "published_message_changed" {
                change: "a `published_message` changed or removed",
                bump: Major,
                why: "descriptions in the text published before read back their values: now they are kept whole, the values lost",
                fix: "peers send the published text: keep it, or release it in a major version",
            }
            DOC_URL_CHANGED = "doc_url_changed" {
                change: "`[catalog] doc_url` changed or removed",
                bump: Major,
                why: "each code's link changes, and with it the `type` of every problem document (RFC 9457), which clients match on",
                fix: "a shipped link identifies its code: keep it, or release it in a major version",
            }
            CATEGORY_RANGE_NARROWED = "category_range_narrowed" {
                change: "a category's range narrowed or moved",
                bump: Major,
                why: "`range()` answers otherwise, and a client that files unknown codes by range files some elsewhere",
                fix: "a shipped range keeps its codes: widen it instead, or release it in a major version",
            }
            CATEGORY_REMOVED = "category_removed" {
                change: "a category removed",
                bump: Major,
                why: "its `Category` variant is gone: code that names it stops compiling",
                fix: "a shipped category keeps its name: put it back",
            }
            CATEGORY_RENAMED = "category_renamed" {
                change: "a category renamed (same range, another name)",
                bump: Major,
                why: "its `Category` variant changes name: code that names it stops compiling",
                fix: "a shipped category keeps its name: put it back",
            }
            ADDED = "added" {
                change: "a code added",
                bump: Minor,
                why: "a new item: nothing that worked names it, and the code enum is `#[non_exhaustive]`",
            }
            MADE_EXHAUSTIVE = "made_exhaustive" {
                change: "the catalog made exhaustive (`[catalog] exhaustive = true`)",
                bump: Minor,
                why: "the code enum loses `#[non_exhaustive]`: users' wildcard arms still compile, at most unreachable",
            }
            RESTORED = "restored" {
                change: "a retired code back, with its number and name (its `[[retired]]` table removed)",
                bump: Minor,
                why: "its variant comes back, a new item, with the meaning it had",
            }
            RENAMED_ALIAS_KEPT = "renamed_alias_kept" {
                change: "a code renamed, the old name kept in `aliases`",
                bump: Minor,
                why: "the new name is a new item; the old one still works, deprecated",
            }
            ALIAS_ADDED = "alias_added" {
                change: "a former name added to `aliases`",
                bump: Minor,
                why: "a new item, deprecated: nothing that worked names it",
            }
            RECATEGORIZED = "recategorized" {
                change: "a code moved to another category",
                bump: Minor,
                why: "nothing stops compiling, but `category()` answers otherwise",
            }
            DEPRECATION_CHANGED = "deprecation_changed" {
                change: "a code deprecated, its note changed, or no longer deprecated",
                bump: Minor,
                why: "a warning, not a failure: deprecating is a minor change in semver",
            }
            RETRYABLE_CHANGED = "retryable_changed" {
                change: "`retryable` changed",
                bump: Minor,
                why: "nothing stops compiling, but `is_retryable()` answers otherwise",
            }
            CATEGORY_ADDED = "category_added" {
                change: "a category added",
                bump: Minor,
                why: "a new item: nothing that worked names it, and the `Category` enum is `#[non_exhaustive]`",
            }
            SENSITIVE_ADDED = "sensitive_added" {
                change: "a parameter made `sensitive`",
                bump: Minor,
                why: "logs, `Debug` and tracing write `[redacted]` where they wrote its values: nothing stops compiling",
            }
            PUBLISHED_MESSAGE_ADDED = "published_message_added" {
                change: "a `published_message` added",
                bump: Minor,
                why: "descriptions in the published text read back their values too",
            }
            DOC_URL_ADDED = "doc_url_added" {
                change: "`[catalog] doc_url` added",
                bump: Minor,
                why: "codes gain links, and problem documents a `type` of their own in place of `about:blank`",
            }
            CATEGORY_RANGE_WIDENED = "category_range_widened" {
                change: "a category's range widened",
                bump: Minor,
                why: "room for more codes: every code of the old range is still in it",
            }
            DEFAULT_LOCALE_CHANGED = "default_locale_changed" {
                change: "`[catalog] default_locale` changed",
                bump: Minor,
                why: "nothing stops compiling, but the messages are another language's and `display_in` negotiates otherwise",
            }
            MESSAGE_CHANGED = "message_changed" {
                change: "a message reworded (its parameters' changes are kinds of their own)",
                bump: Patch,
                why: "only the text differs: the constructor and the wire's fields are the same",
            }
            EXPLANATION_CHANGED = "explanation_changed" {
                change: "an explanation added, changed or removed",
                bump: Patch,
                why: "it is documentation",
            }
            PUBLISHED_EXPLANATION_CHANGED = "published_explanation_changed" {
                change: "a `published_explanation` added, changed or removed",
                bump: Patch,
                why: "it is documentation",
            }
            LOCALES_CHANGED = "locales_changed" {
                change: "`[catalog] locales` added, changed or removed",
                bump: Patch,
                why: "only where translations are read from: what they say is checked when the macro reads them, and not locked",
            }
            RETIRED_EDITED = "retired_edited" {
                change: "a `[[retired]]` table's name or reason changed",
                bump: Patch,
                why: "its number stays retired; messages say the new words",
            }
            CATEGORY_STATUS_CHANGED = "category_status_changed" {
                change: "a category's `status` changed",
                bump: Patch,
                why: "on its own it changes nothing generated: each code whose status follows is a `status_changed` of its own",
            }
            CATEGORY_TITLE_CHANGED = "category_title_changed" {
                change: "a category's title changed",
                bump: Patch,
                why: "only the text `title()` answers differs",
            }
            SINCE_CHANGED = "since_changed" {
                change: "`since` added, changed or removed",
                bump: Patch,
                why: "it is documentation",
            }
        }
    };
}

/// The rows as constants of [`ChangeRule`], and all of them as [`ChangeRule::ALL`].
macro_rules! define_rules {
    ($(
        $konst:ident = $id:literal {
            change: $change:literal,
            bump: $bump:ident,
            why: $why:literal,
            $(fix: $fix:literal,)?
        }
    )*) => {
        impl ChangeRule {
            $(
                #[doc = concat!("`", $id, "`: ", $change, ".")]
                pub(crate) const $konst: Self = Self {
                    id: $id,
                    change: $change,
                    bump: Bump::$bump,
                    breaking: matches!(Bump::$bump, Bump::Major | Bump::Never),
                    why: $why,
                    fix: optional!($($fix)?),
                };
            )*

            /// Every row, from the largest bump to the smallest.
            pub const ALL: &'static [Self] = &[$(Self::$konst),*];
        }

        #[cfg(test)]
        /// Each row's constant's name, beside the row, to test that each id is its name.
        pub(crate) const NAMED: &[(&str, ChangeRule)] = &[$((stringify!($konst), ChangeRule::$konst)),*];
    };
}

/// The table as Markdown, for the rustdoc of [`ChangeKind`](crate::ChangeKind).
macro_rules! markdown {
    ($(
        $konst:ident = $id:literal {
            change: $change:literal,
            bump: $bump:ident,
            why: $why:literal,
            $(fix: $fix:literal,)?
        }
    )*) => {
        concat!(
            "| kind | change | bump | why | how to make it in a smaller release |\n",
            "| --- | --- | --- | --- | --- |\n",
            $(
                "| `", $id, "` | ", $change, " | ", $crate::diff::rules::bump_name!($bump), " | ", $why, " | ",
                $($fix,)? " |\n",
            )*
        )
    };
}

/// `Some` of the literal, or `None` without one.
macro_rules! optional {
    () => {
        None
    };
    ($fix:literal) => {
        Some($fix)
    };
}

/// A bump's name, as [`Bump::as_str`] gives it, for `concat!`.
macro_rules! bump_name {
    (Patch) => {
        "patch"
    };
    (Minor) => {
        "minor"
    };
    (Major) => {
        "major"
    };
    (Never) => {
        "never"
    };
}

pub(crate) use {bump_name, change_rules, markdown};

/// One kind of change, as the table of change kinds states it: its id, what it is, the
/// semver bump it needs, why, and how to make it in a smaller release.
///
/// [`ChangeKind::rule`](crate::ChangeKind::rule) gives a change's row; [`ChangeRule::ALL`]
/// is the whole table, shown on [`ChangeKind`](crate::ChangeKind).
///
/// ```
/// use zingle_errors_catalog::{Bump, ChangeRule};
///
/// let retired = ChangeRule::ALL.iter().find(|r| r.id == "retired").unwrap();
/// assert_eq!(retired.bump, Bump::Major);
/// assert!(retired.breaking);
/// assert!(retired.fix.unwrap().contains("major"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ChangeRule {
    /// The kind's stable id, snake_case: what `zingle-errors diff --json` calls it.
    pub id: &'static str,
    /// The change, in words.
    pub change: &'static str,
    /// The semver bump the change needs in the crate that ships the catalog.
    pub bump: Bump,
    /// Whether code or a peer that worked with the old catalog may fail with the new one:
    /// the bump is [`Bump::Major`] or [`Bump::Never`].
    pub breaking: bool,
    /// Why the change needs its bump.
    pub why: &'static str,
    /// How to make the change in a smaller release, when it needs a major one or none
    /// ships it.
    pub fix: Option<&'static str>,
}

change_rules!(define_rules);

/// The table as plain text for a terminal (`zingle-errors diff --help`): the kinds by
/// bump, from the largest, one a line, each with its id, what it is and why.
///
/// ```
/// let text = zingle_errors_catalog::change_rules_text();
/// assert!(text.starts_with("Never"));
/// assert!(text.contains("  retired "));
/// ```
#[must_use]
pub fn change_rules_text() -> String {
    let width = ChangeRule::ALL
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let groups = [
        (Bump::Never, "Never (no release ships it):"),
        (Bump::Major, "Major (breaking):"),
        (Bump::Minor, "Minor:"),
        (Bump::Patch, "Patch:"),
    ];
    for (bump, heading) in groups {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(heading);
        out.push('\n');
        for rule in ChangeRule::ALL.iter().filter(|r| r.bump == bump) {
            let _ = writeln!(out, "  {:width$}  {}: {}", rule.id, rule.change, rule.why);
        }
    }
    out
}
