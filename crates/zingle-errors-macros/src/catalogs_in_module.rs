//! Two catalogs of one module that give a macro one name: one error, in the user's words,
//! at the second invocation, instead of rustc's clash of two imports (one error per name,
//! and a suggestion to write `as` after the invocation).
//!
//! Each macro name of a module has a hidden name of its own (the module and the name,
//! hashed). An invocation re-exports the runtime's `unclaimed_macro` under the hidden
//! names of its macros from a private module, imports them by a glob, calls the first,
//! and then defines each hidden name as a `macro_rules!` that says `taken`. A call finds
//! that `macro_rules!` where an invocation before it in the module named a macro alike
//! (a `macro_rules!` wins over a glob import), else the glob's, which says `free`. Each
//! answer comes here, which calls the next hidden name; after the last, this check writes
//! the re-exports of the free names, and one error for the taken ones. So no state is
//! shared between invocations, and each is checked in one pass.
//!
//! Input: `free|taken [path of the macros] [(option hidden name)+]
//! [(option name free|taken)*]`: the answer for the first of the names still to ask
//! about, and the answers so far.

use proc_macro2::{Delimiter, TokenStream};
use quote::quote;
use syn::Ident;
use syn::parse::{Parse, ParseStream, Parser};

/// One of a catalog's macros: its option (`code_macro`) and its name (`billing_code`).
struct Macro {
    option: Ident,
    name: Ident,
}

/// A step of the check: one more answer, and what is left to ask.
pub(crate) struct Check {
    /// Whether a catalog before took the name asked about.
    taken: bool,
    /// Where the macros are re-exported from.
    path: TokenStream,
    /// The names still to ask about, each with its hidden name; the first is answered.
    asked: Vec<(Macro, Ident)>,
    /// The names answered, and whether each was taken.
    answered: Vec<(Macro, bool)>,
}

/// The tokens inside the next group, which `delimiter` delimits.
fn group(input: ParseStream<'_>, delimiter: Delimiter) -> syn::Result<TokenStream> {
    input.step(|cursor| match cursor.group(delimiter) {
        Some((inside, _, rest)) => Ok((inside.token_stream(), rest)),
        None => Err(cursor.error("malformed input of a generated macro")),
    })
}

/// `free` or `taken`.
fn answer(input: ParseStream<'_>) -> syn::Result<bool> {
    let word: Ident = input.parse()?;
    match word.to_string().as_str() {
        "free" => Ok(false),
        "taken" => Ok(true),
        _ => Err(syn::Error::new(word.span(), "expected `free` or `taken`")),
    }
}

/// `(a b c)*`, each group read by `item`.
fn list<T>(
    input: ParseStream<'_>,
    item: fn(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let inside = group(input, Delimiter::Bracket)?;
    let items = |input: ParseStream<'_>| {
        let mut items = Vec::new();
        while !input.is_empty() {
            items.push(item.parse2(group(input, Delimiter::Parenthesis)?)?);
        }
        Ok(items)
    };
    items.parse2(inside)
}

impl Parse for Check {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        Ok(Self {
            taken: answer(input)?,
            path: group(input, Delimiter::Bracket)?,
            asked: list(input, |input| {
                let option = input.parse()?;
                let hidden = input.parse()?;
                Ok((
                    Macro {
                        option,
                        name: input.parse()?,
                    },
                    hidden,
                ))
            })?,
            answered: list(input, |input| {
                let option = input.parse()?;
                let name = input.parse()?;
                Ok((Macro { option, name }, answer(input)?))
            })?,
        })
    }
}

/// The next name asked about; after the last, the re-exports of the free names and one
/// error for the taken ones.
pub(crate) fn expand(check: Check) -> TokenStream {
    let Check {
        taken,
        path,
        asked,
        mut answered,
    } = check;
    let mut asked = asked.into_iter();
    if let Some((first, _)) = asked.next() {
        answered.push((first, taken));
    }
    let answers = answered.iter().map(|(Macro { option, name }, taken)| {
        let taken = if *taken { quote!(taken) } else { quote!(free) };
        quote!((#option #name #taken))
    });
    let asked: Vec<(Macro, Ident)> = asked.collect();
    if let Some((_, next)) = asked.first() {
        let asked = asked
            .iter()
            .map(|(Macro { option, name }, hidden)| quote!((#option #hidden #name)));
        return quote! {
            #next! { [#path] [#(#asked)*] [#(#answers)*] }
        };
    }
    let free = answered
        .iter()
        .filter(|(_, taken)| !taken)
        .map(|(m, _)| &m.name);
    let reexports = quote! {#(
        #[doc(inline)]
        #[allow(unused_imports)]
        pub use #path::#free;
    )*};
    let taken: Vec<&Macro> = answered
        .iter()
        .filter(|(_, t)| *t)
        .map(|(m, _)| m)
        .collect();
    let Some(first) = taken.first() else {
        return reexports;
    };
    let names: Vec<String> = taken.iter().map(|m| format!("`{}!`", m.name)).collect();
    let options: Vec<String> = taken
        .iter()
        .map(|m| format!("`{} = ...`", m.option))
        .collect();
    let (what, are) = if taken.len() == 1 {
        ("the macro", "is")
    } else {
        ("the macros", "are")
    };
    let message = format!(
        "{what} {} {are} already generated by a `zingle_errors!` before this one in this \
         module; name this catalog's with {}",
        names.join(" and "),
        options.join(" and "),
    );
    let error = syn::Error::new(first.name.span(), message).into_compile_error();
    quote!(#error #reexports)
}
