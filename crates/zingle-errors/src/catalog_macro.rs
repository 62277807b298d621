//! How a catalog's macros (`code!`, `zingle_error!`, or the names a catalog gives them)
//! are defined: by this crate's `__catalog_macro!`, not written out by the proc macro.
//!
//! The tokens of a macro's definition then come from this crate. A call with nothing in
//! it (`billing_code!()`) is reported at the empty parentheses the definition writes
//! around the user's tokens, and rustc reports a fault in a macro of another crate at
//! its user's call: at `billing_code!()` itself, in the catalog's own crate as in a crate
//! downstream, and never at the `zingle_errors!` that generated it.

/// Defines one of a catalog's macros, `$exported`, as a `#[macro_export]` macro that
/// hands the call to the runtime's hidden proc macro `$($hidden)*`: the code table first,
/// then the user's tokens in one group. `$d` is a `$`, for the defined macro's own
/// metavariables.
#[doc(hidden)]
#[macro_export]
macro_rules! __catalog_macro {
    ($d:tt [$($attrs:tt)*] $exported:ident [$($hidden:tt)*] [$($table:tt)*]) => {
        $($attrs)*
        #[doc(hidden)]
        #[macro_export]
        macro_rules! $exported {
            ($d($d input:tt)*) => {
                $($hidden)*! { $($table)* ($d($d input)*) }
            };
        }
    };
}
