//! A number of things in words, the noun agreeing with it.

use alloc::format;
use alloc::string::String;

/// `n` and the noun for that many: `1 code`, `0 codes`, `2 codes`.
///
/// ```
/// use zingle_errors_core::counted;
/// assert_eq!(counted(1, "code", "codes"), "1 code");
/// assert_eq!(counted(0, "change", "changes"), "0 changes");
/// assert_eq!(counted(20, "category", "categories"), "20 categories");
/// ```
#[must_use]
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
