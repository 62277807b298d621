//! The generated `code!` and `zingle_error!` macros: they hand the code table to the
//! hidden proc macros, which check the call against it.

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::EntryTokens;
use crate::{Catalog, Entry};

/// `{ 3612 InvalidLabel invalid_label [correspondent_id], ... }`: what the hidden proc
/// macros know of the catalog.
pub(super) fn table(entries: &[EntryTokens<'_>]) -> TokenStream {
    let rows = entries.iter().map(|e| {
        let EntryTokens {
            code,
            variant,
            constructor,
            params,
            ..
        } = e;
        quote!(#code #variant #constructor [#(#params)*])
    });
    quote!({ #(#rows),* })
}

/// The entry the macros' docs show: the first with parameters.
fn example(catalog: &Catalog) -> Option<&Entry> {
    let entries = catalog.entries();
    entries
        .iter()
        .find(|e| !e.message.params().is_empty())
        .or(entries.first())
}

pub(super) fn code_macro(
    catalog: &Catalog,
    table: &TokenStream,
    module: &TokenStream,
) -> TokenStream {
    let doc = example(catalog).map_or_else(String::new, |e| {
        let (code, name) = (e.code, &e.name);
        format!(
            "The [`ErrorCode`] with this number or name, checked at compile time: \
             `code!({code})` and `code!({name})` are `ErrorCode::{name}`.\n\n\
             Works in expressions, `const` items and `match` patterns. An unknown code or \
             name does not compile, and the message suggests the nearest."
        )
    });
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! code {
            ($($input:tt)*) => {
                ::zingle_errors::__private::code! { (#module::ErrorCode) #table $($input)* }
            };
        }
    }
}

pub(super) fn error_macro(
    catalog: &Catalog,
    table: &TokenStream,
    module: &TokenStream,
) -> TokenStream {
    let doc = example(catalog).map_or_else(String::new, |e| {
        let (code, name) = (e.code, &e.name);
        format!(
            "A [`ZingleError`] with its parameters, checked at compile time: \
             `zingle_error!({code}, ...)` or `zingle_error!({name}, ...)`, each parameter \
             as `name = value` in any order, values any `Display`.\n\n\
             A missing, unknown or repeated parameter, or an unknown code, does not compile."
        )
    });
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! zingle_error {
            ($($input:tt)*) => {
                ::zingle_errors::__private::zingle_error! { (#module::ZingleError) #table $($input)* }
            };
        }
    }
}
