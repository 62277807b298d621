//! Implementation detail of [zingle-errors](https://docs.rs/zingle-errors): the
//! `zingle_errors!` procedural macro. Depend on `zingle-errors`, which re-exports it.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod call_args;
mod code_call;
mod error_call;
mod errors;
mod expand;
mod input;
mod table;

use proc_macro::TokenStream;

/// Generates the typed API of an error catalog (`codes.toml`) in the invoking module.
///
/// See the `zingle-errors` crate's documentation for the generated items.
#[proc_macro]
pub fn zingle_errors(input: TokenStream) -> TokenStream {
    let invocation = syn::parse_macro_input!(input as input::Invocation);
    expand::expand(invocation)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Used by the generated code macro. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __code(input: TokenStream) -> TokenStream {
    code_call::CodeCall::parse(input.into())
        .and_then(|call| code_call::expand(&call))
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Used by the generated error macro. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __zingle_error(input: TokenStream) -> TokenStream {
    match error_call::ErrorCall::parse(input.into()) {
        Ok(call) => error_call::expand(call).into(),
        Err(e) => e.into_compile_error().into(),
    }
}
