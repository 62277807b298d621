//! The check, made at the `zingle_errors!` invocation, that its `module = ...` names the
//! module it is invoked in: the generated macros name the generated types from there.

/// Whether `module_path` (as `module_path!()` gives it: the crate's name, then the
/// modules) is the module `expected` names from the crate root (`api::errors`, or empty
/// for the root).
///
/// The crate's name is skipped: a doc test or a renamed crate has a name of its own.
#[must_use]
pub const fn is_module(module_path: &str, expected: &str) -> bool {
    let path = module_path.as_bytes();
    let expected = expected.as_bytes();
    let mut start = 0;
    while start < path.len() && path[start] != b':' {
        start += 1;
    }
    if start < path.len() {
        start += 2;
    }
    if path.len() - start != expected.len() {
        return false;
    }
    let mut i = 0;
    while i < expected.len() {
        if path[start + i] != expected[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_module;

    #[test]
    fn the_crate_name_is_skipped_and_the_rest_compared() {
        assert!(is_module("my_crate", ""));
        assert!(is_module("my_crate::api::errors", "api::errors"));
        assert!(!is_module("my_crate::api", ""));
        assert!(!is_module("my_crate", "api"));
        assert!(!is_module("my_crate::api::errors", "api::error"));
        assert!(!is_module("my_crate::apj", "api"));
    }
}
