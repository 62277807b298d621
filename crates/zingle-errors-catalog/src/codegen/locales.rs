//! The generated messages in the catalog's locales: each locale's table of compiled
//! translations (the code enum's `LOCALES`), and the runtime crate's `impl_locales!`,
//! which gives the types `display_in` and the like when its `fluent` feature is on.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Context, LocaleFile};
use crate::Catalog;

/// The runtime's `impl_locales!` on the generated types, with the default locale; each
/// locale file included as bytes, so that cargo rebuilds the crate when a translation
/// changes, whether the `fluent` feature is on or not.
pub(super) fn impl_item(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let Context {
        rt, code, error, ..
    } = cx;
    let default = catalog.default_locale();
    let files = locales.iter().map(|l| &l.path);
    quote! {
        #( const _: &[u8] = ::core::include_bytes!(#files); )*
        #rt::__private::impl_locales!(#code, #error, #default);
    }
}

/// The code enum's `LOCALES`: for each locale, its tag, the texts of each code's message
/// and explanation compiled, one after the other in the order of the catalog's table,
/// and where each code's begin (a code the locale does not translate has none). A
/// locale is one array of string literals and one of numbers, which rustc checks far
/// more cheaply than an array a translation, and a catalog may have thousands of
/// translations in each of twenty locales.
pub(super) fn tables(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let rt = &cx.rt;
    let tables = locales.iter().map(|locale| {
        let table = crate::LocaleTexts::new(catalog, &locale.translations);
        let (texts, messages, explanations) = (&table.texts, &table.messages, &table.explanations);
        let tag = &locale.tag;
        quote! {
            #rt::__private::LocaleTable {
                tag: #tag,
                texts: &[#(#texts),*],
                messages: &[#(#messages),*],
                explanations: &[#(#explanations),*],
            }
        }
    });
    quote!(&[#(#tables),*])
}
