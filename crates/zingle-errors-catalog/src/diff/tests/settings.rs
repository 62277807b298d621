//! The catalog's settings and what a lock must see of them: links, language, a
//! sensitive parameter and published texts, each lost or changed.

use super::{SHIPPED, edit};
use crate::Bump;

/// A catalog with links, a language, a sensitive parameter and published texts: what it
/// loses or changes of them.
pub(super) fn settings_shipped() -> String {
    format!(
        "[catalog]\ndoc_url = \"https://example.com/e#{{code}}\"\ndefault_locale = \"en\"\n{}",
        edit(
            SHIPPED,
            "message = \"Three {a} {b}\"\n",
            "message = \"Three {a} {b}\"\nsensitive = [\"a\"]\n\
             published_message = \"Thre {a} {b}\"\npublished_explanation = \"Wy\"\n",
        )
    )
}

/// The cases of [`settings_shipped`].
#[allow(clippy::type_complexity, reason = "a table")]
pub(super) fn settings_cases(
    shipped: &str,
) -> Vec<(&'static str, String, Vec<&'static str>, Option<Bump>)> {
    vec![
        (
            "doc_url changed",
            edit(
                shipped,
                "https://example.com/e#",
                "https://example.com/errors/",
            ),
            vec!["doc_url_changed"],
            Some(Bump::Major),
        ),
        (
            "doc_url removed",
            edit(shipped, "doc_url = \"https://example.com/e#{code}\"\n", ""),
            vec!["doc_url_changed"],
            Some(Bump::Major),
        ),
        (
            "a parameter no longer sensitive",
            edit(shipped, "sensitive = [\"a\"]\n", ""),
            vec!["sensitive_removed"],
            Some(Bump::Major),
        ),
        (
            "a published message changed",
            edit(shipped, "Thre {a} {b}", "Three: {a} {b}"),
            vec!["published_message_changed"],
            Some(Bump::Major),
        ),
        (
            "a published message removed",
            edit(shipped, "published_message = \"Thre {a} {b}\"\n", ""),
            vec!["published_message_changed"],
            Some(Bump::Major),
        ),
        (
            "a published explanation changed",
            edit(shipped, "\"Wy\"", "\"Why\""),
            vec!["published_explanation_changed"],
            Some(Bump::Patch),
        ),
        (
            "default_locale back to the default's own tag",
            edit(shipped, "default_locale = \"en\"\n", ""),
            vec![],
            None,
        ),
    ]
}
