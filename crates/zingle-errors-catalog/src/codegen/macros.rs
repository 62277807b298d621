//! The generated macros, which name a code and build an error: they hand the code table
//! to the runtime crate's hidden proc macros, which check the call against it. Also what
//! they need: a path to the runtime crate that works from any crate, and a check that
//! the module they name the generated types from is where the types are.

use proc_macro2::Ident;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::Context;
use super::tokens::EntryTokens;
use crate::naming::FAULTY_VARIANT;
use crate::{Catalog, Entry, buckets, to_snake_case};

/// `faulty? buckets [ [ ["bucket"] ["bucket"] ... ] [ ... ] ... ]`: what the hidden proc
/// macros know of the catalog. The codes are in buckets by number and by name, each
/// bucket alone in a group, the groups in groups (see [`crate::buckets`]); each bucket
/// is one string literal, a row a code, `;`-separated: `3612 InvalidLabel
/// correspondent_id` (the constructor is the name's, see [`super::constructor_ident`]),
/// then, after `|`, the rows of former names. First, `faulty` and the stand-in variant
/// when the catalog has faults, then how many buckets there are.
pub(super) fn table(entries: &[EntryTokens<'_>], faulty: bool) -> TokenStream {
    let count = buckets::count(entries.len());
    let mut rows: Vec<(Vec<String>, Vec<String>)> = vec![(Vec::new(), Vec::new()); count];
    for e in entries {
        let mut params = String::new();
        for p in e.entry.message.params() {
            params.push(' ');
            params.push_str(p);
        }
        let row = |name: &str| format!("{} {name}{params}", e.entry.code);
        let by_number = buckets::of_code(e.entry.code, count);
        rows[by_number].0.push(row(&e.entry.name));
        let by_name = buckets::of_name(&e.entry.name, count);
        if by_name != by_number {
            rows[by_name].0.push(row(&e.entry.name));
        }
        for (alias, _) in &e.aliases {
            let alias = alias.to_string();
            rows[buckets::of_name(&alias, count)].1.push(row(&alias));
        }
    }
    let buckets: Vec<TokenStream> = rows
        .iter()
        .map(|(rows, former)| {
            let literal = format!("{}|{}", rows.join(";"), former.join(";"));
            quote!([#literal])
        })
        .collect();
    let groups = buckets
        .chunks(buckets::group_size(count))
        .map(|group| quote!([#(#group)*]));
    let faulty = faulty.then(|| {
        let variant = Ident::new(FAULTY_VARIANT, Span::call_site());
        quote!(faulty #variant)
    });
    let count = proc_macro2::Literal::usize_unsuffixed(count);
    quote!(#faulty #count [ #(#groups)* ])
}

/// The name of the hidden re-export of the runtime crate, beside the generated types.
fn runtime_alias(cx: &Context) -> Ident {
    let name = format!("__{}_runtime", to_snake_case(&cx.names.error));
    Ident::new(&name, Span::call_site())
}

/// What generated code needs of the runtime crate, re-exported beside the generated
/// types, so that the generated macros reach it from crates that do not depend on it.
/// (The module, not the crate: a crate imported with `extern crate` cannot be re-exported.)
pub(super) fn runtime_reexport(cx: &Context) -> TokenStream {
    let rt = &cx.rt;
    let alias = runtime_alias(cx);
    quote! {
        #[doc(hidden)]
        pub use #rt::__private as #alias;
    }
}

/// `$crate::path::to::module`, from which the generated macros name the generated types.
fn module_path(module: &[String]) -> TokenStream {
    let segments = module
        .iter()
        .filter(|s| *s != "crate")
        .map(|s| Ident::new(s, Span::call_site()));
    quote!($crate #(:: #segments)*)
}

/// Fails the build at the invocation when `module` is not where the macro is invoked,
/// which the generated macros would otherwise find out at every use, in other crates.
pub(super) fn module_check(cx: &Context, module: &[String]) -> TokenStream {
    let rt = &cx.rt;
    let expected = module
        .iter()
        .filter(|s| *s != "crate")
        .cloned()
        .collect::<Vec<_>>()
        .join("::");
    let message = if expected.is_empty() {
        "`zingle_errors!` is invoked outside the crate root: add `module = path::of::this::module` \
         (from the crate root), so that the generated macros find the generated types"
            .to_owned()
    } else {
        format!(
            "`zingle_errors!` is not invoked in `{expected}`: write `module = ` and the path of \
             the module where it is invoked, from the crate root"
        )
    };
    quote! {
        const _: () = ::core::assert!(
            #rt::__private::is_module(::core::module_path!(), #expected),
            #message
        );
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
    module: &[String],
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
    hand_over(cx, module, &code_macro, "code", code_ty, &doc, table)
}

pub(super) fn error_macro(
    cx: &Context,
    catalog: &Catalog,
    table: &TokenStream,
    module: &[String],
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
        module,
        &error_macro,
        "zingle_error",
        error_ty,
        &doc,
        table,
    )
}

/// A generated macro named `name` that hands its input to the runtime crate's hidden
/// proc macro `hidden`, after the path of the generated type `ty` and the code table.
fn hand_over(
    cx: &Context,
    module: &[String],
    name: &Ident,
    hidden: &str,
    ty: &Ident,
    doc: &str,
    table: &TokenStream,
) -> TokenStream {
    let module = module_path(module);
    let alias = runtime_alias(cx);
    let hidden = Ident::new(hidden, Span::call_site());
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! #name {
            ($($input:tt)*) => {
                #module::#alias::#hidden! { (#module::#ty) #table $($input)* }
            };
        }
    }
}
