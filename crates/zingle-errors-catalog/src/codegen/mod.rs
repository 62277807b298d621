//! Catalog → Rust source: what `zingle_errors!` expands to, available to build scripts
//! and tools too (feature `codegen`).
//!
//! ```
//! let catalog = zingle_errors_catalog::parse(
//!     "[[category]]\nname = \"Things\"\ntitle = \"Things\"\nrange = [1, 9]\nstatus = 400\n\
//!      [[code]]\ncode = 1\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"No thing {id}\"\n",
//!     "codes.toml",
//! )?;
//! let source = zingle_errors_catalog::codegen::generate(&catalog, &Default::default()).to_string();
//! assert!(source.contains("pub enum ErrorCode"));
//! assert!(source.contains("pub fn thing_not_found"));
//! # Ok::<(), zingle_errors_catalog::Errors>(())
//! ```

mod category;
mod error_code;
mod error_type;
mod macros;
mod tokens;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use crate::Catalog;
use tokens::EntryTokens;

/// How to generate a catalog's code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Options {
    /// The catalog's absolute path: the generated code `include_bytes!` it, so that
    /// cargo rebuilds the crate when the file changes.
    pub file: Option<String>,
    /// The module, from the crate root, where the code is placed (empty: the root), for
    /// the generated `code!` and `zingle_error!` macros.
    pub module: Vec<String>,
}

/// The generated items: `ErrorCode`, `Category`, `ZingleError`, and the `code!` and
/// `zingle_error!` macros, for a crate depending on `zingle-errors`.
#[must_use]
pub fn generate(catalog: &Catalog, options: &Options) -> TokenStream {
    let rebuild = options.file.as_ref().map(|file| {
        quote! {
            // Rebuild when the catalog changes.
            const _: &[u8] = ::core::include_bytes!(#file);
        }
    });
    let entries: Vec<EntryTokens> = catalog
        .entries()
        .iter()
        .map(|e| EntryTokens::new(catalog, e))
        .collect();
    let table = macros::table(&entries);
    let module = module_path(&options.module);
    let items = [
        error_code::enum_item(catalog, &entries),
        error_code::inherent_impl(&entries),
        error_code::trait_impls(),
        category::enum_item(catalog),
        category::inherent_impl(catalog),
        error_type::struct_item(),
        error_type::accessors(),
        error_type::constructors(&entries),
        error_type::trait_impls(),
        macros::code_macro(catalog, &table, &module),
        macros::error_macro(catalog, &table, &module),
    ];
    quote! {
        #rebuild
        #(#items)*
    }
}

/// `$crate::module::` tokens for the generated macros, which run in other crates.
fn module_path(module: &[String]) -> TokenStream {
    let segments = module
        .iter()
        .filter(|s| *s != "crate")
        .map(|s| Ident::new(s, Span::call_site()));
    quote!($crate #(:: #segments)*)
}
