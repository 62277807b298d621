//! The generated messages in the catalog's locales: each locale's Fluent file included,
//! handed to the runtime crate, which gives the types `display_in` and the like when its
//! `fluent` feature is on; and each translation without selectors split at its
//! parameters, so that a description in that locale gives its values back.

use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::tokens::arms;
use super::{Context, LocaleFile};
use crate::Catalog;

/// The runtime's `impl_locales!` on the generated types, with the default locale and
/// each locale's tag and text; each file included as bytes, so that cargo rebuilds the
/// crate when a translation changes, whether the `fluent` feature is on or not; and the
/// code's `localized_pieces`.
pub(super) fn impl_item(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let Context {
        rt, code, error, ..
    } = cx;
    let default = catalog.default_locale();
    let tags = locales.iter().map(|l| &l.tag);
    let files: Vec<&String> = locales.iter().map(|l| &l.path).collect();
    let localized = localized_pieces(cx, catalog, locales);
    quote! {
        #( const _: &[u8] = ::core::include_bytes!(#files); )*
        #rt::__private::impl_locales!(
            #code,
            #error,
            #default,
            [#((#tags, ::core::include_str!(#files))),*]
        );
        #localized
    }
}

/// The code's `localized_pieces`, which the runtime's `Code` gives: for each code, each
/// locale's translation that is text and values alone, `(tag, packed pieces)`, a string
/// literal each (an array of pieces for every translation of every code would cost a
/// catalog with many locales seconds of `cargo check`). Codes without parameters are
/// left out, their values known without reading; a catalog without such translations
/// (without locales, or whose locales the macro does not read: the runtime's `fluent`
/// feature off) has no table.
fn localized_pieces(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let code = &cx.code;
    let signature = quote! {
        const fn localized_pieces(self) -> &'static [(&'static str, &'static str)]
    };
    let tables = translated(catalog, locales);
    if tables.iter().all(|(_, table)| table.is_empty()) {
        return quote! {
            impl #code {
                #signature {
                    let _ = self;
                    &[]
                }
            }
        };
    }
    let paths: Vec<TokenStream> = catalog
        .entries()
        .iter()
        .map(|e| {
            let variant = Ident::new(&e.name, Span::call_site());
            quote!(#code::#variant)
        })
        .collect();
    let bodies = catalog.entries().iter().map(|entry| {
        let each = tables.iter().filter_map(|(tag, table)| {
            let packed = table.get(&entry.code)?;
            Some(quote!((#tag, #packed)))
        });
        quote!(&[#(#each),*])
    });
    let arms = arms(paths.iter(), bodies);
    quote! {
        #[allow(deprecated)]
        impl #code {
            #signature {
                match self { #arms }
            }
        }
    }
}

/// Each locale's tag, and its translations of codes with parameters that read back, by
/// code, packed.
type Tables<'l> = Vec<(&'l str, HashMap<u16, String>)>;

/// The [`Tables`] of `locales`, from the text each was read with.
#[cfg(feature = "locales")]
fn translated<'l>(catalog: &Catalog, locales: &'l [LocaleFile]) -> Tables<'l> {
    locales
        .iter()
        .map(|locale| {
            let found = crate::locales::pieces::translated_pieces(catalog, &locale.source);
            let found = found
                .into_iter()
                .filter_map(|(code, p)| Some((code, zingle_errors_core::pack(&p?)?)));
            (locale.tag.as_str(), found.collect())
        })
        .collect()
}

/// Without the `locales` feature, no translation is read.
#[cfg(not(feature = "locales"))]
fn translated<'l>(_: &Catalog, _: &'l [LocaleFile]) -> Tables<'l> {
    Vec::new()
}
