//! The generated messages in the catalog's locales: each locale's Fluent file included,
//! handed to the runtime crate, which gives the types `display_in` and the like when its
//! `fluent` feature is on.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use crate::Catalog;

/// The runtime's `impl_locales!` on the generated types, with the default locale and
/// each locale's tag and text; and each file included as bytes, so that cargo rebuilds
/// the crate when a translation changes, whether the `fluent` feature is on or not.
pub(super) fn impl_item(
    cx: &Context,
    catalog: &Catalog,
    locales: &[(String, String)],
) -> TokenStream {
    let Context {
        rt, code, error, ..
    } = cx;
    let default = catalog.default_locale();
    let tags = locales.iter().map(|(tag, _)| tag);
    let files: Vec<&String> = locales.iter().map(|(_, file)| file).collect();
    quote! {
        #( const _: &[u8] = ::core::include_bytes!(#files); )*
        #rt::__private::impl_locales!(
            #code,
            #error,
            #default,
            [#((#tags, ::core::include_str!(#files))),*]
        );
    }
}
