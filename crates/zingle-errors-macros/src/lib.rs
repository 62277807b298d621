//! Implementation detail of [zingle-errors](https://docs.rs/zingle-errors): the
//! `zingle_errors!` procedural macro. Depend on `zingle-errors`, which re-exports it.
#![deny(missing_docs)]

mod errors;
mod expand;
mod input;
mod lookup;

use proc_macro::TokenStream;

/// Generates the typed API of an error catalog (`codes.toml`) in the invoking module.
///
/// See the `zingle-errors` crate's documentation for the generated items.
#[proc_macro]
pub fn zingle_errors(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as input::Args);
    expand::expand(&args)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Used by the generated `code!` macro. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __code(input: TokenStream) -> TokenStream {
    let call = syn::parse_macro_input!(input as lookup::CodeCall);
    lookup::code(call)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Used by the generated `zingle_error!` macro. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __zingle_error(input: TokenStream) -> TokenStream {
    let call = syn::parse_macro_input!(input as lookup::ErrorCall);
    lookup::zingle_error(call)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
