//! Every kind of change a maintainer makes to the shipped catalog, as a table of cases.

use super::{CODE_2, SHIPPED, edit, new_code};
use crate::Bump;

const RETIRED_50: &str = "[[retired]]\ncode = 50\nname = \"Fifty\"\nreason = \"gone\"\n";

/// Every kind of change a maintainer makes, with the kinds `diff` reports and the bump the
/// release needs (`None`: nothing to release).
#[allow(clippy::type_complexity, reason = "a table")]
pub(super) fn cases() -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    let s = SHIPPED;
    let added = |code, name| format!("{s}{}", new_code(code, name, ""));
    vec![
        ("nothing", s.to_owned(), vec![], None),
        (
            "a code added",
            added(5, "Five"),
            vec!["added"],
            Some(Bump::Minor),
        ),
        (
            "the catalog made exhaustive",
            format!("[catalog]\nexhaustive = true\n{s}"),
            vec!["made_exhaustive"],
            Some(Bump::Minor),
        ),
        (
            "the catalog named",
            format!("[catalog]\nname = \"billing\"\n{s}"),
            vec!["catalog_renamed"],
            Some(Bump::Major),
        ),
        (
            "a code removed",
            edit(s, CODE_2, ""),
            vec!["removed"],
            Some(Bump::Never),
        ),
        (
            "a code retired",
            format!(
                "{}[[retired]]\ncode = 2\nname = \"Two\"\nreason = \"no more\"\n",
                edit(s, CODE_2, "")
            ),
            vec!["retired"],
            Some(Bump::Major),
        ),
        (
            "a [[retired]] table dropped",
            edit(s, RETIRED_50, ""),
            vec!["retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a retired code restored",
            format!(
                "{}{}",
                edit(s, RETIRED_50, ""),
                new_code(50, "Fifty", "").replace("\"A\"", "\"B\"")
            ),
            vec!["restored"],
            Some(Bump::Minor),
        ),
        (
            "a retired number reused (its [[retired]] dropped)",
            format!(
                "{}{}",
                edit(s, RETIRED_50, ""),
                new_code(50, "Cinquante", "").replace("\"A\"", "\"B\"")
            ),
            vec!["added", "number_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a retired name reused (its [[retired]] dropped)",
            format!("{}{}", edit(s, RETIRED_50, ""), new_code(5, "Fifty", "")),
            vec!["added", "name_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a former name reused",
            added(5, "Sixty"),
            vec!["added", "name_reused"],
            Some(Bump::Never),
        ),
        (
            "a former number reused",
            format!("{s}{}", new_code(60, "Neu", "").replace("\"A\"", "\"B\"")),
            vec!["added", "number_reused"],
            Some(Bump::Never),
        ),
        (
            "a code with an alias retired, and a new code named as the alias",
            format!(
                "{}[[retired]]\ncode = 1\nname = \"One\"\nreason = \"no more\"\n{}",
                edit(
                    s,
                    "[[code]]\ncode = 1\nname = \"One\"\ncategory = \"A\"\nmessage = \"One {x}\"\naliases = [\"Uno\"]\n",
                    ""
                ),
                new_code(5, "Uno", ""),
            ),
            vec!["added", "name_reused", "retired"],
            Some(Bump::Never),
        ),
        (
            "a code renumbered",
            edit(s, "code = 2\n", "code = 5\n"),
            vec!["renumbered"],
            Some(Bump::Major),
        ),
        (
            "two codes' numbers swapped",
            edit(
                &edit(s, "code = 2\nname = \"Two\"", "code = 2\nname = \"Three\""),
                "code = 3\nname = \"Three\"",
                "code = 3\nname = \"Two\"",
            ),
            vec![
                "number_reused",
                "renumbered",
                "number_reused",
                "renumbered",
                "message_changed",
                "param_removed",
                "param_removed",
                "param_added",
                "param_added",
                "message_changed",
            ],
            Some(Bump::Never),
        ),
        (
            "a code renamed",
            edit(s, "\"Two\"\ncat", "\"Deux\"\ncat"),
            vec!["renamed"],
            Some(Bump::Major),
        ),
        (
            "a code renamed, the old name kept as an alias",
            edit(s, "\"Two\"\ncat", "\"Deux\"\naliases = [\"Two\"]\ncat"),
            vec!["renamed_alias_kept"],
            Some(Bump::Minor),
        ),
        (
            "an alias removed",
            edit(s, "aliases = [\"Uno\"]\n", ""),
            vec!["alias_removed"],
            Some(Bump::Major),
        ),
        (
            "an alias added",
            edit(s, "aliases = [\"Uno\"]", "aliases = [\"Uno\", \"Ein\"]"),
            vec!["alias_added"],
            Some(Bump::Minor),
        ),
        (
            "an alias that another code shipped as its name",
            edit(s, "aliases = [\"Uno\"]", "aliases = [\"Uno\", \"Fifty\"]")
                .replace(RETIRED_50, ""),
            vec!["alias_added", "name_reused", "retired_dropped"],
            Some(Bump::Never),
        ),
        (
            "a parameter added",
            edit(s, "message = \"Two\"\n", "message = \"Two {y}\"\n"),
            vec!["param_added", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a parameter removed",
            edit(s, "Three {a} {b}", "Three {a}"),
            vec!["param_removed", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a parameter renamed",
            edit(s, "One {x}", "One {z}"),
            vec!["param_renamed", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "the parameters reordered",
            edit(s, "Three {a} {b}", "Three {b} {a}"),
            vec!["params_reordered", "message_changed"],
            Some(Bump::Major),
        ),
        (
            "a status changed",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nstatus = 404\n",
            ),
            vec!["status_changed"],
            Some(Bump::Major),
        ),
        (
            "a message reworded",
            edit(s, "message = \"Two\"\n", "message = \"Two!\"\n"),
            vec!["message_changed"],
            Some(Bump::Patch),
        ),
        (
            "an explanation added",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nexplanation = \"Why\"\n",
            ),
            vec!["explanation_changed"],
            Some(Bump::Patch),
        ),
        (
            "`since` added",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nsince = \"1.0.0\"\n",
            ),
            vec!["since_changed"],
            Some(Bump::Patch),
        ),
        (
            "a code deprecated",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\ndeprecated = \"use 4\"\n",
            ),
            vec!["deprecation_changed"],
            Some(Bump::Minor),
        ),
        (
            "a code made retryable",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\nretryable = true\n",
            ),
            vec!["retryable_changed"],
            Some(Bump::Minor),
        ),
        (
            "a category added",
            format!(
                "{s}\n[[category]]\nname = \"C\"\ntitle = \"C\"\nrange = [200, 299]\nstatus = 400\n"
            ),
            vec!["category_added"],
            Some(Bump::Minor),
        ),
        (
            "a category removed",
            edit(
                s,
                "[[category]]\nname = \"B\"\ntitle = \"B\"\nrange = [50, 199]\nstatus = 400\n",
                "",
            ),
            vec!["category_removed"],
            Some(Bump::Major),
        ),
        (
            "a category renamed",
            edit(
                s,
                "name = \"B\"\ntitle = \"B\"",
                "name = \"Bee\"\ntitle = \"B\"",
            ),
            vec!["category_renamed"],
            Some(Bump::Major),
        ),
        (
            "a code moved to another category",
            edit(
                &edit(&edit(s, "[1, 49]", "[1, 3]"), "[50, 199]", "[4, 199]"),
                "\"Four\"\ncategory = \"A\"",
                "\"Four\"\ncategory = \"B\"",
            ),
            // The ranges move to make room: one narrowed, the other widened.
            vec![
                "recategorized",
                "category_range_narrowed",
                "category_range_widened",
            ],
            Some(Bump::Major),
        ),
        (
            "a category's range widened",
            edit(s, "[50, 199]", "[50, 299]"),
            vec!["category_range_widened"],
            Some(Bump::Minor),
        ),
        (
            "a category's range narrowed",
            edit(s, "[50, 199]", "[50, 99]"),
            vec!["category_range_narrowed"],
            Some(Bump::Major),
        ),
        (
            "a category's status changed, no code following it",
            edit(
                s,
                "range = [50, 199]\nstatus = 400",
                "range = [50, 199]\nstatus = 404",
            ),
            vec!["category_status_changed"],
            Some(Bump::Patch),
        ),
        (
            "a category's status changed, its codes following it",
            edit(
                s,
                "range = [1, 49]\nstatus = 400",
                "range = [1, 49]\nstatus = 409",
            ),
            vec![
                "category_status_changed",
                "status_changed",
                "status_changed",
                "status_changed",
                "status_changed",
            ],
            Some(Bump::Major),
        ),
        (
            "a category's title changed",
            edit(
                s,
                "name = \"B\"\ntitle = \"B\"",
                "name = \"B\"\ntitle = \"Bees\"",
            ),
            vec!["category_title_changed"],
            Some(Bump::Patch),
        ),
        (
            "a retired code's reason changed",
            edit(s, "reason = \"gone\"", "reason = \"long gone\""),
            vec!["retired_edited"],
            Some(Bump::Patch),
        ),
        (
            "a parameter made sensitive",
            edit(
                s,
                "message = \"One {x}\"\n",
                "message = \"One {x}\"\nsensitive = [\"x\"]\n",
            ),
            vec!["sensitive_added"],
            Some(Bump::Minor),
        ),
        (
            "a published message added",
            edit(
                s,
                "message = \"Two\"\n",
                "message = \"Two\"\npublished_message = \"Tow\"\n",
            ),
            vec!["published_message_added"],
            Some(Bump::Minor),
        ),
        (
            "doc_url added",
            format!("[catalog]\ndoc_url = \"https://example.com/e#{{code}}\"\n{s}"),
            vec!["doc_url_added"],
            Some(Bump::Minor),
        ),
        (
            "default_locale set to another language",
            format!("[catalog]\ndefault_locale = \"de\"\n{s}"),
            vec!["default_locale_changed"],
            Some(Bump::Minor),
        ),
        (
            "locales added",
            format!("[catalog]\nlocales = \"locales\"\n{s}"),
            vec!["locales_changed"],
            Some(Bump::Patch),
        ),
        (
            "a code added and another deprecated: the larger bump",
            edit(
                &added(5, "Five"),
                "message = \"Two\"\n",
                "message = \"Two\"\ndeprecated = \"use 5\"\n",
            ),
            vec!["deprecation_changed", "added"],
            Some(Bump::Minor),
        ),
    ]
}

/// Changes of a catalog whose code enum users match exhaustively: `shipped` is
/// [`SHIPPED`] with `exhaustive = true`.
pub(super) fn exhaustive_cases(
    shipped: &str,
) -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    vec![
        (
            "a code added to an exhaustive catalog",
            format!("{shipped}{}", new_code(5, "Five", "")),
            vec!["added_to_exhaustive"],
            Some(Bump::Major),
        ),
        (
            "the catalog no longer exhaustive",
            SHIPPED.to_owned(),
            vec!["no_longer_exhaustive"],
            Some(Bump::Major),
        ),
        (
            "an exhaustive catalog reworded",
            shipped.replacen("message = \"Two\"", "message = \"Two, again\"", 1),
            vec!["message_changed"],
            Some(Bump::Patch),
        ),
    ]
}

/// Changes of a named catalog: `shipped` is [`SHIPPED`] with `name = "billing"`.
pub(super) fn named_cases(
    shipped: &str,
) -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    vec![
        (
            "the catalog renamed",
            edit(shipped, "name = \"billing\"", "name = \"payments\""),
            vec!["catalog_renamed"],
            Some(Bump::Major),
        ),
        (
            "the catalog's name removed",
            SHIPPED.to_owned(),
            vec!["catalog_renamed"],
            Some(Bump::Major),
        ),
        (
            "the catalog's name kept, made exhaustive",
            edit(
                shipped,
                "name = \"billing\"\n",
                "name = \"billing\"\nexhaustive = true\n",
            ),
            vec!["made_exhaustive"],
            Some(Bump::Minor),
        ),
    ]
}
