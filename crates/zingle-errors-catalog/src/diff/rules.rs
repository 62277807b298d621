//! The table of change kinds: each kind's id, what it is, whether it breaks a user, why,
//! and how to make the change without breaking anyone.
//!
//! Everything that judges a change reads this one table: [`ChangeKind::is_breaking`]
//! and its rustdoc, `diff`'s help and JSON, and the fixes `lock --check` gives.
//!
//! [`ChangeKind::is_breaking`]: crate::ChangeKind::is_breaking

use std::fmt::Write as _;

/// The table, handed to the macro `$then`: one row per kind, breaking kinds first.
///
/// A row is `CONST = "id" { change, breaking, why, fix }`, `fix` only on a breaking row.
macro_rules! change_rules {
    ($then:ident) => {
        $then! {
            REMOVED = "removed" {
                change: "a code removed",
                breaking: true,
                why: "its variant and constructor are gone; peers may still send its number",
                fix: "a shipped code is never removed: deprecate it (`deprecated = \"...\"`), or, in a breaking (major) version, retire it (a `[[retired]]` table with its code, name and reason)",
            }
            RETIRED = "retired" {
                change: "a code retired (a `[[retired]]` table in its place)",
                breaking: true,
                why: "its variant and constructor are gone; a peer sending it is told it is retired",
                fix: "retiring removes the variant: release it as a breaking (major) version and re-record the lock, or deprecate the code instead",
            }
            RENUMBERED = "renumbered" {
                change: "a code renumbered (same name, another number)",
                breaking: true,
                why: "the wire number changes",
                fix: "a shipped code keeps its number: put it back, and add a new code for the new number",
            }
            RENAMED = "renamed" {
                change: "a code renamed (same number, another name)",
                breaking: true,
                why: "its variant and constructor change name",
                fix: "keep the old name working: add it to the code's `aliases`",
            }
            ALIAS_REMOVED = "alias_removed" {
                change: "an alias removed",
                breaking: true,
                why: "code that names it stops compiling",
                fix: "a former name keeps working once shipped: put it back in `aliases`",
            }
            PARAM_ADDED = "param_added" {
                change: "a parameter added",
                breaking: true,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAM_REMOVED = "param_removed" {
                change: "a parameter removed",
                breaking: true,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAM_RENAMED = "param_renamed" {
                change: "a parameter renamed",
                breaking: true,
                why: "the constructor's arguments change",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            PARAMS_REORDERED = "params_reordered" {
                change: "the parameters reordered",
                breaking: true,
                why: "the constructor's arguments are positional",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            STATUS_CHANGED = "status_changed" {
                change: "an HTTP status changed",
                breaking: true,
                why: "clients branch on it",
                fix: "users' code or peers depend on it: add a new code with the change, and deprecate this one",
            }
            CATEGORY_REMOVED = "category_removed" {
                change: "a category removed",
                breaking: true,
                why: "its `Category` variant is gone",
                fix: "a shipped category keeps its name: put it back",
            }
            CATEGORY_RENAMED = "category_renamed" {
                change: "a category renamed (same range, another name)",
                breaking: true,
                why: "its `Category` variant changes name",
                fix: "a shipped category keeps its name: put it back",
            }
            ADDED = "added" {
                change: "a code added",
                breaking: false,
                why: "nothing that worked names it",
            }
            RENAMED_ALIAS_KEPT = "renamed_alias_kept" {
                change: "a code renamed, the old name kept in `aliases`",
                breaking: false,
                why: "the old name still works, deprecated",
            }
            MESSAGE_CHANGED = "message_changed" {
                change: "a message reworded (its parameters' changes are kinds of their own)",
                breaking: false,
                why: "only the text differs",
            }
            EXPLANATION_CHANGED = "explanation_changed" {
                change: "an explanation added, changed or removed",
                breaking: false,
                why: "it is documentation",
            }
            RECATEGORIZED = "recategorized" {
                change: "a code moved to another category",
                breaking: false,
                why: "only `category()` answers otherwise",
            }
            DEPRECATION_CHANGED = "deprecation_changed" {
                change: "a code deprecated, its note changed, or no longer deprecated",
                breaking: false,
                why: "a warning, not a failure",
            }
            RETRYABLE_CHANGED = "retryable_changed" {
                change: "`retryable` changed",
                breaking: false,
                why: "only `is_retryable()` answers otherwise",
            }
            CATEGORY_ADDED = "category_added" {
                change: "a category added",
                breaking: false,
                why: "nothing that worked names it",
            }
        }
    };
}

/// The rows as constants of [`ChangeRule`], and all of them as [`ChangeRule::ALL`].
macro_rules! define_rules {
    ($(
        $konst:ident = $id:literal {
            change: $change:literal,
            breaking: $breaking:tt,
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
                    breaking: $breaking,
                    why: $why,
                    fix: optional!($($fix)?),
                };
            )*

            /// Every row, breaking kinds first.
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
            breaking: $breaking:tt,
            why: $why:literal,
            $(fix: $fix:literal,)?
        }
    )*) => {
        concat!(
            "| kind | change | breaking | why | how to make it without breaking |\n",
            "| --- | --- | --- | --- | --- |\n",
            $(
                "| `", $id, "` | ", $change, " | ", $crate::diff::rules::yes_no!($breaking), " | ", $why, " | ",
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

/// `yes` or `no`.
macro_rules! yes_no {
    (true) => {
        "yes"
    };
    (false) => {
        "no"
    };
}

pub(crate) use {change_rules, markdown, yes_no};

/// One kind of change, as the table of change kinds states it: its id, what it is,
/// whether it breaks a user, why, and how to make it without breaking anyone.
///
/// [`ChangeKind::rule`](crate::ChangeKind::rule) gives a change's row; [`ChangeRule::ALL`]
/// is the whole table, shown on [`ChangeKind`](crate::ChangeKind).
///
/// ```
/// use zingle_errors_catalog::ChangeRule;
///
/// let retired = ChangeRule::ALL.iter().find(|r| r.id == "retired").unwrap();
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
    /// Whether code or a peer that worked with the old catalog may fail with the new one.
    pub breaking: bool,
    /// Why the change breaks a user, or why it does not.
    pub why: &'static str,
    /// How to make the change without breaking users, when it breaks them.
    pub fix: Option<&'static str>,
}

change_rules!(define_rules);

/// The table as plain text for a terminal (`zingle-errors diff --help`): the breaking
/// kinds, then the others, one a line, each with its id, what it is and why.
///
/// ```
/// let text = zingle_errors_catalog::change_rules_text();
/// assert!(text.starts_with("Breaking"));
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
    for (breaking, heading) in [(true, "Breaking:"), (false, "Not breaking:")] {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(heading);
        out.push('\n');
        for rule in ChangeRule::ALL.iter().filter(|r| r.breaking == breaking) {
            let _ = writeln!(out, "  {:width$}  {}: {}", rule.id, rule.change, rule.why);
        }
    }
    out
}
