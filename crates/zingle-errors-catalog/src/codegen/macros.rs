//! The generated macros, which name a code and build an error: they hand the code table
//! to the runtime crate's hidden proc macros, which check the call against it. Also where
//! they live: items of the invoking module, reachable from any module and any crate.

use proc_macro2::Ident;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;

use super::Context;
use super::code_table::fnv1a;
use crate::{Catalog, Entry};

/// Where the generated macros live and how they are named: each is a `#[macro_export]`
/// macro under a hidden name unique in the crate, re-exported from a hidden module beside
/// the generated types, and from there under its own name, through the path that the
/// invocation's `module = ...` gives. So the macros are items of the invoking module
/// (`crate::errors::billing_code!`, `use crate::errors::billing_code;`, a glob, and
/// `that_crate::errors::billing_code!` downstream), which rustc refuses for a
/// macro-expanded `#[macro_export]` macro named by an absolute path; and a wrong or
/// missing `module` is one unresolved import at the invocation, after which the macros'
/// names stand for nothing and their uses are not reported again.
pub(super) struct Placement {
    /// `$crate::path::to::module`, from which the macros name the generated types.
    module: TokenStream,
    /// `crate::path::to::module`, spanned at the user's `module = ...`.
    import: TokenStream,
    /// The hidden module holding the macros.
    hidden: Ident,
    /// Where the user wrote the module, or the invocation.
    at: Span,
}

impl Placement {
    pub(super) fn new(cx: &Context, module: &[String], at: Span) -> Self {
        let segments: Vec<Ident> = module
            .iter()
            .filter(|s| *s != "crate")
            .map(|s| Ident::new(s, at))
            .collect();
        let krate = Ident::new("crate", at);
        Self {
            module: quote!($crate #(:: #segments)*),
            import: quote!(#krate #(:: #segments)*),
            hidden: Ident::new(&cx.names.macros_module(), Span::call_site()),
            at,
        }
    }

    /// The `#[macro_export]` name of the generated macro named `name`: unique in the crate
    /// for a module and the generated items' names, as two catalogs of a crate may have
    /// macros of the same names in two modules.
    fn exported(&self, cx: &Context, name: &str) -> Ident {
        let hash = fnv1a(&format!("{} {:?}", self.module, cx.names.items()));
        Ident::new(&format!("__{name}_{hash:016x}"), Span::call_site())
    }
}

/// The path `rt`, relative to a module, as a module inside it names it: `self::zr` is
/// `super::zr` there, and `super::zr` is `super::super::zr`; `::zr` and `crate::zr` stay.
fn from_inside(rt: &TokenStream) -> TokenStream {
    let mut trees = rt.clone().into_iter();
    match trees.next() {
        Some(TokenTree::Ident(first)) if first == "self" => {
            let up = Ident::new("super", first.span());
            quote!(#up #(#trees)*)
        }
        Some(TokenTree::Ident(first)) if first == "super" => quote!(super::#rt),
        _ => rt.clone(),
    }
}

/// The hidden module and the re-exports of the macros under their names. Two catalogs
/// of one module that name a macro alike get rustc's own error for the two imports.
pub(super) fn reexports(cx: &Context, placement: &Placement) -> TokenStream {
    let rt_outer = &cx.rt;
    // The runtime's path from inside the hidden module.
    let rt = from_inside(&cx.rt);
    let Placement {
        import, hidden, at, ..
    } = placement;
    // Spanned at the user's `module = ...`, where it is reported when it is wrong.
    let hidden_at = Ident::new(&hidden.to_string(), *at);
    let names = [&cx.names.code_macro, &cx.names.error_macro];
    let exported = names.map(|n| placement.exported(cx, n));
    let names = names.map(|n| Ident::new(n, Span::call_site()));
    quote! {
        /// Used by the generated macros. Not public API.
        #[doc(hidden)]
        #[allow(non_snake_case)]
        pub mod #hidden {
            // Unused where nothing uses the macros (in a binary, say).
            #[allow(unused_imports)]
            pub use #rt::__private as runtime;
            #(#[allow(unused_imports)] pub use #exported as #names;)*
        }
        #[doc(inline)]
        #[allow(unused_imports)]
        pub use #import::#hidden_at::{#(#names),*};
        // What reading an envelope needs, for crates that depend on this one alone: one
        // module, `envelope`, beside the generated types (by a glob, which two catalogs
        // of one module share).
        #[allow(unused_imports)]
        pub use #rt_outer::__private::beside::*;
    }
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
    cx: &Context,
    catalog: &Catalog,
    table: &TokenStream,
    placement: &Placement,
) -> TokenStream {
    let Context {
        code: code_ty,
        names,
        ..
    } = cx;
    let code_macro = Ident::new(&names.code_macro, Span::call_site());
    let doc = example(catalog).map_or_else(String::new, |e| {
        let (code, name, mac) = (e.code, &e.name, &names.code_macro);
        format!(
            "The [`{code_ty}`] with this number or name, checked at compile time.\n\n\
             ```ignore\n\
             let code = {mac}!({code});\n\
             assert_eq!(code, {code_ty}::{name});\n\
             assert_eq!({mac}!({name}), code);\n\
             const KNOWN: {code_ty} = {mac}!({code});\n\
             match {code_ty}::from_code({code}) {{\n    \
                 Some({mac}!({name})) => {{}}\n    \
                 _ => unreachable!(),\n\
             }}\n\
             ```\n\n\
             Works in expressions, `const` items and `match` patterns. A code or name the \
             catalog lacks does not compile, and the message suggests the nearest; the code \
             is a literal (no suffix, no sign) or a name, never a variable."
        )
    });
    hand_over(cx, placement, &code_macro, "code", code_ty, &doc, table)
}

pub(super) fn error_macro(
    cx: &Context,
    catalog: &Catalog,
    table: &TokenStream,
    placement: &Placement,
) -> TokenStream {
    let Context {
        error: error_ty,
        names,
        ..
    } = cx;
    let error_macro = Ident::new(&names.error_macro, Span::call_site());
    let doc = example(catalog).map_or_else(String::new, |e| {
        let (code, name, mac) = (e.code, &e.name, &names.error_macro);
        let ctor = e.snake_name();
        let params = e.message.params();
        let args: Vec<String> = params.iter().map(|p| format!("{p} = \"x\"")).collect();
        let values = vec!["\"x\""; params.len()].join(", ");
        let shorthand = params.first().map_or_else(String::new, |p| {
            format!(
                "\n// A variable named like the parameter stands for itself:\n\
                 let {p} = \"x\";\n\
                 let err = {mac}!({name}{});\n",
                params.iter().map(|p| format!(", {p}")).collect::<String>()
            )
        });
        format!(
            "A [`{error_ty}`] with its parameters, checked at compile time.\n\n\
             ```ignore\n\
             let err = {mac}!({code}{});\n\
             assert_eq!(err, {error_ty}::{ctor}({values}));\n\
             let err = {mac}!({name}{});\n{shorthand}\
             ```\n\n\
             The code is a literal or a name; each parameter is `name = value`, in any order, \
             or a variable of the parameter's name alone; values are any `Display` and are \
             evaluated once, in the order written. A missing, unknown or repeated parameter, \
             or a code the catalog lacks, does not compile, each fault shown at its own token.",
            args.iter().map(|a| format!(", {a}")).collect::<String>(),
            args.iter().map(|a| format!(", {a}")).collect::<String>(),
        )
    });
    hand_over(
        cx,
        placement,
        &error_macro,
        "zingle_error",
        error_ty,
        &doc,
        table,
    )
}

/// A generated macro named `name` that hands its input to the runtime crate's hidden
/// proc macro `hidden`, after the path of the generated type `ty` and the code table,
/// the input in a group of its own.
fn hand_over(
    cx: &Context,
    placement: &Placement,
    name: &Ident,
    hidden: &str,
    ty: &Ident,
    doc: &str,
    table: &TokenStream,
) -> TokenStream {
    let exported = placement.exported(cx, &name.to_string());
    let Placement {
        module,
        hidden: hidden_module,
        ..
    } = placement;
    let hidden = Ident::new(hidden, Span::call_site());
    let rt = &cx.rt;
    // Defined by the runtime's `catalog_macro!`, so that the definition's tokens are the
    // runtime's and rustc reports a call's faults at the call (see there).
    quote! {
        #rt::__private::catalog_macro! {
            $ [#[doc = #doc]] #exported
            [#module::#hidden_module::runtime::#hidden]
            [(#module::#ty) [#name] #table]
        }
    }
}
