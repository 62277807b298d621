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

/// The code enum's `LOCALES`: for each locale, its tag and each code's message and
/// explanation compiled, in the order of the catalog's table (empty where the locale
/// does not translate it). A translation is a list of string literals, which rustc
/// checks far more cheaply than values of a type, and a catalog may have thousands of
/// them in each of twenty locales.
pub(super) fn tables(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let rt = &cx.rt;
    let index: std::collections::HashMap<u16, usize> = catalog
        .entries()
        .iter()
        .enumerate()
        .map(|(i, e)| (e.code, i))
        .collect();
    let tables = locales.iter().map(|locale| {
        let mut messages = vec![Vec::new(); index.len()];
        let mut explanations = vec![Vec::new(); index.len()];
        for translation in &locale.translations {
            let Some(&i) = index.get(&translation.code) else {
                continue;
            };
            messages[i] = translation.message.encode();
            if let Some(explanation) = &translation.explanation {
                explanations[i] = explanation.encode();
            }
        }
        // A locale that explains nothing has an empty table of explanations.
        if explanations.iter().all(Vec::is_empty) {
            explanations.clear();
        }
        let tag = &locale.tag;
        let messages = messages.iter().map(|tokens| quote!(&[#(#tokens),*]));
        let explanations = explanations.iter().map(|tokens| quote!(&[#(#tokens),*]));
        quote! {
            #rt::__private::LocaleTable {
                tag: #tag,
                messages: &[#(#messages),*],
                explanations: &[#(#explanations),*],
            }
        }
    });
    quote!(&[#(#tables),*])
}
