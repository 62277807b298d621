//! The generated messages in the catalog's locales: each locale's Fluent file included,
//! handed to the runtime crate, which gives the types `display_in` and the like when its
//! `fluent` feature is on; and each translation without selectors split at its
//! parameters, so that a description in that locale gives its values back.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::{Context, LocaleFile};
use crate::Catalog;

/// The runtime's `impl_locales!` on the generated types, with the default locale and
/// each locale's tag and text; each file included as bytes, so that cargo rebuilds the
/// crate when a translation changes, whether the `fluent` feature is on or not.
pub(super) fn impl_item(cx: &Context, catalog: &Catalog, locales: &[LocaleFile]) -> TokenStream {
    let Context {
        rt, code, error, ..
    } = cx;
    let default = catalog.default_locale();
    let tags = locales.iter().map(|l| &l.tag);
    let files: Vec<&String> = locales.iter().map(|l| &l.path).collect();
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

/// Each code's translations that read back, `("de", "packed pieces")`, for its record's
/// `localized_pieces`: each locale's translation that is text and values alone, its
/// pieces packed into one string literal (an array of pieces for every translation of
/// every code would cost a catalog with many locales seconds of `cargo check`). A code
/// without parameters has its text alone, which tells its description in a locale from
/// another text; every code of a catalog whose locales the macro does not read (the
/// runtime's `fluent` off) has none.
pub(super) fn localized_pieces(
    catalog: &Catalog,
    locales: &[LocaleFile],
) -> HashMap<u16, Vec<TokenStream>> {
    let mut by_code: HashMap<u16, Vec<TokenStream>> = HashMap::new();
    for (tag, table) in translated(catalog, locales) {
        for (code, packed) in table {
            by_code
                .entry(code)
                .or_default()
                .push(quote!((#tag, #packed)));
        }
    }
    by_code
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
