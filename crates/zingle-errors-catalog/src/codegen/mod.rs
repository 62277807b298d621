//! Catalog → Rust source: what `zingle_errors!` expands to, available to build scripts
//! and tools too (feature `codegen`).
//!
//! ```
//! let catalog = zingle_errors_catalog::parse(
//!     "[[category]]\nname = \"Things\"\ntitle = \"Things\"\nrange = [1, 9]\nstatus = 400\n\
//!      [[code]]\ncode = 1\nname = \"ThingNotFound\"\ncategory = \"Things\"\nmessage = \"No thing {id}\"\n",
//!     "codes.toml",
//! )?;
//! let options = zingle_errors_catalog::codegen::Options::for_catalog(&catalog);
//! let source = zingle_errors_catalog::codegen::generate(&catalog, &options).to_string();
//! assert!(source.contains("pub enum CatalogCode"));
//! assert!(source.contains("pub fn thing_not_found"));
//! # Ok::<(), zingle_errors_catalog::Errors>(())
//! ```

mod category;
pub mod code_table;
mod error_code;
mod error_type;
mod fallback;
mod locales;
mod macros;
mod tokens;

pub use self::tokens::constructor_ident;
pub use crate::naming::Names;

use proc_macro2::Ident;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;

use crate::Catalog;
use tokens::EntryTokens;

/// How to generate a catalog's code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    /// The catalog's absolute path: the generated code `include_bytes!` it, so that
    /// cargo rebuilds the crate when the file changes.
    pub file: Option<String>,
    /// The module, from the crate root, where the code is placed (empty: the root), for
    /// the generated macros, which name the generated types from other crates.
    pub module: Vec<String>,
    /// The path of the runtime crate in the crate that holds the generated code.
    pub runtime: String,
    /// The names of the generated items.
    pub names: Names,
    /// The catalog's locales, as read: the generated code includes each file (and so
    /// cargo rebuilds the crate when one changes), and reads its text no second time.
    pub locales: Vec<LocaleFile>,
    /// Whether the catalog has faults, which the macro reports: the code then adds a
    /// variant, [`RESERVED_VARIANTS`](crate::RESERVED_VARIANTS)' last, that the generated
    /// macros give for the codes and names they cannot find, so that the faults are
    /// reported and nothing else.
    pub faulty: bool,
}

/// One of a catalog's locales, for [`Options::locales`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LocaleFile {
    /// Its BCP 47 tag, `de`.
    pub tag: String,
    /// Its Fluent file's absolute path, which the generated code includes.
    pub path: String,
    /// Each code it translates, compiled.
    pub translations: Vec<crate::Translation>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            file: None,
            module: Vec::new(),
            runtime: "::zingle_errors".to_owned(),
            names: Names::of_catalog(None),
            locales: Vec::new(),
            faulty: false,
        }
    }
}

impl Options {
    /// The options `zingle_errors!` uses for `catalog` when it is given none: the
    /// default's, its items named after the catalog ([`Names::of_catalog`]).
    #[must_use]
    pub fn for_catalog(catalog: &Catalog) -> Self {
        Self {
            names: Names::of_catalog(catalog.name()),
            ..Self::default()
        }
    }
}

/// What every generated item needs to know: the paths and names it writes.
pub(crate) struct Context {
    /// The runtime crate's path.
    pub rt: TokenStream,
    /// The code enum's name.
    pub code: Ident,
    /// The error type's name.
    pub error: Ident,
    /// The category enum's name.
    pub category: Ident,
    pub names: Names,
    pub non_exhaustive: bool,
    /// The catalog's name, the prefix of its diagnostic codes.
    pub catalog_name: Option<String>,
    /// The retired codes' numbers, names and reasons.
    pub retired: Vec<(Literal, String, String)>,
}

/// The generated items: the code enum, the category enum, the error type, and the macros
/// naming a code and building an error, for a crate depending on `zingle-errors`.
#[must_use]
pub fn generate(catalog: &Catalog, options: &Options) -> TokenStream {
    generate_at(catalog, options, Span::call_site())
}

/// [`generate`], the path of `options.module` spanned at `module_at`: where a wrong or
/// missing module is reported (the macro gives the `module = ...` it was written).
#[must_use]
pub fn generate_at(catalog: &Catalog, options: &Options, module_at: Span) -> TokenStream {
    let rebuild = options.file.as_ref().map(|file| {
        quote! {
            // Rebuild when the catalog changes.
            const _: &[u8] = ::core::include_bytes!(#file);
        }
    });
    let faulty;
    let catalog = if options.faulty {
        faulty = fallback::with_faulty_variant(catalog);
        &faulty
    } else {
        catalog
    };
    let rt = options
        .runtime
        .parse::<TokenStream>()
        .unwrap_or_else(|_| quote!(::zingle_errors));
    let names = &options.names;
    let ident = |name: &str| Ident::new(name, Span::call_site());
    let cx = Context {
        rt,
        code: ident(&names.code),
        error: ident(&names.error),
        category: ident(&names.category),
        names: names.clone(),
        non_exhaustive: !catalog.is_exhaustive(),
        catalog_name: catalog.name().map(str::to_owned),
        retired: catalog
            .retired()
            .iter()
            .map(|r| {
                let code = Literal::u16_unsuffixed(r.code);
                (code, r.name.clone(), r.reason.clone())
            })
            .collect(),
    };
    let entries: Vec<EntryTokens> = catalog
        .entries()
        .iter()
        .map(|e| EntryTokens::new(&cx, catalog, e))
        .collect();
    let table = code_table::encode(catalog, options.faulty);
    let placement = macros::Placement::new(&cx, &options.module, module_at);
    let items = [
        error_code::enum_item(&cx, catalog, &entries),
        error_code::inherent_impl(&cx, &entries),
        error_code::trait_impls(&cx, &locales::tables(&cx, catalog, &options.locales)),
        category::enum_item(&cx, catalog),
        category::inherent_impl(&cx, catalog),
        error_type::struct_item(&cx),
        // The methods users look for (reading, writing, `display_in`) before the catalog's
        // constructors, which rustdoc lists in this order.
        error_type::accessors(&cx),
        error_type::trait_impls(&cx),
        locales::impl_item(&cx, catalog, &options.locales),
        error_type::constructors(&cx, &entries),
        macros::code_macro(&cx, catalog, &table, &placement),
        macros::error_macro(&cx, catalog, &table, &placement),
        macros::reexports(&cx, &placement),
    ];
    quote! {
        #rebuild
        #(#items)*
    }
}
