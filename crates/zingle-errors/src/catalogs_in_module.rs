//! How two catalogs of one module are kept from naming a macro alike (see the hidden
//! proc macro `catalogs_in_module`): each invocation re-exports this macro under a
//! hidden name for each of its macros, imports them by a glob, and asks about each name
//! in turn; where a catalog before in the module took the name, the call finds that
//! catalog's `macro_rules!` instead.

/// The answer for a macro name that no catalog before in the module took.
#[doc(hidden)]
#[macro_export]
macro_rules! __unclaimed_catalog_macro {
    ($($input:tt)*) => {
        $crate::__private::catalogs_in_module! { free $($input)* }
    };
}
